import { DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { createSender } from "../../src/delivery/sender.js";
import { silentLogger } from "../../src/log/logger.js";
import type { OutboxDraft, Store } from "../../src/store/types.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { busiestWindow, drainUntilIdle } from "./helpers/drain.js";
import { createFakeClock } from "./helpers/fake-clock.js";
import { createFakeSendPort } from "./helpers/fake-send-port.js";

function draft(chatId: number, subject: string, notBefore = 0): OutboxDraft {
  const text = `<b>Headline ${subject}</b>`;
  return { chatId, threadId: null, purpose: "push", subject, itemId: null, text, buttons: [], notBefore };
}

async function queue(store: Store, chatId: number, subject: string) {
  await store.outbox.enqueue([draft(chatId, subject)]);
}

function setup(rate = 25) {
  const clock = createFakeClock("2023-03-28T04:00:00Z");
  const store = openMemoryStore(clock.now);
  const port = createFakeSendPort(clock.now);
  const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: port.send, now: clock.now, logger: silentLogger, rate });
  return { clock, store, port, sender };
}

describe("sender within Telegram's limits", () => {
  it("keeps the configured overall rate and reaches it", async () => {
    const { clock, store, port, sender } = setup(25);
    for (let chat = 1; chat <= 200; chat++) await queue(store, chat, "1");
    const start = clock.now();
    await drainUntilIdle(sender, clock);

    const times = port.calls.map((call) => call.at);
    expect(port.delivered()).toHaveLength(200);
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(25);
    const seconds = (Math.max(...times) - start) / 1000;
    expect(199 / seconds).toBeGreaterThanOrEqual(25 * 0.95);
  });

  it("leaves at least a second between two messages to one chat, sending to others meanwhile", async () => {
    const { clock, store, port, sender } = setup(25);
    for (let subject = 1; subject <= 5; subject++) await queue(store, 1001, String(subject));
    for (let chat = 1; chat <= 20; chat++) await queue(store, chat, "1");
    await drainUntilIdle(sender, clock);

    const toAlice = port.to(1001).map((call) => call.at);
    expect(toAlice).toHaveLength(5);
    for (let i = 1; i < toAlice.length; i++) expect(toAlice[i]! - toAlice[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect(port.to(1001).map((call) => call.message.text)).toEqual([1, 2, 3, 4, 5].map((n) => `<b>Headline ${n}</b>`));
    // The other chats did not wait behind Alice's queue.
    expect(Math.max(...port.calls.filter((c) => c.message.chatId !== 1001).map((c) => c.at))).toBeLessThan(toAlice[2]!);
  });

  it("sends a group at most 20 messages a minute", async () => {
    const { clock, store, port, sender } = setup(25);
    const group = -1002003004005;
    for (let subject = 1; subject <= 45; subject++) await queue(store, group, String(subject));
    await drainUntilIdle(sender, clock);

    const times = port.to(group).map((call) => call.at);
    expect(times).toHaveLength(45);
    expect(busiestWindow(times, 60_000)).toBe(20);
    expect(times[20]! - times[0]!).toBeGreaterThanOrEqual(60_000);
    expect(times[40]! - times[0]!).toBeLessThan(3 * 60_000);
  });

  it("waits until a quiet window's end for a held message", async () => {
    const { clock, store, port, sender } = setup();
    const until = clock.now() + 3 * 60 * 60_000;
    await store.outbox.enqueue([draft(1001, "9", until)]);
    expect(await sender.drainOnce()).toEqual({ sent: 0, nextInMs: 3 * 60 * 60_000 });
    await drainUntilIdle(sender, clock);
    expect(port.calls.map((call) => call.at)).toEqual([until]);
  });
});
