import type { Language } from "../i18n/languages.js";
import type { SqliteDatabase } from "./open-database.js";
import type { ChatLanguageStore } from "./types.js";

/** The language each chat is spoken to in, one row a chat (see migration 6 for why not the subscriber's row). */
export function createSqliteChatLanguages(db: SqliteDatabase, deps: { now: () => number }): ChatLanguageStore {
  const select = db.prepare<[number], { language: Language }>("SELECT language FROM chat_languages WHERE chat_id = ?");
  const upsert = db.prepare<[number, Language, number]>(
    `INSERT INTO chat_languages (chat_id, language, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at`,
  );
  return {
    get: (chatId) => select.get(chatId)?.language ?? null,
    set: (chatId, language) => void upsert.run(chatId, language, deps.now()),
  };
}
