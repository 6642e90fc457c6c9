import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/log/logger.js";
import { createPostgresStore } from "../../../src/store/postgres/postgres-store.js";
import { newPostgresDatabase } from "../../support/postgres.js";
import { startTcpProxy } from "../../support/tcp-proxy.js";
import { SITE_ZONE } from "../fixtures/open-store.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const chat = { chatId: 4242, threadId: null, chatType: "private" as const };

describe("a PostgreSQL connection lost inside a transaction", () => {
  it("fails that transaction only: the process goes on, and the store works again once the server is back", async () => {
    const url = new URL(newPostgresDatabase());
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
    cleanups.push(() => proxy.close());
    const store = await createPostgresStore({
      url: Object.assign(new URL(url), { port: String(proxy.port) }).href,
      siteTimezone: SITE_ZONE,
      logger: silentLogger,
      now: () => 1000,
      poolSize: 1,
    });
    cleanups.push(() => store.close());

    const lost = store.transaction(async (tx) => {
      await tx.subscribers.upsert(chat, { mode: "instant" });
      // Between two statements, while no query is in hand: the client alone hears the connection end.
      await proxy.cut();
      await delay(200);
      await tx.subscribers.get(chat.chatId);
    });
    await expect(lost).rejects.toThrow();

    await proxy.restore();
    // The one connection of the pool was dropped, not reused broken; the lost transaction left nothing.
    expect(await store.subscribers.get(chat.chatId)).toBeNull();
    await store.subscribers.upsert(chat, { mode: "daily" });
    expect((await store.subscribers.get(chat.chatId))?.mode).toBe("daily");
  });
});
