import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/create-app.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { freePort, testConfig } from "./helpers.js";

const SECRET = "s3cret_Webhook-token";

/** POSTs a raw body to the webhook with the secret, as a client holding it could; resolves with the status. */
function postRaw(port: number, body: string, options: { chunked?: boolean } = {}): Promise<number> {
  const length = options.chunked ? {} : { "content-length": Buffer.byteLength(body) };
  const headers = { "x-telegram-bot-api-secret-token": SECRET, "content-type": "application/json", ...length };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/telegram/updates", method: "POST", headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The server may close the connection before the whole of a refused body is written.
    req.on("error", (error) => (req.writableFinished ? reject(error) : undefined));
    req.end(body);
  });
}

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

  it("refuses a body over 1 MB with 413, and malformed JSON or a body that is no update with 400, handling none", async () => {
    const carol = emu.user();
    const start = { update_id: 910_001, message: { message_id: 1, date: 1_700_000_000, chat: carol.chat, from: carol.user, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } };
    const huge = JSON.stringify({ ...start, padding: "x".repeat(5 * 1024 * 1024) });
    expect(await postRaw(port, huge)).toBe(413);
    // Without a length announced, the body is counted as it comes.
    expect(await postRaw(port, huge, { chunked: true })).toBe(413);
    expect(await postRaw(port, '{"update_id": 910002, "message": {')).toBe(400);
    expect(await postRaw(port, "null")).toBe(400);
    expect(await postRaw(port, "[1, 2]")).toBe(400);
    expect(await postRaw(port, '"an update"')).toBe(400);
    await emu.idle();
    expect(emu.messages(carol.id)).toHaveLength(0);
    expect(await postRaw(port, JSON.stringify(start))).toBe(200);
    const [reply] = await emu.waitForMessages(carol.id, 1);
    expect(emu.renderedText(reply!)).toMatch(/^📰 I answer questions/);
  });
});
