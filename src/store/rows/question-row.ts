import type { Language } from "../../i18n/languages.js";
import type { QuestionRow, ReplyKind, VoteReason } from "../question-types.js";

/** A question's columns with its vote counts and its 👎 reasons joined by commas, as both stores' queries give them. */
export interface QuestionColumns {
  id: number;
  asked_at: number;
  chat_hash: string;
  text: string;
  reply: ReplyKind;
  article_id: string | null;
  article: string | null;
  heading: string | null;
  excerpt: string | null;
  score: number | null;
  language: Language;
  up: number;
  down: number;
  reasons: string | null;
}

const reasonsFromText = (text: string | null): VoteReason[] => (text ? (text.split(",") as VoteReason[]) : []);

export const questionRowFrom = (columns: QuestionColumns): QuestionRow => ({
  id: columns.id,
  askedAt: columns.asked_at,
  chatHash: columns.chat_hash,
  text: columns.text,
  reply: columns.reply,
  passage:
    columns.article === null
      ? null
      : {
          articleId: columns.article_id,
          article: columns.article,
          heading: columns.heading,
          excerpt: columns.excerpt ?? "",
          score: columns.score ?? 0,
        },
  language: columns.language,
  up: columns.up,
  down: columns.down,
  reasons: reasonsFromText(columns.reasons),
});
