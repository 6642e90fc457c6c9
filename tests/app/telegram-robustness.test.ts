import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createApp } from "../../src/app/create-app.js";
import { SUBSCRIPTION_TEXTS, TEXTS } from "../support/texts.js";
import { createBotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { STORE_DEFAULTS } from "../../src/store/defaults.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { tempDir } from "../support/temp-dirs.js";
import { createCaptureLogger } from "../sources/helpers/capture-logger.js";
import { testConfig } from "./helpers.js";
import { createShiftedClock } from "./support/shifted-clock.js";
import { asShown, shown, SITE_ZONE, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const ADMIN = 4242;
const B = SUBSCRIPTION_TEXTS.buttons;
const callsOf = (desk: Newsdesk, method: string) => desk.emu.calls.filter((call) => call.method === method);

describe("the bot when Telegram misbehaves", () => {
  let desk: Newsdesk | null = null;
  afterEach(async () => {
    await desk?.stop();
    desk = null;
  });

  const subscribePrompt = async (desk: Newsdesk, readerId?: number) => {
    const reader = desk.emu.user(readerId === undefined ? {} : { id: readerId });
    reader.send("/subscribe");
    const [prompt] = await desk.emu.waitForMessages(reader.id, 1);
    return { reader, prompt: prompt! };
  };
  const modeOf = (desk: Newsdesk, chatId: number) => desk.readStore(async (store) => (await store.subscribers.get(chatId))?.mode);

  it("saves a button's choice when its acknowledgement fails, and still shows the settings", async () => {
    desk = await startNewsdesk();
    const { reader, prompt } = await subscribePrompt(desk);
    desk.emu.failNext("answerCallbackQuery", { errorCode: 400, description: "Bad Request: query is too old and response timeout expired" });
    reader.press(prompt, B.instant);
    await waitUntil(async () => (await modeOf(desk!, reader.id)) === "instant", "the choice to be saved");
    await desk.emu.waitForCall("editMessageText");
    expect(shown(desk.emu, desk.emu.messages(reader.id)[0])).toContain("Headlines: every new headline");
    expect(callsOf(desk, "answerCallbackQuery")).toHaveLength(1);
  });

  it("answers a press once: when the edit fails after a failed acknowledgement, the apology comes in the chat", async () => {
    desk = await startNewsdesk();
    const { reader, prompt } = await subscribePrompt(desk);
    desk.emu.failNext("answerCallbackQuery", { errorCode: 500, description: "Internal Server Error" });
    desk.emu.failNext("editMessageText", { errorCode: 500, description: "Internal Server Error" });
    reader.press(prompt, B.daily);
    const [, apology] = await desk.emu.waitForMessages(reader.id, 2);
    await desk.emu.idle();
    expect(shown(desk.emu, apology)).toBe(TEXTS.failure);
    expect(await modeOf(desk, reader.id)).toBe("daily");
    expect(callsOf(desk, "answerCallbackQuery")).toHaveLength(1);
  });

  it("sends /stats asked in a group to the admin in private; says how to ask when it cannot write to them", async () => {
    desk = await startNewsdesk({ env: { ADMIN_IDS: String(ADMIN) } });
    const { emu } = desk;
    const admin = emu.user({ id: ADMIN });
    const group = emu.group({ type: "supergroup", admins: [admin] });
    admin.sendIn(group, "/stats");
    const [stats] = await emu.waitForMessages(admin.id, 1);
    expect(shown(emu, stats)).toMatch(/subscriber/i);
    expect(emu.messages(group.id)).toEqual([]);

    emu.block(admin.id);
    admin.sendIn(group, "/stats");
    const [note] = await emu.waitForMessages(group.id, 1);
    expect(shown(emu, note)).toBe(asShown(SUBSCRIPTION_TEXTS.statsInPrivate(emu.bot.username!)));
    expect(emu.messages(admin.id)).toHaveLength(1);
  });

  it("ignores updates of impossible shapes without an exception, and answers the next reader", async () => {
    const logger = createCaptureLogger();
    desk = await startNewsdesk({ env: { ADMIN_IDS: String(ADMIN) }, logger });
    const { emu } = desk;
    const reader = emu.user();
    const chat = { id: reader.id, type: "private" };
    emu.injectUpdate({ inline_query: { id: "1", from: reader.user, offset: "" } });
    emu.injectUpdate({ message: { message_id: 1, date: 1_700_000_000, chat, text: "/stats", entities: [{ type: "bot_command", offset: 0, length: 6 }] } });
    emu.injectUpdate({ callback_query: { id: "2", from: reader.user, chat_instance: "1", data: "x" } });
    emu.injectUpdate({ message: null });
    reader.send("/latest");
    await emu.waitForMessages(reader.id, 1);
    await emu.idle();
    expect(logger.entries.filter((entry) => entry.level === "error")).toEqual([]);
    expect(logger.entries.filter((entry) => entry.message === "update of an impossible shape ignored")).toHaveLength(4);
    expect(emu.messages(reader.id)).toHaveLength(1);
    expect(callsOf(desk, "answerInlineQuery")).toEqual([]);
  });

  it("stops within 10 s during a 429 of an hour on getUpdates", async () => {
    const logger = createCaptureLogger();
    desk = await startNewsdesk({ logger });
    const { emu } = desk;
    emu.failNext("getUpdates", { errorCode: 429, description: "Too Many Requests: retry after 3600", retryAfter: 3600 });
    const reader = emu.user();
    reader.send("/latest");
    // The bot has heard the 429 and waits it out.
    await waitUntil(() => logger.entries.some((entry) => entry.fields.kind === "429"), "the 429 to be heard");
    const started = Date.now();
    await desk.app.stop();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("a 429 window across a restart", () => {
  it("is kept in the store: the restarted bot makes no call until it ends", async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    const dataDir = tempDir("holds");
    const config = testConfig({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, DATA_DIR: dataDir });
    const first = createApp({ config, logger: silentLogger });
    try {
      await first.start();
      await emu.waitForPolling();
      emu.failNext("getUpdates", { errorCode: 429, description: "Too Many Requests: retry after 3600", retryAfter: 3600 });
      emu.user().send("/latest");
      // Opened by path: the running bot holds DATA_DIR's instance lock.
      const store = createSqliteStore({ path: join(dataDir, STORE_DEFAULTS.fileName), siteTimezone: SITE_ZONE, logger: silentLogger, now: Date.now });
      await waitUntil(async () => (await store.telegramHolds.heldUntil("bot", Date.now())) !== null, "the 429 window to be kept");
      expect(await store.telegramHolds.heldUntil("bot", Date.now())).toBeGreaterThan(Date.now() + 3_500_000);
      await store.close();
      await first.stop();

      const clock = createShiftedClock(new Date().toISOString());
      const second = createApp({ config, logger: silentLogger, now: clock.now, tuning: { sleep: clock.sleep } });
      const callsBefore = emu.calls.length;
      const starting = second.start();
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(emu.calls.slice(callsBefore)).toEqual([]);
        clock.jumpTo(new Date(clock.now() + 3601_000).toISOString());
        await starting;
        await emu.waitForPolling();
        expect(emu.calls.slice(callsBefore).map((call) => call.method)).toContain("getMe");
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
      await emu.stop();
    }
  });
});
