import { DELIVERY_TEXTS } from "../support/texts.js";
import { describe, expect, it } from "vitest";
import { createSender } from "../../src/delivery/sender.js";
import { DELIVERY_DEFAULTS } from "../../src/delivery/defaults.js";
import type { OutgoingMessage, SendPort, SendResult } from "../../src/delivery/types.js";
import { silentLogger } from "../../src/log/logger.js";
import type { Store } from "../../src/store/types.js";
import { headline } from "../store/fixtures/headlines.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";
import { drainUntilIdle } from "./helpers/drain.js";
import { createFakeClock } from "./helpers/fake-clock.js";
import { createFakeSendPort } from "./helpers/fake-send-port.js";
import { waitUntil } from "./helpers/wait-until.js";

const alice = { chatId: 1001, threadId: null, chatType: "private" as const };

/** Queues a push of a recorded headline (one per subject). */
async function queue(store: Store, chatId: number, subject: string) {
  await store.items.record("corpus", []);
  const title = `Headline ${subject}`;
  const itemId = (await store.items.record("corpus", [headline(title)]))[0]?.id ?? Number(subject);
  await store.outbox.enqueue([
    {
      chatId,
      threadId: null,
      purpose: "push",
      subject,
      itemId,
      text: `<b>${title}</b>`,
      buttons: [{ kind: "explain", itemId }],
      notBefore: 0,
    },
  ]);
}

function setup(answer: (message: OutgoingMessage, call: number) => SendResult, maxAttempts?: number) {
  const clock = createFakeClock("2023-03-28T04:00:00Z");
  const store = openMemoryStore(clock.now);
  const port = createFakeSendPort(clock.now, answer);
  const limits = maxAttempts ? { maxAttempts } : {};
  const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send: port.send, now: clock.now, logger: silentLogger, rate: 25, limits });
  return { clock, store, port, sender, start: clock.now() };
}

