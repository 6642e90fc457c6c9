import { chatLanguageFrom, type ChatLanguageColumns } from "../rows/chat-language-row.js";
import type { ChatLanguageStore } from "../types.js";
import type { PgSession } from "./session.js";

export function createPostgresChatLanguages(db: PgSession, deps: { now: () => number }): ChatLanguageStore {
  return {
    all: async () =>
      new Map(
        (await db.rows<ChatLanguageColumns>("SELECT chat_id, language, chosen FROM chat_languages")).map((row) => [row.chat_id, chatLanguageFrom(row)]),
      ),
    get: async (chatId) => {
      const [row] = await db.rows<ChatLanguageColumns>("SELECT chat_id, language, chosen FROM chat_languages WHERE chat_id = $1", [chatId]);
      return row ? chatLanguageFrom(row) : null;
    },
    // A language seen in a reader's app never replaces the one they chose.
    set: async (chatId, language, how) =>
      void (await db.run(
        `INSERT INTO chat_languages (chat_id, language, chosen, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, chosen = excluded.chosen, updated_at = excluded.updated_at
         WHERE excluded.chosen OR NOT chat_languages.chosen`,
        [chatId, language, how === "chosen", deps.now()],
      )),
  };
}
