import { STATS_TEXTS } from "../../src/delivery/texts.js";
import { afterEach, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS, TEXTS } from "../support/texts.js";
import type { BotApiEmulator } from "../../src/emulator/emulator.js";
import type { ApiCall } from "../../src/emulator/telegram-types.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { sitePage } from "./support/pages.js";
import { pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const ADMIN = 4242;

/** A page whose list holds the given headlines, all new. */
const pageOf = (titles: readonly string[]) =>
  sitePage({
    title: `Briefing: ${titles[0]}`,
    category: "REGION",
    at: "28 March 2023 - 09:00",
    paragraphs: ["A short briefing of the morning's news from the region and the world."],
    lists: [{ name: "Latest news", headlines: titles.map((title) => ({ title, at: "28 March 2023 - 12:00" })) }],
  });

/**
 * An hour of quiet hours twelve hours from now in the readers' zone (the site's, Baku): a window fixed in the
 * test held the pushes it waits for whenever the test ran inside it.
 */
function quietHoursAwayFromNow(): { command: string; shown: string } {
  const hourNow = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Baku", hour: "2-digit", hourCycle: "h23" }).format(new Date()));
  const hour = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
  const [start, end] = [hour(hourNow + 12), hour(hourNow + 13)];
  return { command: `/quiet ${start}-${end}`, shown: `Quiet hours: ${start}–${end}` };
}

const sendsTo = (emu: BotApiEmulator, chatId: number): ApiCall[] =>
  emu.calls.filter((call) => call.method === "sendMessage" && call.params.chat_id === chatId);

describe("Telegram's refusals", () => {
  let desk: Newsdesk | null = null;
  afterEach(async () => {
    await desk?.stop();
    desk = null;
  });

  const drained = () =>
    waitUntil(async () => {
      const { pending, sending } = await desk!.readStore(async (store) => (await store.stats(Date.now())).outbox);
      return pending === 0 && sending === 0;
    }, "the outbox to drain");

  const subscribe = async (emu: BotApiEmulator, reader: EmuUser) => {
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, emu.messages(reader.id).length + 1);
  };

  it("a 429 holds that chat for retry_after seconds, then every push still arrives once", async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const reader = emu.user();
    await subscribe(emu, reader);
    const titles = ["Ferry line to Turkmenbashi resumes", "New metro station opens in Baku", "Caspian sturgeon quotas cut"];

    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 2", retryAfter: 2 });
    desk.dropPage("briefing.txt", pageOf(titles));
    // The page's article is pushed too, beside its headlines, in the same message.
    const pushed = [`Briefing: ${titles[0]}`, ...titles];
    await emu.waitForMessages(reader.id, 2, 15_000);
    await drained();

    // The burst is one message: refused once, then sent whole.
    const [refused, retried, ...rest] = sendsTo(emu, reader.id).slice(1);
    expect(refused!.response).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 2 } });
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(2000);
    expect(retried!.response?.ok).toBe(true);
    expect(rest).toEqual([]);
    expect(pushedTitles(emu, emu.messages(reader.id).slice(1)).sort()).toEqual([...pushed].sort());
  });

  it("a 403 marks the reader inactive and skips them, keeping their settings; /start brings them back", async () => {
    desk = await startNewsdesk({ env: { ADMIN_IDS: String(ADMIN) } });
    const { emu } = desk;
    const leaver = emu.user();
    const stayer = emu.user();
    const admin = emu.user({ id: ADMIN });
    await subscribe(emu, leaver);
    await subscribe(emu, stayer);
    const quiet = quietHoursAwayFromNow();
    leaver.send(quiet.command);
    await emu.waitForMessages(leaver.id, 2);

    emu.block(leaver.id);
    // Each page pushes two items, its article and its headline, in one message.
    desk.dropPage("first.txt", pageOf(["Azerbaijan and Kazakhstan sign a grain deal"]));
    await emu.waitForMessages(stayer.id, 2, 15_000);
    await waitUntil(() => desk!.readStore(async (store) => (await store.subscribers.get(leaver.id))?.active === false), "the reader to be marked inactive");
    await drained();
    expect(emu.messages(leaver.id)).toHaveLength(2);

    admin.send("/stats");
    const [stats] = await emu.waitForMessages(admin.id, 1);
    expect(shown(emu, stats)).toContain(STATS_TEXTS.statsSubscribers(1, 0, 0, 1));
    // Counted per item: both of the page's items reached the stayer, and both failed for the leaver.
    expect(shown(emu, stats)).toContain(STATS_TEXTS.statsLastDay(2, 2));
    stayer.send("/stats");
    const notForReaders = (await emu.waitForMessages(stayer.id, 3)).at(-1);
    expect(shown(emu, notForReaders)).toBe(TEXTS.unknownCommand);

    // Unblocked but not yet back: still skipped.
    emu.unblock(leaver.id);
    desk.dropPage("second.txt", pageOf(["Tbilisi hosts a South Caucasus trade fair"]));
    await emu.waitForMessages(stayer.id, 4, 15_000);
    await drained();
    expect(emu.messages(leaver.id)).toHaveLength(2);

    leaver.send("/start");
    const [, , , welcomeBack] = await emu.waitForMessages(leaver.id, 4);
    expect(shown(emu, welcomeBack)).toBe(SUBSCRIPTION_TEXTS.welcomeBack);
    leaver.send("/settings");
    const [, , , , settings] = await emu.waitForMessages(leaver.id, 5);
    expect(shown(emu, settings)).toContain("Headlines: every new headline");
    expect(shown(emu, settings)).toContain(quiet.shown);

    desk.dropPage("third.txt", pageOf(["Baku marathon draws record field"]));
    await emu.waitForMessages(leaver.id, 6, 15_000);
    expect(pushedTitles(emu, emu.messages(leaver.id).slice(5)).sort()).toEqual([
      "Baku marathon draws record field",
      "Briefing: Baku marathon draws record field",
    ]);
  });
});
