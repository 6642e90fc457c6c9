import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHAT_TEXTS } from "../../src/chat/chat-texts.js";
import { createTerminalChat } from "../../src/chat/terminal-chat.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { createTinyBot, launchPolling } from "../emulator/fixtures/tiny-bot.js";

const BOT = "newsdesk_bot";

describe("the terminal chat, driven through a pipe against a real Telegraf bot", () => {
  let emu: BotApiEmulator;
  let running: { stop(): Promise<void> };

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    running = launchPolling(createTinyBot(emu), emu);
  });

  afterEach(async () => {
    await running.stop();
    await emu.stop();
  });

  /** Types the lines (then the input ends, unless `keepOpen`), runs the chat to its end, returns what it printed. */
  async function converse(lines: string[], options: { color?: boolean; keepOpen?: boolean } = {}): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const user = emu.user({ firstName: "Ada" });
    const color = options.color ?? false;
    const done = createTerminalChat({ emulator: emu, user, input, output, botName: BOT, color }).run();
    input.write(lines.map((line) => `${line}\n`).join(""));
    if (!options.keepOpen) input.end();
    await done;
    return printed;
  }

  it("shows the banner, rendered replies with numbered buttons, and edits from button presses", async () => {
    const printed = await converse(["/start", "#1", "#1", "/quit"]);
    expect(printed).toBe(
      CHAT_TEXTS.banner(BOT, "Ada") +
        [
          "you> /start",
          "newsdesk_bot #1:",
          "  Welcome to *newsdesk*. Read the flood story <https://example.com/flood> & ask.",
          "  [1] More answers  [2] Whole section",
          "  [3] Open the site (opens https://example.com/)",
          "you> #1",
          "newsdesk_bot: (notification) Next answer",
          "newsdesk_bot #1 (edited):",
          "  *Second answer*: _river levels_ and `code`",
          "  [1] Back",
          "you> #1",
          "newsdesk_bot #1 (edited):",
          "  First answer again",
          "  [1] More answers  [2] Whole section",
          "  [3] Open the site (opens https://example.com/)",
          "you> /quit",
          CHAT_TEXTS.bye,
          "",
        ].join("\n"),
    );
  });

  it("presses a button of any earlier message by its number, #N still pressing the newest one's", async () => {
    const printed = await converse(["/start", "/start", "#1.2", "#1", "#2.2", "#3.1", "#9.1", "/quit"]);
    const transcript = printed.slice(printed.indexOf("you> #1.2"));
    expect(transcript).toBe(
      [
        "you> #1.2",
        "newsdesk_bot:",
        "  Whole section text",
        // #1 is the newest message with buttons: the second welcome.
        "you> #1",
        "newsdesk_bot: (notification) Next answer",
        "newsdesk_bot #2 (edited):",
        "  *Second answer*: _river levels_ and `code`",
        "  [1] Back",
        "you> #2.2",
        CHAT_TEXTS.noSuchItem(2, 1),
        "you> #3.1",
        CHAT_TEXTS.noSuchMessage(3, 2),
        "you> #9.1",
        CHAT_TEXTS.noSuchMessage(9, 2),
        "you> /quit",
        CHAT_TEXTS.bye,
        "",
      ].join("\n"),
    );
    expect(emu.calls.filter((c) => c.method === "editMessageText")).toHaveLength(1);
  });

  it("says so when an earlier message has no buttons left", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const user = emu.user({ firstName: "Ada" });
    const done = createTerminalChat({ emulator: emu, user, input, output, botName: BOT, color: false }).run();
    input.write("/start\n");
    const [welcome] = await emu.waitForMessages(user.id, 1);
    await createTinyBot(emu).telegram.editMessageReplyMarkup(user.id, welcome!.message_id, undefined, { inline_keyboard: [] });
    input.end("#1.1\n");
    await done;
    expect(printed).toContain(`you> #1.1\n${CHAT_TEXTS.noButtonsLeft(1)}\n`);
  });

  it("stops reading at /quit even when the input goes on", async () => {
    const printed = await converse(["hello", "/quit", "never sent"], { keepOpen: true });
    expect(printed).toContain("  You said: hello\n");
    expect(printed).not.toContain("never sent");
    expect(emu.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("ends at the end of input, escaping nothing the bot sent as plain text", async () => {
    const printed = await converse(["<b>hi</b> & <script>"]);
    expect(printed).toContain("newsdesk_bot:\n  You said: <b>hi</b> & <script>\n");
    expect(printed.endsWith(`${CHAT_TEXTS.bye}\n`)).toBe(true);
  });

  it("lists inline results, pages them, sends a pick via the bot; #N then goes back to the buttons", async () => {
    const printed = await converse(["/start", "@ flood", "@+", "#2", "#2"]);
    const transcript = printed.slice(printed.indexOf("you> @ flood"));
    expect(transcript).toBe(
      [
        "you> @ flood",
        'Inline results for "flood":',
        "  [1] flood 1 — Excerpt 1",
        "  [2] flood 2 — Excerpt 2",
        CHAT_TEXTS.inlineMore,
        CHAT_TEXTS.inlinePick,
        "you> @+",
        'Inline results for "flood":',
        "  [1] flood 3 — Excerpt 3",
        "  [2] flood 4 — Excerpt 4",
        CHAT_TEXTS.inlinePick,
        "you> #2",
        "you via @newsdesk_bot:",
        "  *Result 4*",
        "you> #2",
        "newsdesk_bot:",
        "  Whole section text",
        CHAT_TEXTS.bye,
        "",
      ].join("\n"),
    );
  });

  it("explains a pick that cannot be made, and shows a deletion", async () => {
    const printed = await converse(["#1", "@+", "/start", "#7", "#3", "/forget"]);
    expect(printed).toContain(`you> #1\n${CHAT_TEXTS.noList}\n`);
    expect(printed).toContain(`you> @+\n${CHAT_TEXTS.inlineNoMore}\n`);
    expect(printed).toContain(`you> #7\n${CHAT_TEXTS.noSuchItem(7, 3)}\n`);
    expect(printed).toContain(`you> #3\n${CHAT_TEXTS.buttonOpens("https://example.com/")}\n`);
    expect(printed).toContain(`you> /forget\n${CHAT_TEXTS.deleted(BOT)}\n`);
  });

  it("on a terminal, prompts, and puts a message that arrives unasked on its own lines, prompting again", async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const user = emu.user({ firstName: "Ada" });
    const done = createTerminalChat({ emulator: emu, user, input, output, botName: BOT, color: false }).run();
    await createTinyBot(emu).telegram.sendMessage(user.id, "Breaking: river bursts its banks");
    input.end();
    await done;
    expect(printed.slice(CHAT_TEXTS.banner(BOT, "Ada").length)).toBe(
      `you> \nnewsdesk_bot:\n  Breaking: river bursts its banks\nyou> \n${CHAT_TEXTS.bye}\n`,
    );
  });

  it("uses ANSI styles when color is on", async () => {
    const printed = await converse(["/start"], { color: true });
    expect(printed).toContain("\x1b[1;32mnewsdesk_bot\x1b[0m #1:\n  Welcome to \x1b[1mnewsdesk\x1b[22m.");
  });
});
