import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELIVERY_TEXTS } from "../support/texts.js";
import { MESSAGE_LIMIT } from "../../src/format/html.js";
import { sitePage, type PageHeadline } from "./support/pages.js";
import { createShiftedClock } from "./support/shifted-clock.js";
import { shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

/** 90 headlines, a minute apart from 28 March 2023 11:29 back to 10:00 (Baku), too many for one message. */
const HEADLINES: PageHeadline[] = Array.from({ length: 90 }, (_, i) => {
  const minutes = 10 * 60 + 89 - i;
  const time = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
  return { title: `Regional roundup ${i + 1}: ministers meet to discuss transport, energy and trade`, at: `28 March 2023 - ${time}` };
});
const PAGE = sitePage({
  title: "Caspian ports expand container capacity",
  category: "ECONOMY",
  at: "28 March 2023 - 09:00",
  paragraphs: ["The ports of Baku and Aktau will double their container capacity by 2025, their operators said on Tuesday."],
  lists: [
    { name: "Latest news", headlines: HEADLINES.slice(0, 70) },
    { name: "Read also", headlines: HEADLINES.slice(70) },
  ],
});

describe("daily digests", () => {
  const clock = createShiftedClock("2024-03-12T03:00:00Z");
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await startNewsdesk({ clock });
  });
  afterAll(() => desk.stop());

  const lastDigestAt = (chatId: number) => desk.readStore(async (store) => (await store.subscribers.get(chatId))?.lastDigestAt ?? 0);
  const drained = () =>
    waitUntil(async () => {
      const { pending, sending } = await desk.readStore(async (store) => (await store.stats(clock.now())).outbox);
      return pending === 0 && sending === 0;
    }, "the outbox to drain");
  /** The digest's entries as the reader sees them, across its parts, in order. */
  const entries = (texts: readonly string[]) => texts.flatMap((text) => text.split("\n").filter((line) => line.startsWith("• ")));

  it("comes at the reader's hour in their zone, newest first, grouped by list, split under Telegram's limit; none when nothing is new", { timeout: 30_000 }, async () => {
    const { emu } = desk;
    const berlin = emu.user();
    berlin.send("/timezone Europe/Berlin");
    await emu.waitForMessages(berlin.id, 1);
    berlin.send("/subscribe daily 08:00");
    const [, confirmed] = await emu.waitForMessages(berlin.id, 2);
    expect(shown(emu, confirmed)).toContain("You'll get a daily digest at 08:00 (Europe/Berlin).");
    const baku = emu.user();
    baku.send("/subscribe daily 08:00");
    await emu.waitForMessages(baku.id, 1);

    desk.dropPage("caspian-ports.txt", PAGE);
    await waitUntil(
      async () => (await desk.readStore((store) => store.items.listSeenBetween(0, clock.now(), 200))).length > HEADLINES.length,
      "the page's items to be recorded",
    );

    // 08:00 in Baku: the Baku reader's digest comes; in Berlin it is 05:00, and that reader waits.
    clock.jumpTo("2024-03-12T04:00:30Z");
    await emu.waitForMessages(baku.id, 3, 15_000);
    await drained();
    const bakuDigest = emu.messages(baku.id).slice(1).map((message) => shown(emu, message));
    expect(emu.messages(berlin.id)).toHaveLength(2);

    clock.jumpTo("2024-03-12T07:00:30Z");
    await emu.waitForMessages(berlin.id, 4, 15_000);
    await drained();
    const berlinDigest = emu.messages(berlin.id).slice(2).map((message) => shown(emu, message));

    expect(berlinDigest.length).toBeGreaterThanOrEqual(2);
    expect(berlinDigest[0]!.split("\n").slice(0, 2)).toEqual([
      DELIVERY_TEXTS.digestTitle("Tuesday 12 March"),
      DELIVERY_TEXTS.digestCount(HEADLINES.length + 1),
    ]);
    berlinDigest.forEach((text, index) => {
      expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      if (index > 0) expect(text.split("\n")[0]).toBe(DELIVERY_TEXTS.digestPart(index + 1, berlinDigest.length));
    });
    // Every headline once, newest first within its list, at its time in Berlin (Baku 11:29 is 09:29 there).
    const lines = entries(berlinDigest);
    const titles = (list: readonly PageHeadline[]) => list.map((h) => h.title);
    expect(lines.filter((line) => line.includes("Regional roundup")).map((line) => line.slice("• 28 Mar 00:00 ".length))).toEqual(
      titles(HEADLINES),
    );
    expect(lines[0]).toBe(`• 28 Mar 09:29 ${HEADLINES[0]!.title}`);
    expect(berlinDigest.join("\n")).toMatch(/More news[\s\S]*ECONOMY/);
    expect(berlinDigest.join("\n")).not.toMatch(/Latest news|Read also/);
    expect(entries(bakuDigest)[0]).toBe(`• 28 Mar 11:29 ${HEADLINES[0]!.title}`);

    // The next day at 08:00 in Berlin there is nothing new: the window moves on, and no message comes.
    const before = emu.messages(berlin.id).length;
    clock.jumpTo("2024-03-13T07:00:30Z");
    await waitUntil(async () => (await lastDigestAt(berlin.id)) >= Date.parse("2024-03-13T07:00:00Z"), "the next day's digest check");
    await drained();
    expect(emu.messages(berlin.id)).toHaveLength(before);
  });
});
