import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS } from "../support/texts.js";
import type { BotApiEmulator } from "../../src/emulator/emulator.js";
import type { BotMessage } from "../../src/emulator/telegram-types.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { buttonsOf, refusedCalls } from "../bot/helpers/harness.js";
import { asShown, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const B = SUBSCRIPTION_TEXTS.buttons;

describe("a reader's settings", () => {
  let desk: Newsdesk;
  let emu: BotApiEmulator;
  beforeAll(async () => {
    desk = await startNewsdesk();
    emu = desk.emu;
  });
  afterAll(async () => {
    expect(refusedCalls(emu)).toEqual([]);
    await desk.stop();
  });

  /** Sends a line and resolves with the bot's reply to it. */
  const ask = async (reader: EmuUser, text: string): Promise<BotMessage> => {
    const count = emu.messages(reader.id).length;
    reader.send(text);
    const messages = await emu.waitForMessages(reader.id, count + 1);
    return messages[count]!;
  };
  /** Presses a button and resolves with the message as its edit left it. */
  const press = async (reader: EmuUser, message: BotMessage, button: string): Promise<BotMessage> => {
    const edits = emu.calls.filter((call) => call.method === "editMessageText").length;
    reader.press(message, button);
    await waitUntil(() => emu.calls.filter((call) => call.method === "editMessageText").length > edits, `the edit after ${button}`);
    return emu.messages(reader.id).find((m) => m.message_id === message.message_id)!;
  };
  const lines = (message: BotMessage) => shown(emu, message).split("\n");

  it("/settings shows every setting, and each button changes its setting in place", async () => {
    const reader = emu.user();
    let settings = await ask(reader, "/settings");
    expect(lines(settings)).toEqual([
      "Your settings",
      "Headlines: off",
      "Time zone: Asia/Baku",
      "Quiet hours: none",
      "Follows: none",
    ]);
    expect(buttonsOf(settings)).toEqual([B.instant, B.daily, B.off, B.digestHour, B.timezone, B.quiet, B.follows]);

    settings = await press(reader, settings, B.digestHour);
    expect(buttonsOf(settings)).toHaveLength(25);
    settings = await press(reader, settings, "07:00");
    expect(lines(settings).slice(0, 3)).toEqual(["✅ You'll get a daily digest at 07:00 (Asia/Baku).", "", "Your settings"]);
    expect(lines(settings)).toContain("Headlines: a daily digest at 07:00");
    expect(buttonsOf(settings)[1]).toBe(B.chosen(B.daily));

    settings = await press(reader, settings, B.timezone);
    settings = await press(reader, settings, "Europe/Berlin");
    expect(lines(settings)[0]).toMatch(/^✅ Time zone set to Europe\/Berlin \(it's \d\d:\d\d there now\)\.$/);
    expect(lines(settings)).toContain("Time zone: Europe/Berlin");

    settings = await press(reader, settings, B.quiet);
    settings = await press(reader, settings, "23:00–07:00");
    expect(lines(settings)).toContain("Quiet hours: 23:00–07:00");

    settings = await press(reader, settings, B.follows);
    expect(shown(emu, settings)).toBe("You follow no story yet. Try /follow Zangezur corridor.");
    settings = await press(reader, settings, B.backToSettings);
    expect(lines(settings)).toEqual([
      "Your settings",
      "Headlines: a daily digest at 07:00",
      "Time zone: Europe/Berlin",
      "Quiet hours: 23:00–07:00",
      "Follows: none",
    ]);
    settings = await press(reader, settings, B.instant);
    expect(lines(settings)[0]).toBe("✅ You'll get every new headline as it is published.");
    expect(emu.messages(reader.id)).toHaveLength(1);
  });

  it("/timezone takes an IANA name, and the reader's dates follow it", async () => {
    const berliner = emu.user();
    expect(shown(emu, await ask(berliner, "/timezone europe/berlin"))).toMatch(/^✅ Time zone set to Europe\/Berlin/);
    expect(shown(emu, await ask(berliner, "/timezone Mars/Olympus"))).toMatch(/^I don't know the time zone “Mars\/Olympus”\. Send a city/);
    const prompt = await ask(berliner, "/timezone");
    expect(shown(emu, prompt)).toMatch(/^Your time zone is Europe\/Berlin\./);
    expect(buttonsOf(prompt)).toContain(B.chosen("Europe/Berlin"));

    // "Japan battles..." went up at 06:01 in Baku, 04:01 in Berlin (summer time).
    const latestIn = async (reader: EmuUser) => lines(await ask(reader, "/latest")).slice(2, 4);
    expect(await latestIn(berliner)).toEqual([
      "• Japan battles to persuade big brands to help with military expansion",
      "28 Mar 2023, 04:01",
    ]);
    expect((await latestIn(emu.user()))[1]).toBe("28 Mar 2023, 06:01");
  });

  it("/timezone takes a city of any zone in any case, an offset from UTC, or a shared location", async () => {
    const reader = emu.user();
    const zoneAfter = async (typed: string) => {
      const reply = shown(emu, await ask(reader, `/timezone ${typed}`));
      return [reply.match(/^✅ Time zone set to (\S+) /)?.[1] ?? reply, await desk.readStore(async (store) => (await store.subscribers.get(reader.id))?.timezone)];
    };
    expect(await zoneAfter("berlin")).toEqual(["Europe/Berlin", "Europe/Berlin"]);
    expect(await zoneAfter("Baku")).toEqual(["Asia/Baku", "Asia/Baku"]);
    expect(await zoneAfter("new york")).toEqual(["America/New_York", "America/New_York"]);
    expect(await zoneAfter("UTC+4")).toEqual(["UTC+4", "Etc/GMT-4"]);
    expect(await zoneAfter("GMT-5")).toEqual(["UTC-5", "Etc/GMT+5"]);
    expect(await zoneAfter("+4")).toEqual(["UTC+4", "Etc/GMT-4"]);
    expect(lines(await ask(reader, "/settings"))).toContain("Time zone: UTC+4");
    const [refused, kept] = await zoneAfter("UTC+15");
    expect(refused).toMatch(/^I don't know the time zone “UTC\+15”/);
    expect(kept).toBe("Etc/GMT-4");

    const count = emu.messages(reader.id).length;
    reader.sendLocation(52.52, 13.405);
    const [located] = (await emu.waitForMessages(reader.id, count + 1)).slice(count);
    expect(shown(emu, located)).toMatch(/^✅ Time zone set to Europe\/Berlin \(it's \d\d:\d\d there now\)\.$/);
    expect(await desk.readStore(async (store) => (await store.subscribers.get(reader.id))?.timezone)).toBe("Europe/Berlin");
  });

  it("/subscribe, /quiet and /follow read what readers type, and name the mistake otherwise", async () => {
    const reader = emu.user();
    const digestAt = () => desk.readStore(async (store) => (await store.subscribers.get(reader.id))?.digestMinutes);
    expect(shown(emu, await ask(reader, "/subscribe 07:30"))).toMatch(/^✅ You'll get a daily digest at 07:30 \(Asia\/Baku\)\./);
    expect(shown(emu, await ask(reader, "/subscribe daily 7pm"))).toMatch(/^✅ You'll get a daily digest at 19:00 /);
    expect(shown(emu, await ask(reader, "/subscribe daily 19:30"))).toMatch(/^✅ You'll get a daily digest at 19:30 /);
    expect(shown(emu, await ask(reader, "/subscribe daily at 8 am"))).toMatch(/^✅ You'll get a daily digest at 08:00 /);
    expect(shown(emu, await ask(reader, "/subscribe daily 19"))).toMatch(/^✅ You'll get a daily digest at 19:00 /);
    expect(shown(emu, await ask(reader, "/subscribe daily 25:00"))).toBe(asShown(SUBSCRIPTION_TEXTS.timeUsage));
    expect(shown(emu, await ask(reader, "/subscribe daily 13pm"))).toBe(asShown(SUBSCRIPTION_TEXTS.timeUsage));
    expect(await digestAt()).toBe(19 * 60);
    expect(shown(emu, await ask(reader, "/subscribe weekly"))).toMatch(/^Send \/subscribe and choose/);
    expect(shown(emu, await ask(reader, "/subscribe constructor"))).toMatch(/^Send \/subscribe and choose/);
    expect(shown(emu, await ask(reader, "/subscribe instant now"))).toMatch(/^Send \/subscribe and choose/);

    expect(shown(emu, await ask(reader, "/quiet 23-7"))).toMatch(/^✅ Quiet hours 23:00–07:00 \(Asia\/Baku\)/);
    expect(shown(emu, await ask(reader, "/quiet 07:00-07:00"))).toBe(asShown(SUBSCRIPTION_TEXTS.quietSame("07:00")));
    expect(shown(emu, await ask(reader, "/quiet 23:00"))).toBe(asShown(SUBSCRIPTION_TEXTS.quietOneTime("23:00")));
    expect(shown(emu, await ask(reader, "/quiet 25:00-07:00"))).toBe(asShown(SUBSCRIPTION_TEXTS.quietBadTime("25:00")));
    expect(shown(emu, await ask(reader, "/quiet whenever"))).toBe(asShown(SUBSCRIPTION_TEXTS.quietBadTime("whenever")));
    expect(await desk.readStore(async (store) => (await store.subscribers.get(reader.id))?.quiet)).toEqual({ start: 1380, end: 420 });
    expect(shown(emu, await ask(reader, "/quiet off"))).toBe("✅ No quiet hours: headlines come whenever they are published.");

    expect(shown(emu, await ask(reader, "/follow"))).toMatch(/^Tell me what to follow/);
    expect(shown(emu, await ask(reader, `/follow ${"corridor ".repeat(20)}`))).toMatch(/^That is too long to follow/);
    expect(shown(emu, await ask(reader, "/follow the"))).toBe(asShown(SUBSCRIPTION_TEXTS.followStopwords(["the"])));
    expect(shown(emu, await ask(reader, "/follow of the news"))).toBe(asShown(SUBSCRIPTION_TEXTS.followStopwords(["of", "the", "news"])));
    expect(await desk.readStore((store) => store.follows.list(reader.id))).toEqual([]);
    expect(shown(emu, await ask(reader, "/follow the corridor"))).toMatch(/^📌 Following “the corridor”/);
  });

  it("/following lists the follows with a button to drop each", async () => {
    const reader = emu.user();
    await ask(reader, "/follow Zangezur corridor");
    await ask(reader, "/follow   Nakhchivan   railway ");
    await ask(reader, "/follow Zangezur corridor");
    let list = await ask(reader, "/following");
    expect(shown(emu, list)).toBe("Stories you follow\nPress one to stop following it.");
    expect(buttonsOf(list)).toEqual([B.dropFollow("Zangezur corridor"), B.dropFollow("Nakhchivan railway")]);

    list = await press(reader, list, B.dropFollow("Zangezur corridor"));
    expect(buttonsOf(list)).toEqual([B.dropFollow("Nakhchivan railway")]);
    const answer = emu.calls.filter((call) => call.method === "answerCallbackQuery").at(-1)!;
    expect(answer.params.text).toBe(SUBSCRIPTION_TEXTS.followDropped("Zangezur corridor"));
    expect(lines(await ask(reader, "/settings"))).toContain("Follows: “Nakhchivan railway”");
  });

  it("/unsubscribe stops the headlines, keeps the follows, and can be undone", async () => {
    const reader = emu.user();
    await ask(reader, "/subscribe daily 7pm");
    await ask(reader, "/follow Zangezur corridor");
    const done = await ask(reader, "/unsubscribe");
    expect(shown(emu, done)).toBe(asShown(SUBSCRIPTION_TEXTS.unsubscribed(["Zangezur corridor"], false)));
    expect(buttonsOf(done)).toEqual([B.undoUnsubscribe, B.dropFollowsToo]);
    expect(lines(await ask(reader, "/settings"))).toEqual(
      expect.arrayContaining(["Headlines: off", "Follows: “Zangezur corridor”"]),
    );

    const undone = await press(reader, done, B.undoUnsubscribe);
    expect(lines(undone)[0]).toBe("↩ Undone. ✅ You'll get a daily digest at 19:00 (Asia/Baku).");
    expect(await desk.readStore((store) => store.subscribers.get(reader.id))).toMatchObject({ mode: "daily", digestMinutes: 19 * 60 });
  });

  it("/unsubscribe drops the follows too only when the reader confirms it", async () => {
    const reader = emu.user();
    await ask(reader, "/subscribe instant");
    await ask(reader, "/follow Zangezur corridor");
    await ask(reader, "/follow Aras river");
    let message = await ask(reader, "/unsubscribe");
    message = await press(reader, message, B.dropFollowsToo);
    expect(shown(emu, message)).toBe(asShown(SUBSCRIPTION_TEXTS.confirmDropFollows(["Zangezur corridor", "Aras river"])));
    expect(buttonsOf(message)).toEqual([B.dropFollowsYes, B.keepFollows]);
    message = await press(reader, message, B.keepFollows);
    expect(buttonsOf(message)).toEqual([B.undoUnsubscribe, B.dropFollowsToo]);
    expect(await desk.readStore((store) => store.follows.list(reader.id))).toHaveLength(2);

    message = await press(reader, message, B.dropFollowsToo);
    message = await press(reader, message, B.dropFollowsYes);
    expect(shown(emu, message)).toBe(asShown(SUBSCRIPTION_TEXTS.followsDroppedToo(["Zangezur corridor", "Aras river"])));
    expect(await desk.readStore((store) => store.follows.list(reader.id))).toEqual([]);
    expect(buttonsOf(message)).toEqual([B.undoUnsubscribe]);
    await press(reader, message, B.undoUnsubscribe);
    expect(await desk.readStore(async (store) => (await store.subscribers.get(reader.id))?.mode)).toBe("instant");
  });

  it("/unsubscribe when headlines were off already offers no undo", async () => {
    const reader = emu.user();
    const done = await ask(reader, "/unsubscribe");
    expect(shown(emu, done)).toBe(asShown(SUBSCRIPTION_TEXTS.unsubscribed([], true)));
    expect(buttonsOf(done)).toEqual([]);
  });

  it("in a group, a member sees the settings but only an admin changes them", async () => {
    const admin = emu.user();
    const member = emu.user();
    const group = emu.group({ type: "supergroup", admins: [admin] });
    member.sendIn(group, "/settings");
    const [settings] = await emu.waitForMessages(group.id, 1);
    expect(lines(settings!)[0]).toBe("This group's settings");

    member.press(settings!, B.instant);
    const refusal = await emu.waitForCall("answerCallbackQuery", (call) => call.params.text === SUBSCRIPTION_TEXTS.adminsOnly);
    expect(refusal.params.show_alert).toBe(true);
    admin.press(settings!, B.instant);
    await waitUntil(() => lines(emu.messages(group.id)[0]!).includes("Headlines: every new headline"), "the admin's change");
    expect(await desk.readStore(async (store) => (await store.subscribers.get(group.id))?.mode)).toBe("instant");
  });

  it("lists the subscription commands in the menu and in /help", async () => {
    const menu = await emu.waitForCall("setMyCommands");
    const commands = (menu.params.commands as Array<{ command: string }>).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(["subscribe", "follow", "following", "timezone", "quiet", "settings", "unsubscribe"]));
    expect(commands).not.toContain("stats");
    const help = shown(emu, await ask(emu.user(), "/help"));
    expect(help).toContain("/subscribe — get new headlines");
    expect(help).toContain("/follow Zangezur corridor");
  });
});
