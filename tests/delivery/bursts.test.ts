import { DELIVERY_TEXTS } from "../support/texts.js";
import { afterEach, describe, expect, it } from "vitest";
import { createFetchSendPort } from "../../src/delivery/fetch-send-port.js";
import { createIngest } from "../../src/delivery/ingest.js";
import { createSender } from "../../src/delivery/sender.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/emulator/emulator.js";
import { flatButtons } from "../../src/emulator/markup.js";
import { silentLogger } from "../../src/log/logger.js";
import type { Store } from "../../src/store/types.js";
import { EARLIER_HEADLINES, headline } from "../store/fixtures/headlines.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { drainUntilIdle } from "./helpers/drain.js";
import { emulatorSendPort, renderButton } from "./helpers/emulator-port.js";
import { createFakeClock, type FakeClock } from "./helpers/fake-clock.js";
import { createFakeSendPort } from "./helpers/fake-send-port.js";
import { matchWords } from "./helpers/match-words.js";

const TELEGRAM_LIMITS = { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };
const privateChat = (chatId: number) => ({ chatId, threadId: null, chatType: "private" as const });
const BURST = ["Caspian summit opens", "Baku hosts energy week", "Aras drills end", "New bridge on the Kura", "Wheat prices fall"].map(
  (title, i) => headline(title, { url: `https://caliber.az/en/post/${i + 1}` }),
);

async function ingestFor(store: Store, clock: FakeClock, onQueued?: () => void) {
  const ingest = createIngest({ textsOf: () => DELIVERY_TEXTS, store, matchFollow: matchWords, canExplain: () => true, now: clock.now, logger: silentLogger, onQueued });
  await ingest.ingest("corpus", EARLIER_HEADLINES);
  return ingest;
}

describe("a burst of new headlines", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function emulatorWithLimits(clock: FakeClock): Promise<BotApiEmulator> {
    const emu = createBotApiEmulator({ now: clock.now, limits: TELEGRAM_LIMITS });
    await emu.start();
    cleanups.push(() => emu.stop());
    return emu;
  }

  it("reaches each instant reader as one message listing all five, an Explain button each, no 429", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const emu = await emulatorWithLimits(clock);
    const store = openMemoryStore(clock.now);
    cleanups.push(() => store.close());
    const readers = Array.from({ length: 6 }, () => emu.user());
    for (const reader of readers) await store.subscribers.upsert(privateChat(reader.id), { mode: "instant" });
    await store.follows.add(privateChat(readers[0]!.id), "bridge");
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: emulatorSendPort(emu), now: clock.now, logger: silentLogger, rate: 25 });
    const fresh = await (await ingestFor(store, clock)).ingest("corpus", BURST);
    await drainUntilIdle(sender, clock);

    for (const reader of readers) {
      const messages = emu.messages(reader.id);
      expect(messages).toHaveLength(1);
      const text = emu.renderedText(messages[0]!);
      expect(text.split("\n")[0]).toBe("5 new headlines");
      for (const [i, item] of BURST.entries()) expect(text).toContain(`${i + 1}. ${item.title}`);
      const buttons = flatButtons(messages[0]!.reply_markup);
      expect(buttons.map((button) => button.callback_data)).toEqual(fresh.map((item) => `explain:${item.id}`));
      expect(buttons.every((button) => Buffer.byteLength(button.callback_data ?? "") < 64)).toBe(true);
    }
    expect(emu.renderedText(emu.messages(readers[0]!.id)[0]!)).toContain(`${BURST[3]!.title}\n28 Mar 2023, 06:01\nYou follow “bridge”`);
    expect(emu.renderedText(emu.messages(readers[1]!.id)[0]!)).not.toContain("You follow");
    expect(emu.stats()).toMatchObject({ sent: readers.length, tooManyRequests: 0 });
    expect(await store.outbox.list({ status: "sent" })).toHaveLength(readers.length * BURST.length);
  });

  it("gives every reader their first waiting message before anyone gets a second", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const store = openMemoryStore(clock.now);
    cleanups.push(() => store.close());
    const port = createFakeSendPort(clock.now);
    // Two items a message, so that each of the 30 readers needs two messages for four headlines.
    const limits = { maxItemsPerMessage: 2 };
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: port.send, now: clock.now, logger: silentLogger, rate: 25, limits });
    for (let chat = 1; chat <= 30; chat++) await store.subscribers.upsert(privateChat(chat), { mode: "instant" });
    await (await ingestFor(store, clock)).ingest("corpus", BURST.slice(0, 4));
    await drainUntilIdle(sender, clock);

    const order = port.calls.map((call) => call.message.chatId);
    expect(order).toHaveLength(60);
    expect(new Set(order.slice(0, 30)).size).toBe(30);
    expect(new Set(order.slice(30)).size).toBe(30);
  });

  it("puts a failed message's rows back together and sends them again as one", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const store = openMemoryStore(clock.now);
    cleanups.push(() => store.close());
    const port = createFakeSendPort(clock.now, (_, call) => (call === 0 ? { kind: "transient", detail: "502 Bad Gateway" } : { kind: "ok" }));
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: port.send, now: clock.now, logger: silentLogger, rate: 25 });
    await store.subscribers.upsert(privateChat(1), { mode: "instant" });
    await (await ingestFor(store, clock)).ingest("corpus", BURST);
    await drainUntilIdle(sender, clock);

    expect(port.calls.map((call) => call.result.kind)).toEqual(["transient", "ok"]);
    expect(port.calls[1]!.message.text).toBe(port.calls[0]!.message.text);
    expect((await store.outbox.list()).map((row) => [row.status, row.attempts])).toEqual(BURST.map(() => ["sent", 1]));
  });

  it("with paid broadcasts goes past Telegram's free 30 a second, and Telegram takes it", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const emu = await emulatorWithLimits(clock);
    const store = openMemoryStore(clock.now);
    cleanups.push(() => store.close());
    const readers = Array.from({ length: 300 }, () => emu.user());
    for (const reader of readers) await store.subscribers.upsert(privateChat(reader.id), { mode: "instant" });
    const send = createFetchSendPort({ apiRoot: emu.apiRoot, token: emu.token, renderButton, paidBroadcast: true });
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send, now: clock.now, logger: silentLogger, rate: 100, paidBroadcast: true });
    await (await ingestFor(store, clock)).ingest("corpus", BURST.slice(0, 1));
    const start = clock.now();
    await drainUntilIdle(sender, clock);

    expect(emu.stats()).toMatchObject({ sent: 300, paidBroadcasts: 300, tooManyRequests: 0 });
    expect(clock.now() - start).toBeLessThan((300 / 30) * 1000);
  });
});
