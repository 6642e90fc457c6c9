import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { freePort, testConfig } from "./helpers.js";

const SECRET = "s3cret_Webhook-token";

describe("webhook mode", () => {
  let emu: BotApiEmulator;
  let app: App;
  let port: number;
  beforeAll(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    port = await freePort();
    const loaded = testConfig({
      BOT_TOKEN: emu.token,
      TELEGRAM_API_ROOT: emu.apiRoot,
      WEBHOOK_URL: "https://bot.example.com/telegram/updates",
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    // WEBHOOK_URL must be https; the emulator posts to a plain local server, which no variable can name.
    const config = { ...loaded, webhook: { ...loaded.webhook!, url: `http://127.0.0.1:${port}/telegram/updates` } };
    app = createApp({ config, logger: silentLogger, webhookHost: "127.0.0.1" });
    await app.start();
  });
  afterAll(async () => {
    await app.stop();
    await emu.stop();
  });

  it("sets the webhook with its secret and answers the updates Telegram posts", async () => {
    const setWebhook = await emu.waitForCall("setWebhook");
    expect(setWebhook.params).toMatchObject({ url: `http://127.0.0.1:${port}/telegram/updates`, secret_token: SECRET });
    expect(emu.calls.some((c) => c.method === "getUpdates")).toBe(false);
    const alice = emu.user();
    alice.send("Why did Azerbaijan detain 19 people?");
    const [answer] = await emu.waitForMessages(alice.id, 1);
    expect(emu.renderedText(answer!).split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
  });

  it("refuses with 401 a request without the right secret header, and handles none of it", async () => {
    const bob = emu.user();
    const update = (id: number) => ({
      update_id: 900_000 + id,
      message: { message_id: id, date: 1_700_000_000, chat: bob.chat, from: bob.user, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
    });
    expect(await emu.deliverRaw(update(1))).toBe(401);
    expect(await emu.deliverRaw(update(2), { secretToken: "wrong" })).toBe(401);
    expect(await emu.deliverRaw(update(3), { secretToken: SECRET.slice(0, -1) })).toBe(401);
    await emu.idle();
    expect(emu.messages(bob.id)).toHaveLength(0);
    expect(await emu.deliverRaw(update(4), { secretToken: SECRET })).toBe(200);
    const [reply] = await emu.waitForMessages(bob.id, 1);
    expect(emu.renderedText(reply!)).toMatch(/^📰 I answer questions/);
  });
});
