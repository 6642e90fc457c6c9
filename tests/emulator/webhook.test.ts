import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Telegraf } from "telegraf";
import { API_ERRORS } from "../../src/emulator/api-error.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { callApi } from "./fixtures/api.js";
import { createTinyBot } from "./fixtures/tiny-bot.js";

const SECRET = "s3cret_token-1";

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("webhook delivery", () => {
  let emu: BotApiEmulator;
  let server: Server;
  let bot: Telegraf;
  let hookUrl: string;

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    bot = createTinyBot(emu);
    server = createServer(bot.webhookCallback("/hook", { secretToken: SECRET }));
    hookUrl = `${await listen(server)}/hook`;
  });

  afterEach(async () => {
    await emu.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("POSTs updates with the secret header; replies and webhook-reply calls both reach the emulator", async () => {
    await bot.telegram.setWebhook(hookUrl, { secret_token: SECRET });
    const alice = emu.user();
    alice.send("/start");
    const [welcome] = await emu.waitForMessages(alice.id, 1);
    const query = alice.press(welcome!, "Whole section");
    const answered = await emu.waitForCall("answerCallbackQuery", (c) => c.params.callback_query_id === query.id);
    expect(answered.response).toEqual({ ok: true, result: true });
    await emu.idle();
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual([welcome!.text, "Whole section text"]);
    expect((await callApi(emu, "getWebhookInfo")).body.result).toEqual({
      url: hookUrl,
      has_custom_certificate: false,
      pending_update_count: 0,
    });
  });

  it("deliverRaw posts with any secret or none and returns the HTTP status", async () => {
    await bot.telegram.setWebhook(hookUrl, { secret_token: SECRET });
    const alice = emu.user();
    const message = { message_id: 1, date: 0, chat: alice.chat, from: alice.user, text: "forged" };
    const update = { update_id: 900, message };
    expect(await emu.deliverRaw(update, { secretToken: "wrong" })).toBe(403);
    expect(await emu.deliverRaw(update)).toBe(403);
    expect(emu.messages(alice.id)).toEqual([]);
    expect(await emu.deliverRaw(update, { secretToken: SECRET })).toBe(200);
    expect(emu.messages(alice.id).map((m) => m.text)).toEqual(["You said: forged"]);
  });

  it("refuses getUpdates while a webhook is set, and a secret with characters Telegram forbids", async () => {
    await bot.telegram.setWebhook(hookUrl);
    const poll = await callApi(emu, "getUpdates", {});
    expect([poll.status, poll.body.description]).toEqual([409, API_ERRORS.webhookActive]);
    const bad = await callApi(emu, "setWebhook", { url: hookUrl, secret_token: "has space" });
    expect(bad.body.description).toBe(API_ERRORS.secretTokenInvalid);
    await bot.telegram.deleteWebhook();
    expect((await callApi(emu, "getUpdates", {})).status).toBe(200);
  });

  it("keeps an update the webhook refused, reports the error, and delivers it once the webhook answers", async () => {
    await bot.telegram.setWebhook(hookUrl, { secret_token: "not-the-bots-secret" });
    const alice = emu.user();
    alice.send("/start");
    await expect(emu.idle({ timeoutMs: 300 })).rejects.toThrow(
      /1 update\(s\) not yet taken.*Wrong response from the webhook: 403/,
    );
    const info = (await callApi(emu, "getWebhookInfo")).body.result;
    expect(info).toMatchObject({ pending_update_count: 1, last_error_message: "Wrong response from the webhook: 403" });
    await bot.telegram.setWebhook(hookUrl, { secret_token: SECRET });
    await emu.waitForMessages(alice.id, 1);
  });
});
