import type { PassageVotes, QuestionStore } from "../question-types.js";
import { likePattern } from "../like-pattern.js";
import { questionRowFrom, type QuestionColumns } from "../rows/question-row.js";
import type { PgSession } from "./session.js";

/** A question with its vote counts and reasons, from the votes of every reader. */
const WITH_VOTES = `
  SELECT q.*, count(*) FILTER (WHERE v.vote = 1) AS up, count(*) FILTER (WHERE v.vote = -1) AS down,
    string_agg(v.reason, ',' ORDER BY v.voted_at, v.voter_hash) AS reasons
  FROM questions AS q LEFT JOIN question_votes AS v ON v.question_id = q.id`;

export function createPostgresQuestions(db: PgSession): QuestionStore {
  const many = async (sql: string, params: readonly unknown[]) => (await db.rows<QuestionColumns>(sql, params)).map(questionRowFrom);
  return {
    add: async (draft) =>
      (
        await db.rows<{ id: number }>(
          `INSERT INTO questions (asked_at, chat_hash, text, reply, article_id, article, heading, excerpt, score, language)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            draft.askedAt,
            draft.chatHash,
            draft.text,
            draft.reply,
            draft.passage?.articleId ?? null,
            draft.passage?.article ?? null,
            draft.passage?.heading ?? null,
            draft.passage?.excerpt ?? null,
            draft.passage?.score ?? null,
            draft.language,
          ],
        )
      )[0]!.id,
    // One statement: the vote lands only while its question exists (retention may delete it meanwhile).
    vote: async (questionId, voterHash, vote, now) =>
      (await db.run(
        `INSERT INTO question_votes (question_id, voter_hash, vote, reason, voted_at)
         SELECT id, $2, $3, NULL, $4 FROM questions WHERE id = $1
         ON CONFLICT (question_id, voter_hash) DO UPDATE SET vote = excluded.vote,
           reason = CASE WHEN excluded.vote = 1 THEN NULL ELSE question_votes.reason END, voted_at = excluded.voted_at`,
        [questionId, voterHash, vote, now],
      )) > 0,
    setReason: async (questionId, voterHash, why, now) =>
      (await db.run("UPDATE question_votes SET reason = $1, voted_at = $2 WHERE question_id = $3 AND voter_hash = $4 AND vote = -1", [
        why,
        now,
        questionId,
        voterHash,
      ])) > 0,
    get: async (id) => (await many(`${WITH_VOTES} WHERE q.id = $1 GROUP BY q.id`, [id]))[0] ?? null,
    latest: async ({ search, limit, offset }) => {
      const pattern = likePattern(search?.trim() ?? "");
      const rows = await many(
        `${WITH_VOTES} WHERE q.text ILIKE $1 ESCAPE '\\' GROUP BY q.id ORDER BY q.asked_at DESC, q.id DESC LIMIT $2 OFFSET $3`,
        [pattern, limit, offset],
      );
      const [count] = await db.rows<{ total: number }>("SELECT count(*) AS total FROM questions WHERE text ILIKE $1 ESCAPE '\\'", [pattern]);
      return { rows, total: count?.total ?? 0 };
    },
    listByReply: async (replies, since, limit) =>
      replies.length === 0
        ? []
        : many(`${WITH_VOTES} WHERE q.reply = ANY($1::text[]) AND q.asked_at >= $2 GROUP BY q.id ORDER BY q.asked_at DESC, q.id DESC LIMIT $3`, [
            replies,
            since,
            limit,
          ]),
    perDay: () =>
      db.rows<{ day: string; count: number }>(
        `SELECT to_char(to_timestamp(asked_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) AS count
         FROM questions GROUP BY day ORDER BY day`,
      ),
    votesByPassage: async () =>
      (
        await db.rows<{ article_id: string | null; article: string; heading: string | null; up: number; down: number }>(
          `SELECT q.article_id, q.article, q.heading, count(*) FILTER (WHERE v.vote = 1) AS up, count(*) FILTER (WHERE v.vote = -1) AS down
           FROM question_votes AS v JOIN questions AS q ON q.id = v.question_id
           WHERE q.article IS NOT NULL
           GROUP BY q.article_id, q.article, q.heading ORDER BY count(*) DESC, q.article COLLATE "C", q.heading COLLATE "C"`,
        )
      ).map((row): PassageVotes => ({ articleId: row.article_id, article: row.article, heading: row.heading, up: row.up, down: row.down })),
    worstRated: (limit) =>
      many(
        `SELECT * FROM (${WITH_VOTES} GROUP BY q.id) AS rated WHERE down > 0
         ORDER BY down::float8 / (up + down) DESC, down DESC, asked_at DESC LIMIT $1`,
        [limit],
      ),
    prune: (before) => db.run("DELETE FROM questions WHERE asked_at < $1", [before]),
  };
}