describe("sender when Telegram refuses", () => {
  it("honours a 429's retry_after for that chat while others go on", async () => {
    let limited = false;
    const { clock, store, port, sender, start } = setup((message) => {
      if (message.chatId === alice.chatId && !limited) {
        limited = true;
        return { kind: "retry_after", seconds: 7 };
      }
      return { kind: "ok" };
    });
    await queue(store, alice.chatId, "1");
    for (let chat = 1; chat <= 10; chat++) await queue(store, chat, "1");
    await drainUntilIdle(sender, clock);

    const toAlice = port.to(alice.chatId);
    expect(toAlice.map((call) => call.result.kind)).toEqual(["retry_after", "ok"]);
    expect(toAlice[1]!.at - toAlice[0]!.at).toBeGreaterThanOrEqual(7000);
    const others = port.calls.filter((call) => call.message.chatId !== alice.chatId);
    expect(Math.max(...others.map((call) => call.at))).toBeLessThan(start + 1000);
    expect(await store.outbox.list({ chatId: alice.chatId })).toMatchObject([{ status: "sent", attempts: 0 }]);
  });

  it("pauses all sending when 429s hit several chats at once", async () => {
    const { clock, store, port, sender, start } = setup((_message, call) =>
      call < 3 ? { kind: "retry_after", seconds: 10 } : { kind: "ok" },
    );
    for (let chat = 1; chat <= 8; chat++) await queue(store, chat, "1");
    await drainUntilIdle(sender, clock);

    const third = port.calls[2]!;
    expect(third.result.kind).toBe("retry_after");
    // Sends already on their way when the third 429 came back may land; none starts until the pause ends.
    const startedDuringPause = port.calls.filter((call) => call.at > third.at && call.at < third.at + 10_000);
    expect(startedDuringPause).toEqual([]);
    expect(port.delivered().map((call) => call.message.chatId).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(port.calls.length).toBe(11);
    expect(Math.max(...port.calls.map((call) => call.at)) - start).toBeLessThan(11_000);
  });

  it("retries a 5xx or network error with growing waits, then delivers", async () => {
    const { clock, store, port, sender } = setup((_message, call) =>
      call < 3 ? { kind: "transient", detail: call === 1 ? "fetch failed" : "502 Bad Gateway" } : { kind: "ok" },
    );
    await queue(store, alice.chatId, "1");
    await drainUntilIdle(sender, clock);

    const times = port.calls.map((call) => call.at);
    expect(times.slice(1).map((at, i) => at - times[i]!)).toEqual([2000, 4000, 8000]);
    expect(await store.outbox.list()).toMatchObject([{ status: "sent", attempts: 3, lastError: null }]);
  });

  it("gives a message up after the last try, and says why", async () => {
    const { clock, store, port, sender } = setup(() => ({ kind: "transient", detail: "500 Internal Server Error" }), 4);
    await queue(store, alice.chatId, "1");
    await drainUntilIdle(sender, clock);

    expect(port.calls).toHaveLength(4);
    expect(await store.outbox.list()).toMatchObject([{ status: "failed", attempts: 4, lastError: "500 Internal Server Error" }]);
    expect((await store.stats(clock.now())).last24h).toEqual({ sent: 0, failed: 1 });
  });

  it("treats a send port that throws as a network error", async () => {
    let calls = 0;
    const { clock, store, sender } = setup(() => {
      calls++;
      if (calls === 1) throw new Error("socket hang up");
      return { kind: "ok" };
    });
    await queue(store, alice.chatId, "1");
    await drainUntilIdle(sender, clock);
    expect(await store.outbox.list()).toMatchObject([{ status: "sent", attempts: 1 }]);
  });

  it("does not retry a message Telegram can never accept", async () => {
    const refusal = "400 Bad Request: can't parse entities";
    const { clock, store, port, sender } = setup(() => ({ kind: "rejected", detail: refusal }));
    await queue(store, alice.chatId, "1");
    await drainUntilIdle(sender, clock);
    expect(port.calls).toHaveLength(1);
    expect(await store.outbox.list()).toMatchObject([{ status: "failed", lastError: refusal }]);
  });

  it("deactivates a reader who blocked the bot and drops the rest of their queue, keeping their settings", async () => {
    const { clock, store, port, sender } = setup((message) =>
      message.chatId === alice.chatId
        ? { kind: "blocked", detail: "403 Forbidden: bot was blocked by the user" }
        : { kind: "ok" },
    );
    await store.subscribers.upsert(alice, { mode: "instant", timezone: "Europe/Berlin" });
    for (let subject = 1; subject <= 3; subject++) await queue(store, alice.chatId, String(subject));
    await queue(store, 1002, "1");
    await drainUntilIdle(sender, clock);

    expect(port.to(alice.chatId)).toHaveLength(1);
    expect(port.to(1002).map((call) => call.result.kind)).toEqual(["ok"]);
    expect(await store.subscribers.get(alice.chatId)).toMatchObject({ active: false, mode: "instant", timezone: "Europe/Berlin" });
    expect((await store.outbox.list({ chatId: alice.chatId })).map((row) => row.status)).toEqual(["failed"]);
  });

  it("moves a migrated group to its supergroup and sends the message there", async () => {
    const group = { chatId: -4001, threadId: null, chatType: "group" as const };
    const { clock, store, port, sender } = setup((message) =>
      message.chatId === group.chatId ? { kind: "migrated", toChatId: -1004001 } : { kind: "ok" },
    );
    await store.subscribers.upsert(group, { mode: "instant" });
    await queue(store, group.chatId, "1");
    await queue(store, group.chatId, "2");
    await drainUntilIdle(sender, clock);

    expect(port.delivered().map((call) => [call.message.chatId, call.message.text])).toEqual([
      [-1004001, "<b>Headline 1</b>"],
      [-1004001, "<b>Headline 2</b>"],
    ]);
    const [firstRow] = await store.outbox.list({ chatId: -1004001 });
    expect(port.delivered()[0]?.message.buttons).toEqual([{ kind: "explain", itemId: firstRow?.itemId }]);
    expect(await store.subscribers.get(-1004001)).toMatchObject({ mode: "instant", active: true });
    expect(await store.subscribers.get(group.chatId)).toBeNull();
  });
});

describe("sender when the database fails", () => {
  it("sends the message once claiming it (marking it in flight) works again", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const store = openMemoryStore(clock.now);
    const port = createFakeSendPort(clock.now);
    let failWrites = 1;
    const flaky: Store = {
      ...store,
      outbox: {
        ...store.outbox,
        claim: async (...args) => {
          if (failWrites-- > 0) throw new Error("SQLITE_BUSY: database is locked");
          return store.outbox.claim(...args);
        },
      },
    };
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store: flaky, send: port.send, now: clock.now, logger: silentLogger });
    await queue(store, alice.chatId, "1");
    await expect(sender.drainOnce()).rejects.toThrow(/SQLITE_BUSY/);
    expect(port.calls).toEqual([]);

    await drainUntilIdle(sender, clock);
    expect(port.delivered().map((call) => call.message.chatId)).toEqual([alice.chatId]);
    expect((await store.outbox.list()).map((row) => row.status)).toEqual(["sent"]);
  });

  it("records a send's outcome through a lost connection, retrying with growing waits, and sends the message once", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const store = openMemoryStore(clock.now);
    const port = createFakeSendPort(clock.now);
    let failWrites = 2;
    const flaky: Store = {
      ...store,
      outbox: {
        ...store.outbox,
        markSent: async (...args) => {
          if (failWrites-- > 0) throw new Error("Connection terminated unexpectedly");
          return store.outbox.markSent(...args);
        },
      },
    };
    // The sender's waits pass on the fake clock at once, a turn of the event loop each.
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock.advance(ms);
      await new Promise((resolve) => setImmediate(resolve));
    };
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store: flaky, send: port.send, now: clock.now, logger: silentLogger, sleep });
    await queue(store, alice.chatId, "1");
    sender.start();
    await waitUntil(async () => (await store.outbox.list())[0]?.status === "sent", "the send to be recorded");
    await sender.stop();

    expect(port.calls).toHaveLength(1);
    expect(waits).toEqual(expect.arrayContaining([2000, 4000]));
    expect(await store.outbox.list()).toMatchObject([{ status: "sent", attempts: 0 }]);
  });
});

