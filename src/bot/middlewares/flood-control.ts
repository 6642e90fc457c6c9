import type { Context, MiddlewareFn } from "telegraf";
import { textsOf } from "../i18n/reader-texts.js";

export type FloodVerdict = "allow" | "warn" | "drop";

export interface FloodControl {
  /** Counts a question from `chatId` at the current time and says whether to answer it. */
  check(chatId: number): FloodVerdict;
}

interface ChatWindow {
  times: number[];
  warned: boolean;
}

/**
 * A sliding window per chat: up to `limit` questions in `windowMs` are answered; the next gets one
 * "slow down" and later ones nothing, until the oldest answered question leaves the window. Questions
 * not answered don't count, so a reader who keeps typing is not locked out for longer.
 */
export function createFloodControl(options: { limit: number; windowMs: number; now: () => number }): FloodControl {
  const chats = new Map<number, ChatWindow>();
  const forgetIdle = (now: number) => {
    for (const [chatId, chat] of chats) if ((chat.times.at(-1) ?? 0) <= now - options.windowMs) chats.delete(chatId);
  };
  return {
    check(chatId) {
      const now = options.now();
      if (chats.size > 10_000) forgetIdle(now);
      const chat = chats.get(chatId) ?? { times: [], warned: false };
      chats.set(chatId, chat);
      chat.times = chat.times.filter((t) => t > now - options.windowMs);
      if (chat.times.length < options.limit) {
        chat.times.push(now);
        chat.warned = false;
        return "allow";
      }
      if (chat.warned) return "drop";
      chat.warned = true;
      return "warn";
    },
  };
}

/** Passes a question on to be answered, or says "slow down" once, or drops it. */
export function floodGuard(control: FloodControl, windowMs: number): MiddlewareFn<Context> {
  return async (ctx, next) => {
    if (!ctx.chat) return next();
    const verdict = control.check(ctx.chat.id);
    if (verdict === "allow") return next();
    if (verdict === "warn") await ctx.reply(textsOf(ctx).slowDown(Math.ceil(windowMs / 1000)), { parse_mode: "HTML" });
  };
}
