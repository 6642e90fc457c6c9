import type { Update } from "telegraf/types";

type Loose = { chat?: { id?: unknown }; from?: { id?: unknown }; message?: { chat?: { id?: unknown } } };

/**
 * The conversation an update belongs to: its chat (a message, a post, a press of a button under a message), else
 * its sender (an inline query, a press under an inline message). Updates of one conversation are handled in order,
 * those of different ones side by side; an update with neither is a conversation of its own.
 */
export function conversationOf(update: Update): string {
  const payload = Object.entries(update).find(([key]) => key !== "update_id")?.[1] as Loose | undefined;
  const chatId = payload?.chat?.id ?? payload?.message?.chat?.id;
  if (typeof chatId === "number") return `chat:${chatId}`;
  const userId = payload?.from?.id;
  if (typeof userId === "number") return `user:${userId}`;
  return `update:${update.update_id}`;
}
