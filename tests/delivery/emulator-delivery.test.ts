import { DELIVERY_TEXTS } from "../support/texts.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDigestScheduler } from "../../src/delivery/digest-scheduler.js";
import { createIngest } from "../../src/delivery/ingest.js";
import { createSender } from "../../src/delivery/sender.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { silentLogger } from "../../src/log/logger.js";
import type { Store } from "../../src/store/types.js";
import { CORRIDOR, EARLIER_HEADLINES, IRAQ, JAPAN } from "../store/fixtures/headlines.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { drainUntilIdle } from "./helpers/drain.js";
import { emulatorSendPort } from "./helpers/emulator-port.js";
import { createFakeClock, type FakeClock } from "./helpers/fake-clock.js";
import { matchWords } from "./helpers/match-words.js";

const privateChat = (chatId: number) => ({ chatId, threadId: null, chatType: "private" as const });

describe("delivery through the Bot API emulator", () => {
  let emu: BotApiEmulator;
  let clock: FakeClock;
  let store: Store;

  beforeEach(async () => {
    emu = createBotApiEmulator();
    await emu.start();
    clock = createFakeClock("2023-03-28T02:00:00Z"); // 06:00 in Baku
    store = openMemoryStore(clock.now);
  });
  afterEach(async () => {
    await store.close();
    await emu.stop();
  });

  /** The sender runs on the fake clock unless a test drives it in real time with start(). */
  async function wire(sending: { now: () => number; rate: number } = { now: clock.now, rate: 25 }) {
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: emulatorSendPort(emu), logger: silentLogger, ...sending });
    const ingest = createIngest({ textsOf: () => DELIVERY_TEXTS,
      store,
      matchFollow: matchWords,
      canExplain: () => true,
      now: clock.now,
      logger: silentLogger,
      onQueued: sender.wake,
    });
    await ingest.ingest("corpus", EARLIER_HEADLINES);
    return { sender, ingest };
  }

  it("pushes exactly the new headlines to instant readers, with an Explain button, and the rest in a digest", async () => {
    const alice = emu.user({ firstName: "Alice" });
    const bob = emu.user({ firstName: "Bob" });
    const { sender, ingest } = await wire();
    await store.subscribers.upsert(privateChat(alice.id), { mode: "instant" });
    await store.subscribers.upsert(privateChat(bob.id), { mode: "daily" });

    clock.advance(60_000);
    const [japan] = await ingest.ingest("corpus", [...EARLIER_HEADLINES, JAPAN]);
    await drainUntilIdle(sender, clock);

    const pushes = emu.messages(alice.id);
    expect(pushes).toHaveLength(1);
    expect(emu.renderedText(pushes[0]!)).toBe(
      `${JAPAN.title}\n28 Mar 2023, 06:01\nRead on the site`,
    );
    expect(pushes[0]!.reply_markup).toEqual({
      inline_keyboard: [[{ text: "Explain", callback_data: `explain:${japan!.id}` }]],
    });
    expect(emu.messages(bob.id)).toEqual([]);

    clock.set("2023-03-28T04:00:00Z");
    await createDigestScheduler({ textsOf: () => DELIVERY_TEXTS, store, now: clock.now, logger: silentLogger }).runOnce();
    await drainUntilIdle(sender, clock);
    const [digest, ...more] = emu.messages(bob.id);
    expect(more).toEqual([]);
    expect(emu.renderedText(digest!)).toContain(`More news\n• 06:01 ${JAPAN.title}`);
  });

  it("pushes a followed story to a group's forum topic", async () => {
    const editor = emu.user({ firstName: "Editor" });
    const desk = emu.group({ type: "supergroup", isForum: true, admins: [editor] });
    const { sender, ingest } = await wire();
    await store.follows.add({ chatId: desk.id, threadId: 12, chatType: "supergroup" }, "Zangezur corridor");

    await ingest.ingest("corpus", [JAPAN, CORRIDOR]);
    await drainUntilIdle(sender, clock);
    const messages = emu.messages(desk.id, { threadId: 12 });
    expect(messages.map((m) => emu.renderedText(m).split("\n")[0])).toEqual([CORRIDOR.title]);
  });

  it("honours a 429's retry_after", async () => {
    const alice = emu.user();
    const { sender, ingest } = await wire();
    await store.subscribers.upsert(privateChat(alice.id), { mode: "instant" });
    emu.failNext("sendMessage", { errorCode: 429, description: "Too Many Requests: retry after 3", retryAfter: 3 });

    await ingest.ingest("corpus", [JAPAN]);
    const start = clock.now();
    await drainUntilIdle(sender, clock);
    expect(emu.messages(alice.id)).toHaveLength(1);
    expect(clock.now() - start).toBeGreaterThanOrEqual(3000);
    const sends = emu.calls.filter((call) => call.method === "sendMessage");
    expect(sends.map((call) => call.response?.ok)).toEqual([false, true]);
  });

  it("retries after a 5xx and a dropped connection", async () => {
    const alice = emu.user();
    const { sender, ingest } = await wire();
    await store.subscribers.upsert(privateChat(alice.id), { mode: "instant" });
    emu.failNext("sendMessage", { errorCode: 502, description: "Bad Gateway" });
    emu.dropConnectionNext("sendMessage");

    await ingest.ingest("corpus", [JAPAN]);
    await drainUntilIdle(sender, clock);
    expect(emu.messages(alice.id)).toHaveLength(1);
    expect(await store.outbox.list()).toMatchObject([{ status: "sent", attempts: 2 }]);
  });

  it("deactivates a reader who blocked the bot, and delivers again once they are back", async () => {
    const alice = emu.user();
    const bob = emu.user();
    const { sender, ingest } = await wire();
    await store.subscribers.upsert(privateChat(alice.id), { mode: "instant" });
    await store.subscribers.upsert(privateChat(bob.id), { mode: "instant" });
    emu.block(alice.id);

    await ingest.ingest("corpus", [JAPAN]);
    await drainUntilIdle(sender, clock);
    expect((await store.subscribers.get(alice.id))?.active).toBe(false);
    expect(emu.messages(bob.id)).toHaveLength(1);

    await ingest.ingest("corpus", [IRAQ]);
    await drainUntilIdle(sender, clock);
    expect(emu.calls.filter((call) => call.params.chat_id === alice.id)).toHaveLength(1);

    emu.unblock(alice.id);
    await store.subscribers.upsert(privateChat(alice.id), { active: true });
    await ingest.ingest("corpus", [CORRIDOR]);
    await drainUntilIdle(sender, clock);
    expect(emu.messages(alice.id).map((m) => emu.renderedText(m).split("\n")[0])).toEqual([CORRIDOR.title]);
  });

  it("follows a group that became a supergroup", async () => {
    const group = emu.group({ type: "group" });
    const { sender, ingest } = await wire();
    await store.subscribers.upsert({ chatId: group.id, threadId: null, chatType: "group" }, { mode: "instant" });
    const supergroup = emu.migrate(group.id, -1009000000001);

    await ingest.ingest("corpus", [JAPAN]);
    await drainUntilIdle(sender, clock);
    expect(emu.messages(supergroup.id).map((m) => emu.renderedText(m).split("\n")[0])).toEqual([JAPAN.title]);
    expect((await store.subscribers.get(supergroup.id))?.mode).toBe("instant");
    expect(await store.subscribers.get(group.id)).toBeNull();
  });

  it("drains on its own once started, and stop() waits for the send in flight", async () => {
    const readers = [emu.user(), emu.user(), emu.user()];
    const { sender, ingest } = await wire({ now: Date.now, rate: 50 });
    for (const reader of readers) await store.subscribers.upsert(privateChat(reader.id), { mode: "instant" });

    sender.start();
    await ingest.ingest("corpus", [JAPAN]);
    for (const reader of readers) await emu.waitForMessages(reader.id, 1, 5000);
    await sender.stop();
    expect((await store.outbox.list()).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
  });
});
