import { Composer, type Context, type MiddlewareFn } from "telegraf";
import { channelPost } from "telegraf/filters";
import type { Chat, MessageEntity } from "telegraf/types";

/** A command's update: sent in a chat, or posted in a channel; `payload` is the text after the command. */
export type CommandContext = Context & { readonly chat: Chat; readonly payload: string };

/** "/subscribe@newsdesk_bot daily 08:00" as its command and payload; null when the text is no command to this bot. */
export function commandOf(
  text: string,
  entities: readonly MessageEntity[] | undefined,
  botUsername: string,
): { command: string; payload: string } | null {
  const first = entities?.[0];
  if (first?.type !== "bot_command" || first.offset !== 0) return null;
  const [command = "", to] = text.slice(1, first.length).split("@");
  if (to !== undefined && to.toLowerCase() !== botUsername.toLowerCase()) return null;
  return { command, payload: text.slice(first.length + 1) };
}

/**
 * A command in any chat, channels included. Telegraf's command() reads messages only, and what a channel's admin
 * posts comes as a channel post, on the channel's behalf: only admins can post there, so it is an admin's word.
 */
export function chatCommand(name: string, handler: MiddlewareFn<CommandContext>): MiddlewareFn<Context> {
  return Composer.compose<Context>([
    Composer.command(name, handler),
    Composer.on(channelPost("text"), (ctx, next) => {
      const post = ctx.channelPost;
      const found = commandOf(post.text, post.entities, ctx.me);
      if (found?.command !== name) return next();
      return handler(Object.assign(ctx, { payload: found.payload }), next);
    }),
  ]);
}
