import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Telegraf, TelegramError } from "telegraf";
import { API_ERRORS } from "../../src/emulator/api-error.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { callApi, useEmulator } from "./fixtures/api.js";

const button = (data: string) => ({ inline_keyboard: [[{ text: "Go", callback_data: data }]] });

describe("validation like Telegram's", () => {
  let emu: BotApiEmulator;
  let alice: EmuUser;

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    alice = emu.user();
  });

  afterEach(async () => {
    await emu.stop();
  });

  const send = async (params: Record<string, unknown>) =>
    (await callApi(emu, "sendMessage", { chat_id: alice.id, ...params })).body;

  const refusal = async (method: string, params: Record<string, unknown>) => {
    const { status, body } = await callApi(emu, method, params);
    expect(body.ok).toBe(false);
    expect(status).toBe(body.error_code);
    return body.description as string;
  };

  it("refuses a wrong token with 401 and an unknown method with 404", async () => {
    const wrong = await callApi(emu, "getMe", {}, "123:wrong");
    expect(wrong).toEqual({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
    expect(wrong.body.description).not.toContain(emu.token);
    expect(await refusal("sendPoll", { chat_id: alice.id })).toBe(API_ERRORS.notFound);
    expect(emu.calls.map((c) => c.method)).toEqual(["sendPoll"]);
  });

  it("refuses malformed HTML, empty text and text over 4096 characters after parsing", async () => {
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "<b>hi</b> & <script>", parse_mode: "HTML" })).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "script" at byte offset 12`,
    );
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "" })).toBe(API_ERRORS.textEmpty);
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "<b> </b>\n", parse_mode: "HTML" })).toBe(
      API_ERRORS.textEmpty,
    );
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "x".repeat(4097) })).toBe(API_ERRORS.textTooLong);
    const longest = `<b>${"y".repeat(4096)}</b>`;
    expect((await send({ text: longest, parse_mode: "HTML" })).ok).toBe(true);
  });

  it("refuses parse modes the emulator does not implement rather than guessing", async () => {
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "*x*", parse_mode: "MarkdownV2" })).toBe(
      API_ERRORS.unsupportedParseMode,
    );
  });

  it("refuses callback data over 64 bytes, counting bytes not characters", async () => {
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "x", reply_markup: button("a".repeat(65)) })).toBe(
      API_ERRORS.buttonDataInvalid,
    );
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "x", reply_markup: button("é".repeat(33)) })).toBe(
      API_ERRORS.buttonDataInvalid,
    );
    expect((await send({ text: "x", reply_markup: button("a".repeat(64)) })).ok).toBe(true);
  });

  it("refuses an unknown chat, and a reply to a message that does not exist", async () => {
    expect(await refusal("sendMessage", { chat_id: 424242, text: "x" })).toBe(API_ERRORS.chatNotFound);
    expect(await refusal("sendMessage", { chat_id: alice.id, text: "x", reply_parameters: { message_id: 99 } })).toBe(
      API_ERRORS.replyNotFound,
    );
  });

  it("refuses an edit that changes nothing, and removes the keyboard when an edit omits it", async () => {
    const content = { text: "<b>a</b>", parse_mode: "HTML", reply_markup: button("go") };
    const sent = await send(content);
    const target = { chat_id: alice.id, message_id: sent.result.message_id };
    expect(await refusal("editMessageText", { ...target, ...content })).toBe(API_ERRORS.notModified);
    const sameMarkup = { ...target, reply_markup: button("go") };
    expect(await refusal("editMessageReplyMarkup", sameMarkup)).toBe(API_ERRORS.notModified);
    await callApi(emu, "editMessageText", { ...target, text: "<b>a</b>", parse_mode: "HTML" });
    expect(emu.lastMessage(alice.id)?.reply_markup).toBeUndefined();
    const missing = { chat_id: alice.id, message_id: 77, text: "b" };
    expect(await refusal("editMessageText", missing)).toBe(API_ERRORS.editNotFound);
  });

  it("refuses more than 50 inline results, duplicate ids, and answers to unknown queries", async () => {
    const query = alice.inline("x");
    const article = (id: string) => ({ type: "article", id, title: id, input_message_content: { message_text: id } });
    const many = Array.from({ length: 51 }, (_, i) => article(`r${i}`));
    const answer = (results: unknown[], id = query.id) => ({ inline_query_id: id, results });
    expect(await refusal("answerInlineQuery", answer(many))).toBe(API_ERRORS.resultsTooMuch);
    expect(await refusal("answerInlineQuery", answer([article("a"), article("a")]))).toBe(API_ERRORS.resultIdDuplicate);
    expect(await refusal("answerInlineQuery", answer([], "nope"))).toBe(API_ERRORS.queryInvalid);
    expect((await callApi(emu, "answerInlineQuery", answer(many.slice(0, 50)))).body.ok).toBe(true);
  });

  it("accepts a callback answer once per query", async () => {
    await callApi(emu, "sendMessage", { chat_id: alice.id, text: "x", reply_markup: button("go") });
    const query = alice.press(emu.lastMessage(alice.id)!, "Go");
    expect((await callApi(emu, "answerCallbackQuery", { callback_query_id: query.id })).body.ok).toBe(true);
    expect(await refusal("answerCallbackQuery", { callback_query_id: query.id })).toBe(API_ERRORS.queryInvalid);
  });

  it("answers getChatMember and getChatAdministrators from the group's admins", async () => {
    const owner = emu.user({ firstName: "Olga" });
    const mod = emu.user({ firstName: "Max" });
    const group = emu.group({ title: "Readers", admins: [owner, mod] });
    const status = async (user: EmuUser) =>
      (await callApi(emu, "getChatMember", { chat_id: group.id, user_id: user.id })).body.result.status;
    const statuses = [await status(owner), await status(mod), await status(alice)];
    expect(statuses).toEqual(["creator", "administrator", "member"]);
    const admins = await callApi(emu, "getChatAdministrators", { chat_id: group.id });
    expect(admins.body.result.map((m: { user: { first_name: string } }) => m.user.first_name)).toEqual(["Olga", "Max"]);
    expect(await refusal("getChatAdministrators", { chat_id: alice.id })).toBe(API_ERRORS.noAdminsInPrivate);
  });

  it("keeps commands per scope and validates them", async () => {
    const commands = [{ command: "latest", description: "Newest headlines" }];
    await callApi(emu, "setMyCommands", { commands });
    expect((await callApi(emu, "getMyCommands", {})).body.result).toEqual(commands);
    expect((await callApi(emu, "getMyCommands", { scope: { type: "all_group_chats" } })).body.result).toEqual([]);
    expect(await refusal("setMyCommands", { commands: [{ command: "Bad-Name", description: "x" }] })).toBe(
      API_ERRORS.commandInvalid,
    );
  });

  it("surfaces refusals to Telegraf as TelegramError with Telegram's code and description", async () => {
    const bot = new Telegraf(emu.token, { telegram: { apiRoot: emu.apiRoot } });
    const error = await bot.telegram.sendMessage(alice.id, "<i>x", { parse_mode: "HTML" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).code).toBe(400);
    expect((error as TelegramError).description).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "i"`,
    );
  });
});

describe("request bodies", () => {
  const emu = useEmulator();

  it("accepts urlencoded and multipart bodies, decoding JSON and number fields", async () => {
    const alice = emu.user();
    const form = new URLSearchParams({
      chat_id: String(alice.id),
      text: "<b>form</b>",
      parse_mode: "HTML",
      reply_markup: JSON.stringify(button("f")),
    });
    const urlencoded = await fetch(`${emu.apiRoot}/bot${emu.token}/sendMessage`, { method: "POST", body: form });
    expect(((await urlencoded.json()) as { ok: boolean }).ok).toBe(true);
    const multipart = new FormData();
    multipart.set("chat_id", String(alice.id));
    multipart.set("text", "multi");
    multipart.set("reply_markup", JSON.stringify(button("m")));
    const res = await fetch(`${emu.apiRoot}/bot${emu.token}/sendMessage`, { method: "POST", body: multipart });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect(emu.messages(alice.id).map((m) => [emu.renderedText(m), m.reply_markup])).toEqual([
      ["form", button("f")],
      ["multi", button("m")],
    ]);
  });
});
