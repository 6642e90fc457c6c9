import type { ChildProcess } from "node:child_process";
import { copyFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DELIVERY_DEFAULTS } from "../../src/delivery/defaults.js";
import { createBotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import { createPostgresStore } from "../../src/store/postgres/postgres-store.js";
import type { Store } from "../../src/store/types.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { tempDir } from "../support/temp-dirs.js";
import { CORPUS_DIR } from "./helpers.js";
import { storyPage } from "./support/pages.js";
import { SEED_PAGE, SITE_ZONE } from "./support/newsdesk.js";
import { startBot } from "./support/start-bot.js";
import { waitUntil } from "./support/wait-until.js";

const READERS = 30;
const FIRST_READER = 720_000;
const HEADLINE = "Caspian ferry line to Aktau reopens";
const PAGE = storyPage({
  title: HEADLINE,
  at: "28 March 2023 - 12:50",
  paragraph: "The ferry line between Alat and Aktau reopened after the winter storms, the port authority said.",
});

/** The pid in the leader's instance id (host:pid:random), read from the advisory lock's holder. */
async function leaderPid(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE '%:%:%'`,
    );
    const pid = rows[0] ? Number(rows[0].name.split(":").at(-2)) : NaN;
    return Number.isInteger(pid) ? pid : null;
  } finally {
    await client.end();
  }
}

describe("two instances on one PostgreSQL", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it(
    "thirty readers, a new page, kill -9 of the leader mid-delivery: the standby takes over and finishes, nothing lost, no getUpdates conflict",
    { timeout: 120_000 },
    async () => {
      const emu = createBotApiEmulator({ limits: { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 } });
      await emu.start();
      cleanups.push(() => emu.stop());
      const url = newPostgresDatabase();
      const corpusDir = tempDir("two-corpus");
      copyFileSync(join(CORPUS_DIR, SEED_PAGE), join(corpusDir, SEED_PAGE));
      const children: ChildProcess[] = [];
      cleanups.push(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

      const store: Store = await createPostgresStore({ url, siteTimezone: SITE_ZONE, logger: silentLogger, now: Date.now });
      cleanups.push(() => store.close());
      const readers = Array.from({ length: READERS }, (_, i) => emu.user({ id: FIRST_READER + i }));
      for (const reader of readers) await store.subscribers.upsert({ chatId: reader.id, threadId: null, chatType: "private" }, { mode: "instant" });

      const env = (name: string) => ({
        BOT_TOKEN: emu.token,
        TELEGRAM_API_ROOT: emu.apiRoot,
        DATABASE_URL: url,
        DATA_DIR: tempDir(`two-data-${name}`),
        CORPUS_DIR: corpusDir,
        LOG_LEVEL: "info",
      });
      const first = startBot(env("a"));
      children.push(first.child);
      await emu.waitForPolling(30_000);
      const second = startBot(env("b"));
      children.push(second.child);
      await waitUntil(() => second.output().includes("this instance stands by"), `the second instance to stand by: ${second.output()}`, 30_000);
      const pid = await leaderPid(url);
      expect(pid, first.output()).toBe(first.child.pid);

      let delivered = 0;
      let killedAt = Infinity;
      const unsubscribe = emu.subscribe((event) => {
        if (event.type === "message" && ++delivered === READERS / 3) {
          killedAt = Date.now();
          first.child.kill("SIGKILL");
        }
      });
      writeFileSync(join(corpusDir, "ferry.txt.tmp"), PAGE);
      renameSync(join(corpusDir, "ferry.txt.tmp"), join(corpusDir, "ferry.txt"));
      await first.exited;
      unsubscribe();
      expect(first.child.signalCode, first.output()).toBe("SIGKILL");
      const sendingAtKill = (await store.outbox.list({ status: "sending" })).length;
      expect(sendingAtKill).toBeLessThanOrEqual(DELIVERY_DEFAULTS.maxInFlight);

      await waitUntil(() => readers.every((reader) => emu.messages(reader.id).length > 0), "every reader to get the headline", 60_000);
      await waitUntil(async () => !(await store.outbox.hasPending()) && (await store.outbox.list({ status: "sending" })).length === 0, "the outbox to drain", 30_000);
      expect(await leaderPid(url)).toBe(second.child.pid);

      const received = readers.map((reader) => emu.messages(reader.id));
      for (const messages of received) for (const message of messages) expect(emu.renderedText(message).split("\n")[0]).toBe(HEADLINE);
      const duplicates = received.reduce((sum, messages) => sum + messages.length - 1, 0);
      expect(duplicates).toBeLessThanOrEqual(sendingAtKill);
      // The standby finished the delivery: messages went out after the leader died.
      const sends = emu.calls.filter((call) => call.method === "sendMessage");
      expect(sends.filter((call) => call.at > killedAt).length).toBeGreaterThan(0);
      const conflicts = emu.calls.filter((call) => call.method === "getUpdates" && call.response?.ok === false);
      expect(conflicts).toEqual([]);

      second.child.kill("SIGTERM");
      expect(await second.exited, second.output()).toBe(0);
    },
  );
});
