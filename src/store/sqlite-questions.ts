import type { SqliteDatabase } from "./open-database.js";
import type { Synchronous } from "./types.js";
import type { PassageVotes, QuestionStore } from "./question-types.js";
import { likePattern } from "./like-pattern.js";
import { questionRowFrom, type QuestionColumns } from "./rows/question-row.js";

/** A question with its vote counts and reasons, from the votes of every reader. */
const WITH_VOTES = `
  SELECT q.*, coalesce(sum(v.vote = 1), 0) AS up, coalesce(sum(v.vote = -1), 0) AS down, group_concat(v.reason) AS reasons
  FROM questions AS q LEFT JOIN question_votes AS v ON v.question_id = q.id`;

export function createSqliteQuestions(db: SqliteDatabase): Synchronous<QuestionStore> {
  const insert = db.prepare(
    `INSERT INTO questions (asked_at, chat_hash, text, reply, article_id, article, heading, excerpt, score, language)
     VALUES (@askedAt, @chatHash, @text, @reply, @articleId, @article, @heading, @excerpt, @score, @language)`,
  );
  const exists = db.prepare<[number], { id: number }>("SELECT id FROM questions WHERE id = ?");
  const upsertVote = db.prepare(
    `INSERT INTO question_votes (question_id, voter_hash, vote, reason, voted_at) VALUES (?, ?, ?, NULL, ?)
     ON CONFLICT (question_id, voter_hash) DO UPDATE SET vote = excluded.vote,
       reason = CASE WHEN excluded.vote = 1 THEN NULL ELSE question_votes.reason END, voted_at = excluded.voted_at`,
  );
  const reason = db.prepare(
    "UPDATE question_votes SET reason = ?, voted_at = ? WHERE question_id = ? AND voter_hash = ? AND vote = -1",
  );
  const one = db.prepare<[number], QuestionColumns>(`${WITH_VOTES} WHERE q.id = ? GROUP BY q.id`);
  const page = db.prepare<[string, number, number], QuestionColumns>(
    `${WITH_VOTES} WHERE q.text LIKE ? ESCAPE '\\' GROUP BY q.id ORDER BY q.asked_at DESC, q.id DESC LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[string], { total: number }>("SELECT count(*) AS total FROM questions WHERE text LIKE ? ESCAPE '\\'");
  const perDay = db.prepare<[], { day: string; count: number }>(
    "SELECT date(asked_at / 1000, 'unixepoch') AS day, count(*) AS count FROM questions GROUP BY day ORDER BY day",
  );
  const byPassage = db.prepare<[], { article_id: string | null; article: string; heading: string | null; up: number; down: number }>(
    `SELECT q.article_id, q.article, q.heading, sum(v.vote = 1) AS up, sum(v.vote = -1) AS down
     FROM question_votes AS v JOIN questions AS q ON q.id = v.question_id
     WHERE q.article IS NOT NULL
     GROUP BY q.article_id, q.article, q.heading ORDER BY count(*) DESC, q.article, q.heading`,
  );
  const worst = db.prepare<[number], QuestionColumns>(
    `SELECT * FROM (${WITH_VOTES} GROUP BY q.id) WHERE down > 0
     ORDER BY CAST(down AS REAL) / (up + down) DESC, down DESC, asked_at DESC LIMIT ?`,
  );
  const prune = db.prepare("DELETE FROM questions WHERE asked_at < ?");

  return {
    add: (draft) =>
      Number(
        insert.run({
          askedAt: draft.askedAt,
          chatHash: draft.chatHash,
          text: draft.text,
          reply: draft.reply,
          articleId: draft.passage?.articleId ?? null,
          article: draft.passage?.article ?? null,
          heading: draft.passage?.heading ?? null,
          excerpt: draft.passage?.excerpt ?? null,
          score: draft.passage?.score ?? null,
          language: draft.language,
        }).lastInsertRowid,
      ),
    vote: (questionId, voterHash, vote, now) => {
      if (!exists.get(questionId)) return false;
      upsertVote.run(questionId, voterHash, vote, now);
      return true;
    },
    setReason: (questionId, voterHash, why, now) => reason.run(why, now, questionId, voterHash).changes > 0,
    get: (id) => {
      const row = one.get(id);
      return row ? questionRowFrom(row) : null;
    },
    latest: ({ search, limit, offset }) => {
      const pattern = likePattern(search?.trim() ?? "");
      return { rows: page.all(pattern, limit, offset).map(questionRowFrom), total: count.get(pattern)?.total ?? 0 };
    },
    listByReply: (replies, since, limit) => {
      if (replies.length === 0) return [];
      const marks = replies.map(() => "?").join(", ");
      const rows = db
        .prepare<unknown[], QuestionColumns>(
          `${WITH_VOTES} WHERE q.reply IN (${marks}) AND q.asked_at >= ? GROUP BY q.id ORDER BY q.asked_at DESC, q.id DESC LIMIT ?`,
        )
        .all(...replies, since, limit);
      return rows.map(questionRowFrom);
    },
    perDay: () => perDay.all(),
    votesByPassage: () =>
      byPassage.all().map((row): PassageVotes => ({ articleId: row.article_id, article: row.article, heading: row.heading, up: row.up, down: row.down })),
    worstRated: (limit) => worst.all(limit).map(questionRowFrom),
    // Read oldest first, so that each chat's latest question is the one kept.
    prune: (before) => prune.run(before).changes,
  };
}
