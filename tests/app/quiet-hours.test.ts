import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShiftedClock } from "./support/shifted-clock.js";
import { pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const NEW_HEADLINES = [
  "Black Sea power cable to cost 2.3 billion euros",
  "Georgia and Azerbaijan agree on a new power line",
  "Inter Miami beat Orlando as Messi scores twice",
  "Talks on the Zangazur corridor resume in Brussels",
];

describe("quiet hours", () => {
  // 01:00 in Baku, the site's zone and the readers'.
  const clock = createShiftedClock("2024-03-12T21:00:00Z");
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await startNewsdesk({ clock });
  });
  afterAll(() => desk.stop());

  it("hold a push that comes in the window until the window ends, in the reader's zone", { timeout: 30_000 }, async () => {
    const { emu } = desk;
    const sleeper = emu.user();
    sleeper.send("/subscribe instant");
    await emu.waitForMessages(sleeper.id, 1);
    sleeper.send("/quiet 23:00-07:00");
    const [, quiet] = await emu.waitForMessages(sleeper.id, 2);
    expect(shown(emu, quiet)).toBe("✅ Quiet hours 23:00–07:00 (Asia/Baku): headlines that come then wait until they end.");
    const nightOwl = emu.user();
    nightOwl.send("/subscribe instant");
    await emu.waitForMessages(nightOwl.id, 1);

    desk.dropPage("georgia-power-line.txt");
    await emu.waitForMessages(nightOwl.id, 2, 15_000);
    const held = await desk.readStore((store) => store.outbox.list({ chatId: sleeper.id }));
    expect(held.map((row) => [row.status, new Date(row.notBefore).toISOString()])).toEqual(
      NEW_HEADLINES.map(() => ["pending", "2024-03-13T03:00:00.000Z"]),
    );
    expect(emu.messages(sleeper.id)).toHaveLength(2);

    clock.jumpTo("2024-03-13T03:00:01Z");
    await emu.waitForMessages(sleeper.id, 3, 15_000);
    expect(emu.messages(sleeper.id)).toHaveLength(3);
    expect(pushedTitles(emu, emu.messages(sleeper.id).slice(2)).sort()).toEqual(NEW_HEADLINES);
    await waitUntil(async () => !(await desk.readStore((store) => store.outbox.hasPending())), "the outbox to drain");
  });
});
