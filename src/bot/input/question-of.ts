import type { MessageEntity } from "telegraf/types";

export interface BotIdentity {
  id: number;
  username: string;
}

export interface Question {
  text: string;
  /** Asked with /ask or /search: an empty one gets the usage rather than silence. */
  command: boolean;
}

const ASK_COMMANDS = new Set(["ask", "search"]);

/** Whether a reader's text holds a letter or a digit: what a question or a follow needs to mean anything. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** What of a text message (or an edit) decides whether it asks the bot something. */
interface TextMessage {
  text: string;
  entities?: MessageEntity[];
  chat: { type: string };
  reply_to_message?: { from?: { id: number } };
  via_bot?: { id: number };
}

function isMentionOf(entity: MessageEntity, text: string, username: string): boolean {
  return (
    entity.type === "mention" && text.slice(entity.offset + 1, entity.offset + entity.length).toLowerCase() === username.toLowerCase()
  );
}

function withoutMentions(text: string, entities: readonly MessageEntity[], username: string): string {
  let out = text;
  for (const entity of [...entities].sort((a, b) => b.offset - a.offset)) {
    if (isMentionOf(entity, text, username)) out = out.slice(0, entity.offset) + " " + out.slice(entity.offset + entity.length);
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * The question a text message (or an edit of one) asks the bot, or null when it asks nothing of the bot.
 * /ask and /search ask everywhere; in private every other text is a question; in groups only a message
 * that mentions the bot or replies to one of its messages is.
 */
export function questionOf(message: TextMessage, bot: BotIdentity): Question | null {
  // An answer the reader picked from the bot's inline results and sent: it is the bot's own words.
  if (message.via_bot?.id === bot.id) return null;
  const entities = message.entities ?? [];
  const first = entities[0];
  if (first?.type === "bot_command" && first.offset === 0) {
    const [command = "", to] = message.text.slice(1, first.length).split("@");
    if (to !== undefined && to.toLowerCase() !== bot.username.toLowerCase()) return null;
    if (!ASK_COMMANDS.has(command.toLowerCase())) return null;
    return { text: withoutMentions(message.text.slice(first.length), [], bot.username), command: true };
  }
  if (message.chat.type === "private") return { text: message.text.trim(), command: false };
  if (message.chat.type !== "group" && message.chat.type !== "supergroup") return null;
  const mentioned = entities.some((entity) => isMentionOf(entity, message.text, bot.username));
  const repliedTo = message.reply_to_message?.from?.id === bot.id;
  if (!mentioned && !repliedTo) return null;
  return { text: withoutMentions(message.text, entities, bot.username), command: false };
}
