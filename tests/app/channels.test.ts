import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS } from "../support/texts.js";
import type { BotApiEmulator, EmuChannel } from "../../src/emulator/emulator.js";
import type { BotMessage } from "../../src/emulator/telegram-types.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { buttonsOf, refusedCalls } from "../bot/helpers/harness.js";
import { asShown, outboxDrained, pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { POWER_LINE_PUSHES, POWER_LINE_PAGE } from "./support/pages.js";
import { waitUntil } from "./support/wait-until.js";

const B = SUBSCRIPTION_TEXTS.buttons;

describe("a channel subscribed by its admins", () => {
  let desk: Newsdesk;
  let emu: BotApiEmulator;
  let admin: EmuUser;
  let reader: EmuUser;
  let channel: EmuChannel;
  beforeAll(async () => {
    desk = await startNewsdesk();
    emu = desk.emu;
    admin = emu.user();
    reader = emu.user();
    channel = emu.channel({ title: "Caucasus Daily", admins: [admin] });
  });
  afterAll(async () => {
    expect(refusedCalls(emu)).toEqual([]);
    await desk.stop();
  });

  /** Posts in the channel and resolves with the bot's message in answer. */
  const post = async (text: string): Promise<BotMessage> => {
    const count = emu.messages(channel.id).length;
    admin.postIn(channel, text);
    return (await emu.waitForMessages(channel.id, count + 1))[count]!;
  };
  /** Presses a button and resolves with Telegram's callback answer to it. */
  const pressFor = (user: EmuUser, message: BotMessage, button: string) => {
    const query = user.press(message, button);
    return emu.waitForCall("answerCallbackQuery", (call) => call.params.callback_query_id === query.id);
  };
  const subscription = () => desk.readStore((store) => store.subscribers.get(channel.id));

  it("a post /subscribe@bot instant subscribes the channel; other posts get no reply", async () => {
    const confirmed = await post(`/subscribe@${emu.bot.username} instant`);
    expect(shown(emu, confirmed).split("\n").slice(0, 4)).toEqual([
      "✅ You'll get every new headline as it is published.",
      "",
      "This channel's settings",
      "Headlines: every new headline",
    ]);
    expect(await subscription()).toMatchObject({ chatType: "channel", mode: "instant", active: true });

    admin.postIn(channel, "What about the Zangezur corridor?");
    admin.postIn(channel, "/latest");
    admin.postIn(channel, "/subscribe@some_other_bot off");
    const settings = await post("/settings");
    await emu.idle();
    expect(emu.messages(channel.id).map((m) => m.message_id)).toEqual([confirmed.message_id, settings.message_id]);
    expect(shown(emu, settings).split("\n").slice(0, 2)).toEqual(["This channel's settings", "Headlines: every new headline"]);
    expect((await subscription())?.mode).toBe("instant");
  });

  it("a settings button refuses a reader who is no admin, politely and to them alone; an admin's press works", async () => {
    const settings = emu.lastMessage(channel.id)!;
    const refused = await pressFor(reader, settings, B.daily);
    expect(refused.params).toMatchObject({ text: SUBSCRIPTION_TEXTS.channelAdminsOnly, show_alert: true });
    await emu.idle();
    expect(emu.lastMessage(channel.id)).toEqual(settings);
    expect((await subscription())?.mode).toBe("instant");

    await pressFor(admin, settings, B.quiet);
    await waitUntil(() => emu.lastMessage(channel.id)?.edit_date !== undefined, "the settings to show quiet hours");
    expect(shown(emu, emu.lastMessage(channel.id))).toBe(asShown(SUBSCRIPTION_TEXTS.quietPrompt(null, "Asia/Baku")));
  });

  it("new headlines go to the channel; Explain answers the reader who pressed, not the whole channel", { timeout: 30_000 }, async () => {
    const before = emu.messages(channel.id).length;
    desk.dropPage(POWER_LINE_PAGE);
    await emu.waitForMessages(channel.id, before + 1, 15_000);
    await outboxDrained(desk);
    const pushes = emu.messages(channel.id).slice(before);
    expect(pushes).toHaveLength(1);
    const titles = pushedTitles(emu, pushes);
    expect([...titles].sort()).toEqual(POWER_LINE_PUSHES);
    expect(buttonsOf(pushes[0])).not.toContain(B.explainNumbered(titles.indexOf("Inter Miami beat Orlando as Messi scores twice") + 1));

    const cable = titles.indexOf("Black Sea power cable to cost 2.3 billion euros") + 1;
    const explained = await pressFor(reader, pushes[0]!, B.explainNumbered(cable));
    expect(explained.params.show_alert).toBe(true);
    expect(explained.params.text).toMatch(/^Cost and timeline: .*2\.3 billion euros/);
    expect(explained.params.text.length).toBeLessThanOrEqual(200);
    await emu.idle();
    expect(emu.messages(channel.id)).toHaveLength(before + 1);
  });

  it("a post /unsubscribe stops the channel's headlines", async () => {
    const done = await post("/unsubscribe");
    expect(shown(emu, done)).toBe(asShown(SUBSCRIPTION_TEXTS.unsubscribed([], false)));
    expect((await subscription())?.mode).toBe("off");
  });
});
