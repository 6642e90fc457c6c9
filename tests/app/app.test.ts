import { Composer, type Context } from "telegraf";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app/create-app.js";
import { createBotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { testConfig } from "./helpers.js";

/** A feature whose handler waits until the test lets it finish: an update in flight, on demand. */
function slowFeature() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  const composer = new Composer<Context>();
  composer.command("slow", async (ctx) => {
    started();
    await gate;
    await ctx.reply("Done at last.");
  });
  return { feature: { middleware: composer }, release, running };
}

describe("the app", () => {
  it("says so when long polling ends by itself, as when another instance polls the same bot (409)", async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    let failure: unknown = null;
    const failed = new Promise<void>((resolve) => {
      const app = createApp({
        config: testConfig({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot }),
        logger: silentLogger,
        onFailure: (error) => {
          failure = error;
          void app.stop().then(resolve);
        },
      });
      void app.start();
    });
    try {
      await emu.waitForPolling();
      // A second poller of the same token: Telegram ends the older long poll with 409 Conflict.
      const rival = fetch(`${emu.apiRoot}/bot${emu.token}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ timeout: 1 }),
      });
      await failed;
      expect(String(failure)).toContain("409");
      await rival;
    } finally {
      await emu.stop();
    }
  });

  it("loads the corpus, polls the Bot API, and on stop finishes the update in hand before it returns", async () => {
    const emu = createBotApiEmulator();
    await emu.start();
    const slow = slowFeature();
    const app = createApp({
      config: testConfig({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot }),
      logger: silentLogger,
      features: [slow.feature],
    });
    try {
      await app.start();
      const alice = emu.user();
      alice.send("Zangezur corridor");
      const [answer] = await emu.waitForMessages(alice.id, 1);
      expect(emu.renderedText(answer!).split("\n")[0]).toBe("Mounting tensions");

      alice.send("/slow");
      await slow.running;
      let stopped = false;
      const stopping = app.stop().then(() => (stopped = true));
      // A turn of the event loop: a stop that did not wait for the handler would be done by now.
      await new Promise((resolve) => setImmediate(resolve));
      expect(stopped).toBe(false);
      slow.release();
      await stopping;
      expect(emu.renderedText(emu.lastMessage(alice.id)!)).toBe("Done at last.");

      // The last word to the Bot API confirms the updates handled, so that a restart does not get them again.
      const last = emu.calls.at(-1)!;
      expect(last.method).toBe("getUpdates");
      expect(last.params).toMatchObject({ limit: 1 });
      expect(last.params.offset).toBeGreaterThan(0);
    } finally {
      await app.stop();
      await emu.stop();
    }
  });

  it("refuses to be created without a token, naming the variable", () => {
    expect(() => createApp({ config: testConfig({}), logger: silentLogger })).toThrow(/BOT_TOKEN is not set/);
  });
});
