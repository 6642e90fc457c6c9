import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { CORPUS_DIR } from "./helpers.js";
import { runMain } from "./support/run-main.js";

const PASSWORD = "s3cret-Pa55word";

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm start with DATABASE_URL", () => {
  let emu: BotApiEmulator;
  beforeAll(async () => {
    emu = createBotApiEmulator();
    await emu.start();
  });
  afterAll(() => emu.stop());

  it("unreachable (a closed port) exits 1 with one line naming DATABASE_URL, without the password", { timeout: 60_000 }, async () => {
    const run = await runMain({
      BOT_TOKEN: emu.token,
      TELEGRAM_API_ROOT: emu.apiRoot,
      CORPUS_DIR,
      DATABASE_URL: `postgres://newsdesk:${PASSWORD}@127.0.0.1:${await closedPort()}/newsdesk`,
    });
    expect(await run.exited).toBe(1);
    const output = run.stdout() + run.stderr();
    expect(output).not.toContain(PASSWORD);
    const naming = output.split("\n").filter((line) => line.includes("DATABASE_URL"));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(/cannot connect to PostgreSQL/);
    expect(naming[0]).toContain("ECONNREFUSED");
    expect(run.stderr()).toBe("");
  });

  it("malformed exits 1 naming DATABASE_URL, without the password, before asking Telegram anything", { timeout: 60_000 }, async () => {
    const calls = emu.calls.length;
    const run = await runMain({
      BOT_TOKEN: emu.token,
      TELEGRAM_API_ROOT: emu.apiRoot,
      CORPUS_DIR,
      DATABASE_URL: `postgres//newsdesk:${PASSWORD}@127.0.0.1/newsdesk`,
    });
    expect(await run.exited).toBe(1);
    expect(run.stdout() + run.stderr()).not.toContain(PASSWORD);
    expect(run.stderr()).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(emu.calls.length).toBe(calls);
  });
});
