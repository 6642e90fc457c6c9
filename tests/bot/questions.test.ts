import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackRows } from "../../src/bot/keyboards/feedback-keyboard.js";
import { CALLBACK_DATA_LIMIT } from "../../src/bot/keyboards/callback-data.js";
import { TEXTS } from "../support/texts.js";
import type { BotMessage } from "../../src/emulator/telegram-types.js";
import { shown, startNewsdesk, type Newsdesk } from "../app/support/newsdesk.js";
import { waitUntil } from "../app/support/wait-until.js";
import { buttonsOf } from "./helpers/harness.js";

const ADMIN_ID = 6001;
const t = TEXTS.feedback;

describe("kept questions in the chat", () => {
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await startNewsdesk({ env: { ADMIN_IDS: String(ADMIN_ID), QUESTION_RETENTION_DAYS: "14" } });
  });
  afterAll(() => desk?.stop());

  const questions = () => desk.readStore(async (store) => (await store.questions.latest({ limit: 100, offset: 0 })).rows);
  const edited = (message: BotMessage) =>
    desk.emu.waitForCall("editMessageReplyMarkup", (call) => call.params.message_id === message.message_id);

  it("puts 👍 / 👎 under an answer and keeps them through More answers; not found and small talk get none", async () => {
    const reader = desk.emu.user();
    reader.send("Iran Azerbaijan border");
    const [answer] = await desk.emu.waitForMessages(reader.id, 1);
    expect(buttonsOf(answer)).toEqual([TEXTS.buttons.more, TEXTS.buttons.wholeSection, t.up, t.down]);
    reader.press(answer!, TEXTS.buttons.more);
    await desk.emu.waitForCall("editMessageText", (call) => call.params.message_id === answer!.message_id);
    expect(buttonsOf(desk.emu.lastMessage(reader.id))).toEqual([TEXTS.buttons.back, TEXTS.buttons.more, TEXTS.buttons.wholeSection, t.up, t.down]);

    reader.send("quantum chromodynamics of penguins");
    reader.send("hello");
    const [, notFound, smallTalk] = await desk.emu.waitForMessages(reader.id, 3);
    expect(buttonsOf(notFound)).not.toContain(t.up);
    expect(buttonsOf(smallTalk)).toEqual([]);
    await waitUntil(async () => (await questions()).some((q) => q.text === "hello"), "the small talk kept");
    const kinds = Object.fromEntries((await questions()).map((q) => [q.text, q.reply]));
    expect(kinds).toMatchObject({ "Iran Azerbaijan border": "answer", "quantum chromodynamics of penguins": "not_found", hello: "small_talk" });
  });

  it("keeps one vote per reader, changeable, and after a 👎 one optional tap for the reason", async () => {
    const reader = desk.emu.user({ languageCode: "en-US" });
    reader.send("Why did Azerbaijan detain 19 people?");
    const [answer] = await desk.emu.waitForMessages(reader.id, 1);
    const id = (await questions()).find((q) => q.text === "Why did Azerbaijan detain 19 people?")!.id;
    const vote = () => desk.readStore((store) => store.questions.get(id));

    reader.press(answer!, t.down);
    await edited(answer!);
    expect(buttonsOf(desk.emu.lastMessage(reader.id))).toEqual([
      TEXTS.buttons.wholeSection,
      t.up,
      `✓ ${t.down}`,
      t.reasons.wrong_article,
      t.reasons.missing,
      t.reasons.outdated,
    ]);
    expect(await vote()).toMatchObject({ up: 0, down: 1, reasons: [], language: "en" });

    reader.press(desk.emu.lastMessage(reader.id)!, t.reasons.missing);
    await waitUntil(async () => (await vote())?.reasons.includes("missing") === true, "the reason");
    reader.press(desk.emu.lastMessage(reader.id)!, t.up);
    await waitUntil(async () => (await vote())?.up === 1, "the changed vote");
    expect(await vote()).toMatchObject({ up: 1, down: 0, reasons: [] });
    await waitUntil(() => buttonsOf(desk.emu.lastMessage(reader.id)).includes(`✓ ${t.up}`), "the 👍 marked");
    expect(buttonsOf(desk.emu.lastMessage(reader.id))).toEqual([TEXTS.buttons.wholeSection, `✓ ${t.up}`, t.down]);
  });

  it("keeps a group's questions under a hash of its id, with the language the group is spoken to in; never an inline query", async () => {
    const reader = desk.emu.user({ languageCode: "ru" });
    const group = desk.emu.group();
    reader.sendIn(group, "/ask Zangezur corridor");
    await desk.emu.waitForMessages(group.id, 1);
    reader.inline("Zangezur corridor inline");
    await desk.emu.waitForCall("answerInlineQuery");
    await waitUntil(async () => (await questions()).some((q) => q.text === "Zangezur corridor"), "the group's question");
    const kept = (await questions()).find((q) => q.text === "Zangezur corridor")!;
    expect(kept).toMatchObject({ reply: "answer", language: "ru" });
    expect(kept.chatHash).not.toContain(String(Math.abs(group.id)));
    expect((await questions()).some((q) => q.text.includes("inline"))).toBe(false);
  });

  it("tells readers what is kept and for how long with /privacy, listed in /help", async () => {
    const reader = desk.emu.user();
    reader.send("/privacy");
    reader.send("/help");
    const [privacy, help] = await desk.emu.waitForMessages(reader.id, 2);
    expect(shown(desk.emu, privacy)).toContain("After 14 days a question and its votes are deleted.");
    expect(shown(desk.emu, privacy)).toContain("Your name and user name are never kept.");
    expect(shown(desk.emu, help)).toContain("/privacy");
  });

  it("answers /console politely to a non-admin, says the console is off without CONSOLE_PORT, and keeps links out of groups", async () => {
    const stranger = desk.emu.user();
    stranger.send("/console");
    const admin = desk.emu.user({ id: ADMIN_ID });
    admin.send("/console");
    const group = desk.emu.group();
    admin.sendIn(group, "/console");
    expect(shown(desk.emu, (await desk.emu.waitForMessages(stranger.id, 1))[0])).toBe(TEXTS.console.adminsOnly);
    expect(shown(desk.emu, (await desk.emu.waitForMessages(admin.id, 1))[0])).toBe(TEXTS.console.off);
    expect(shown(desk.emu, (await desk.emu.waitForMessages(group.id, 1))[0])).toBe(TEXTS.console.privateOnly);
  });

  it("keeps the vote buttons' data under Telegram's 64 bytes for any question id", () => {
    const data = feedbackRows(Number.MAX_SAFE_INTEGER, TEXTS, { vote: -1, reason: null }).flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(data).toHaveLength(5);
    for (const item of data) expect(Buffer.byteLength(item)).toBeLessThan(CALLBACK_DATA_LIMIT);
  });
});
