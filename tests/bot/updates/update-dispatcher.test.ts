import { describe, expect, it } from "vitest";
import type { Update } from "telegraf/types";
import { createUpdateDispatcher } from "../../../src/bot/updates/update-dispatcher.js";
import { silentLogger } from "../../../src/log/logger.js";

const fromChat = (updateId: number, chatId: number) =>
  ({ update_id: updateId, message: { message_id: updateId, date: 1, chat: { id: chatId, type: "private" }, text: "hi" } }) as unknown as Update;

/** A handler whose updates finish only when the test says so. */
function gatedHandler() {
  const started: number[] = [];
  const gates = new Map<number, () => void>();
  return {
    started,
    release: (updateId: number) => gates.get(updateId)?.(),
    handle: (update: Update) =>
      new Promise<void>((resolve) => {
        started.push(update.update_id);
        gates.set(update.update_id, resolve);
      }),
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("the update dispatcher", () => {
  it("handles one chat's updates in order and another chat's beside them", async () => {
    const handler = gatedHandler();
    const dispatcher = createUpdateDispatcher({ handle: handler.handle, maxInHand: 10, logger: silentLogger, secrets: [] });
    dispatcher.push(fromChat(1, 100));
    dispatcher.push(fromChat(2, 100));
    dispatcher.push(fromChat(3, 200));
    await turn();
    expect(handler.started).toEqual([1, 3]);
    expect(dispatcher.inHand()).toBe(3);
    handler.release(1);
    await turn();
    expect(handler.started).toEqual([1, 3, 2]);
  });

  it("makes room only below its limit, and a drain says how many it left unfinished", async () => {
    const handler = gatedHandler();
    const dispatcher = createUpdateDispatcher({ handle: handler.handle, maxInHand: 2, logger: silentLogger, secrets: [] });
    dispatcher.push(fromChat(1, 100));
    dispatcher.push(fromChat(2, 200));
    let roomy = false;
    const room = dispatcher.room(new AbortController().signal).then(() => (roomy = true));
    await turn();
    expect(roomy).toBe(false);
    handler.release(1);
    await room;
    expect(await dispatcher.drain(20)).toBe(1);
    handler.release(2);
    expect(await dispatcher.drain(1000)).toBe(0);
  });

  it("goes on with a chat's next update when a handler throws", async () => {
    const handled: number[] = [];
    const dispatcher = createUpdateDispatcher({
      handle: async (update) => {
        if (update.update_id === 1) throw new Error("boom");
        handled.push(update.update_id);
      },
      maxInHand: 10,
      logger: silentLogger,
      secrets: [],
    });
    dispatcher.push(fromChat(1, 100));
    dispatcher.push(fromChat(2, 100));
    expect(await dispatcher.drain(1000)).toBe(0);
    expect(handled).toEqual([2]);
  });
});