describe("sender after a crash", () => {
  it("sends again the messages left in flight, and every other message once", async () => {
    const { clock, store, port, sender } = setup(() => ({ kind: "ok" }));
    for (let chat = 1; chat <= 6; chat++) await queue(store, chat, "1");
    const [first, second, third] = await store.outbox.list();
    // The killed process had sent the first, and had the next two in flight.
    const claimOne = () => store.outbox.claim(clock.now(), [], 1, (lead) => [lead.id]);
    expect((await claimOne())?.map((row) => row.id)).toEqual([first!.id]);
    await store.outbox.markSent([first!.id], clock.now());
    expect((await claimOne())?.map((row) => row.id)).toEqual([second!.id]);
    expect((await claimOne())?.map((row) => row.id)).toEqual([third!.id]);

    expect(await sender.recoverInFlight()).toBe(2);
    const restartedAt = clock.now();
    await drainUntilIdle(sender, clock);
    expect(port.calls.map((call) => call.message.chatId).sort()).toEqual([2, 3, 4, 5, 6]);
    expect((await store.outbox.list()).every((row) => row.status === "sent")).toBe(true);
    // The two in flight may have reached their chats just before the crash: they wait a chat's interval, the rest do not.
    const sentAt = (chatId: number) => port.to(chatId)[0]!.at - restartedAt;
    expect(Math.min(sentAt(2), sentAt(3))).toBeGreaterThanOrEqual(DELIVERY_DEFAULTS.perChatIntervalMs);
    expect(Math.max(sentAt(4), sentAt(5), sentAt(6))).toBeLessThan(DELIVERY_DEFAULTS.perChatIntervalMs);
  });
});

describe("sender at shutdown", () => {
  it("stop() resolves only once the send in flight is answered and recorded", async () => {
    const clock = createFakeClock("2023-03-28T04:00:00Z");
    const store = openMemoryStore(clock.now);
    const answers: Array<(result: SendResult) => void> = [];
    const send: SendPort = () => new Promise((resolve) => answers.push(resolve));
    const sender = createSender({ textsOf: () => DELIVERY_TEXTS, store, send, now: clock.now, logger: silentLogger });
    await queue(store, alice.chatId, "1");
    sender.start();
    await waitUntil(() => answers.length === 1, "the send to start");

    let stopped = false;
    const stopping = sender.stop().then(() => {
      stopped = true;
    });
    // Turns of the event loop, not time: a stop that did not wait for the answer would have resolved by now.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    expect((await store.outbox.list()).map((row) => row.status)).toEqual(["sending"]);

    answers[0]!({ kind: "ok" });
    await stopping;
    expect((await store.outbox.list()).map((row) => row.status)).toEqual(["sent"]);
    expect(answers).toHaveLength(1);
  });
});
