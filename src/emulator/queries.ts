import type { TgInlineQuery } from "./telegram-types.js";

/** Callback and inline queries the users made, so that answers can be checked against them as Telegram does. */
export interface QueryRegistry {
  newCallback(userId: number): string;
  /** Marks the callback query answered; null when unknown or answered already (Telegram refuses both). */
  answerCallback(id: string): { userId: number } | null;
  newInline(query: Omit<TgInlineQuery, "id">): TgInlineQuery;
  inline(id: string): TgInlineQuery | undefined;
  /** Keeps the answer to an inline query; false when the query is unknown or answered already. */
  answerInline(id: string, results: readonly InlineResult[]): boolean;
  inlineResults(id: string): readonly InlineResult[] | undefined;
}

export interface InlineResult {
  type: string;
  id: string;
  title?: string;
  description?: string;
  input_message_content?: { message_text?: string; parse_mode?: string; entities?: unknown[] };
  reply_markup?: unknown;
  [other: string]: unknown;
}

export function createQueryRegistry(firstId: number): QueryRegistry {
  let next = firstId;
  const callbacks = new Map<string, { userId: number; answered: boolean }>();
  const inlineQueries = new Map<string, { query: TgInlineQuery; results?: readonly InlineResult[] }>();

  return {
    newCallback(userId) {
      const id = String(next++);
      callbacks.set(id, { userId, answered: false });
      return id;
    },
    answerCallback(id) {
      const entry = callbacks.get(id);
      if (!entry || entry.answered) return null;
      entry.answered = true;
      return { userId: entry.userId };
    },
    newInline(query) {
      const full = { id: String(next++), ...query };
      inlineQueries.set(full.id, { query: full });
      return full;
    },
    inline: (id) => inlineQueries.get(id)?.query,
    answerInline(id, results) {
      const entry = inlineQueries.get(id);
      if (!entry || entry.results) return false;
      entry.results = results;
      return true;
    },
    inlineResults: (id) => inlineQueries.get(id)?.results,
  };
}
