import { existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_ERRORS } from "../../src/config/errors.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { CORPUS_DIR, freePort } from "./helpers.js";
import { runMain } from "./support/run-main.js";

describe("npm start", () => {
  it("without BOT_TOKEN says how to get one and how to try the bot locally, and exits 1", async () => {
    const run = await runMain({ CORPUS_DIR });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(CONFIG_ERRORS.missingToken);
    expect(run.stderr()).toContain("@BotFather");
    expect(run.stderr()).toContain("npm run chat");
  });

  it("names every malformed variable and what it expects, and exits 1", async () => {
    const run = await runMain({
      BOT_TOKEN: "not-a-token",
      SITE_TIMEZONE: "Mars/Olympus_Mons",
      PORT: "99999",
      WEBHOOK_URL: "https://bot.example.com/hook",
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(CONFIG_ERRORS.malformedToken);
    expect(run.stderr()).toContain(CONFIG_ERRORS.notTimezone("SITE_TIMEZONE", "Mars/Olympus_Mons"));
    expect(run.stderr()).toContain(CONFIG_ERRORS.notPort("99999"));
    expect(run.stderr()).toContain(CONFIG_ERRORS.webhookSecretMissing);
    expect(run.stdout()).toBe("");
    expect(readdirSync(run.cwd)).toEqual([]);
  });

  describe("running against the Bot API", () => {
    let emu: BotApiEmulator;
    beforeAll(async () => {
      emu = createBotApiEmulator();
      await emu.start();
    });
    afterAll(() => emu.stop());

    it("refused by Telegram (a wrong token), exits 1 and leaves no database behind", async () => {
      const run = await runMain({ BOT_TOKEN: `123456:${"A".repeat(30)}`, TELEGRAM_API_ROOT: emu.apiRoot, CORPUS_DIR });
      expect(await run.exited).toBe(1);
      expect(run.stdout()).toContain("the bot could not start");
      expect(readdirSync(run.cwd)).toEqual([]);
    });

    it("failing after the database opened (the webhook's port is taken), takes the new database back", async () => {
      const port = await freePort();
      const taken: Server = createServer();
      await new Promise<void>((resolve) => taken.listen(port, resolve));
      try {
        const run = await runMain({
          BOT_TOKEN: emu.token,
          TELEGRAM_API_ROOT: emu.apiRoot,
          CORPUS_DIR,
          WEBHOOK_URL: "https://bot.example.com/hook",
          WEBHOOK_SECRET: "s3cret-s3cret",
          PORT: String(port),
        });
        expect(await run.exited).toBe(1);
        expect(run.stdout()).toContain("EADDRINUSE");
        expect(existsSync(join(run.cwd, "data"))).toBe(false);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    });

    it("answers, logs one line per update without the token, and stops cleanly on SIGTERM", async () => {
      const run = await runMain({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, CORPUS_DIR, LOG_LEVEL: "info" });
      try {
        await emu.waitForPolling(15_000);
        const alice = emu.user();
        alice.send("Why did Azerbaijan detain 19 people?");
        const [answer] = await emu.waitForMessages(alice.id, 1);
        expect(emu.renderedText(answer!).split("\n")[0]).toBe("Azerbaijan’s response to Iranian assertiveness");
        await emu.waitForPolling();
      } finally {
        run.kill("SIGTERM");
      }
      expect(await run.exited).toBe(0);
      const lines = run.stdout().trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
      const messages = lines.map((line) => line.msg);
      expect(messages).toEqual(expect.arrayContaining(["corpus loaded", "bot started", "update handled", "stopping", "bot stopped"]));
      expect(messages.filter((m) => m === "update handled")).toHaveLength(1);
      expect(run.stdout() + run.stderr()).not.toContain(emu.token.split(":")[1]);
      expect(run.stderr()).toBe("");
    });
  });
});
