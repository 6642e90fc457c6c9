import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { callApi, useEmulator } from "./fixtures/api.js";
import { createTinyBot, launchPolling, TINY_BOT } from "./fixtures/tiny-bot.js";

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

describe("a real Telegraf bot on long polling", () => {
  let emu: BotApiEmulator;
  let running: { stop(): Promise<void> } | null;

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    running = launchPolling(createTinyBot(emu), emu);
  });

  afterEach(async () => {
    await running?.stop();
    await emu.stop();
  });

  it("answers /start with the HTML parsed into text and entities, buttons kept", async () => {
    const alice = emu.user({ firstName: "Alice" });
    alice.send("/start");
    const [reply] = await emu.waitForMessages(alice.id, 1);
    expect(reply?.text).toBe(TINY_BOT.welcome);
    expect(reply?.parse_mode).toBe("HTML");
    expect(emu.renderedText(reply!)).toBe("Welcome to newsdesk. Read the flood story & ask.");
    expect(emu.entities(reply!)).toEqual([
      { type: "bold", offset: 11, length: 8 },
      { type: "text_link", offset: 26, length: 15, url: "https://example.com/flood" },
    ]);
    expect(reply?.reply_markup).toMatchObject({
      inline_keyboard: [[{ text: "More answers" }, { text: "Whole section" }], [{ text: "Open the site" }]],
    });
    const sent = await emu.waitForCall("sendMessage");
    const wire = { text: emu.renderedText(reply!), chat: { id: alice.id } };
    expect(sent.response).toMatchObject({ ok: true, result: wire });
  });

  it("routes commands through the bot_command entity a client attaches", async () => {
    const alice = emu.user();
    alice.send("/help");
    const [reply] = await emu.waitForMessages(alice.id, 1);
    expect(reply?.text).toBe("Commands: /start, /help");
  });

  it("applies edits from a button press to the stored message, and Back restores the buttons", async () => {
    const alice = emu.user();
    alice.send("/start");
    const [first] = await emu.waitForMessages(alice.id, 1);
    const query = alice.press(first!, "More answers");
    const answer = await emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === query.id);
    expect(answer.params.text).toBe("Next answer");
    await emu.idle();
    const edited = emu.lastMessage(alice.id)!;
    expect(edited.message_id).toBe(first!.message_id);
    expect(emu.renderedText(edited)).toBe("Second answer: river levels and code");
    expect(edited.edit_date).toBeDefined();
    alice.press(edited, 0);
    await emu.idle();
    expect(emu.messages(alice.id)).toHaveLength(1);
    expect(emu.lastMessage(alice.id)).toMatchObject({ text: TINY_BOT.back, reply_markup: first!.reply_markup });
  });

  it("refuses to press a button the message does not have, naming the ones it has", async () => {
    const alice = emu.user();
    alice.send("/start");
    const [first] = await emu.waitForMessages(alice.id, 1);
    expect(() => alice.press(first!, "Nope")).toThrow(/"More answers", "Whole section", "Open the site"/);
    expect(() => alice.press(first!, 2)).toThrow(/no callback button 2/);
  });

  it("serves an inline query, its next page, and posts a chosen result via the bot", async () => {
    const alice = emu.user();
    const query = alice.inline("flood");
    const answer = await emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === query.id);
    expect(answer.params.results.map((r: { title: string }) => r.title)).toEqual(["flood 1", "flood 2"]);
    expect(answer.params.next_offset).toBe("1");
    const next = alice.inline("flood", answer.params.next_offset);
    const page2 = await emu.waitForCall("answerInlineQuery", (c) => c.params.inline_query_id === next.id);
    expect(page2.params.results.map((r: { title: string }) => r.title)).toEqual(["flood 3", "flood 4"]);

    const posted = alice.chooseInlineResult(query.id, "p0-r2");
    expect(posted).toMatchObject({ from: { id: alice.id }, via_bot: { id: emu.bot.id }, text: "<b>Result 2</b>" });
    await emu.idle();
    expect(emu.messages(alice.id).map((m) => emu.renderedText(m))).toEqual(["Result 2"]);
    type Delivered = Array<{ message?: { via_bot?: { id: number } } }>;
    const delivered = await emu.waitForCall("getUpdates", (c) =>
      (c.response?.ok ? (c.response.result as Delivered) : []).some((u) => u.message?.via_bot),
    );
    expect(delivered.response?.ok).toBe(true);
  });

  it("ends the bot's long poll as soon as the bot stops", async () => {
    await emu.waitForPolling();
    await within(running!.stop(), 2000, "bot.stop()");
    running = null;
  });
});

describe("long polling semantics", () => {
  const emu = useEmulator();

  it("keeps an update until a later offset confirms it", async () => {
    const alice = emu.user();
    const message = alice.send("hello");
    const first = await callApi(emu, "getUpdates", {});
    const again = await callApi(emu, "getUpdates", {});
    expect(first.body.result).toEqual([{ update_id: 1, message }]);
    expect(again.body.result).toEqual(first.body.result);
    const confirmed = await callApi(emu, "getUpdates", { offset: 2 });
    expect(confirmed.body.result).toEqual([]);
  });

  it("answers a waiting long poll when an update arrives, and releases it when the emulator stops", async () => {
    const waiting = callApi(emu, "getUpdates", { timeout: 50 });
    await emu.waitForPolling();
    emu.user().send("hi");
    expect((await waiting).body.result).toHaveLength(1);
    const parked = callApi(emu, "getUpdates", { offset: 2, timeout: 50 });
    await emu.waitForPolling();
    await emu.stop();
    expect((await within(parked, 2000, "a long poll after stop()")).body).toEqual({ ok: true, result: [] });
  });

  it("ends the older of two waiting long polls with 409 Conflict", async () => {
    const older = callApi(emu, "getUpdates", { timeout: 50 });
    await emu.waitForPolling();
    const newer = callApi(emu, "getUpdates", { timeout: 50 });
    const conflict = await older;
    expect(conflict.status).toBe(409);
    expect(conflict.body.description).toMatch(/^Conflict: terminated by other getUpdates request/);
    emu.user().send("x");
    expect((await newer).body.result).toHaveLength(1);
  });

  it("stores only the update types allowed_updates lets through", async () => {
    await callApi(emu, "getUpdates", { allowed_updates: ["callback_query"] });
    const alice = emu.user();
    alice.send("ignored");
    alice.inline("ignored too");
    expect((await callApi(emu, "getUpdates", {})).body.result).toEqual([]);
    await callApi(emu, "getUpdates", { allowed_updates: [] });
    alice.send("now seen");
    expect((await callApi(emu, "getUpdates", {})).body.result).toHaveLength(1);
  });

  it("keeps forum topics apart: messages(chatId, { threadId })", async () => {
    const alice = emu.user();
    const forum = emu.group({ type: "supergroup", isForum: true, title: "Newsroom" });
    const asked = alice.sendIn(forum, "/start", { threadId: 7 });
    expect(asked).toMatchObject({
      chat: { id: forum.id, type: "supergroup" },
      message_thread_id: 7,
      is_topic_message: true,
    });
    await callApi(emu, "sendMessage", { chat_id: forum.id, text: "in topic", message_thread_id: 7 });
    await callApi(emu, "sendMessage", { chat_id: forum.id, text: "general" });
    expect(emu.messages(forum.id, { threadId: 7 }).map((m) => m.text)).toEqual(["in topic"]);
    expect(emu.messages(forum.id)).toHaveLength(2);
  });
});
