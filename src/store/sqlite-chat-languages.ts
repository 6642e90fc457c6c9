import type { Language } from "../i18n/languages.js";
import type { SqliteDatabase } from "./open-database.js";
import { chatLanguageFrom, type ChatLanguageColumns } from "./rows/chat-language-row.js";
import type { ChatLanguageStore, Synchronous } from "./types.js";

/** The language each chat is spoken to in, one row a chat (see migration 6 for why not the subscriber's row). */
export function createSqliteChatLanguages(db: SqliteDatabase, deps: { now: () => number }): Synchronous<ChatLanguageStore> {
  const select = db.prepare<[number], ChatLanguageColumns>("SELECT chat_id, language, chosen FROM chat_languages WHERE chat_id = ?");
  // A language seen in a reader's app never replaces the one they chose.
  const upsert = db.prepare<[number, Language, number, number]>(
    `INSERT INTO chat_languages (chat_id, language, chosen, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, chosen = excluded.chosen, updated_at = excluded.updated_at
     WHERE excluded.chosen = 1 OR chat_languages.chosen = 0`,
  );
  const selectAll = db.prepare<[], ChatLanguageColumns>("SELECT chat_id, language, chosen FROM chat_languages");
  return {
    all: () => new Map(selectAll.all().map((row) => [row.chat_id, chatLanguageFrom(row)])),
    get: (chatId) => {
      const row = select.get(chatId);
      return row ? chatLanguageFrom(row) : null;
    },
    set: (chatId, language, how) => void upsert.run(chatId, language, how === "chosen" ? 1 : 0, deps.now()),
  };
}
