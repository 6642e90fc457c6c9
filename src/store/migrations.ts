import type { Logger } from "../log/logger.js";
import type { SqliteDatabase } from "./open-database.js";

/**
 * One step of the schema. Versions only go up (1, 2, 3...; a number may be left out, as when steps are written on
 * parallel branches), and a released step is never edited, only followed.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: "subscribers, follows, sources, items, outbox",
    sql: `
      CREATE TABLE subscribers (
        chat_id        INTEGER PRIMARY KEY,
        thread_id      INTEGER,
        chat_type      TEXT    NOT NULL,
        mode           TEXT    NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'instant', 'daily')),
        digest_minutes INTEGER NOT NULL CHECK (digest_minutes BETWEEN 0 AND 1439),
        timezone       TEXT    NOT NULL,
        quiet_start    INTEGER CHECK (quiet_start BETWEEN 0 AND 1439),
        quiet_end      INTEGER CHECK (quiet_end BETWEEN 0 AND 1439),
        active         INTEGER NOT NULL DEFAULT 1,
        last_digest_at INTEGER,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      );
      CREATE INDEX subscribers_by_mode ON subscribers (active, mode);

      CREATE TABLE follows (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL REFERENCES subscribers (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
        query      TEXT    NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (chat_id, query)
      );

      CREATE TABLE sources (
        name            TEXT PRIMARY KEY,
        primed_at       INTEGER,
        etag            TEXT,
        last_modified   TEXT,
        last_poll_at    TEXT,
        last_success_at TEXT,
        last_error      TEXT,
        failures        INTEGER NOT NULL DEFAULT 0,
        next_poll_at    TEXT
      );

      CREATE TABLE items (
        id            INTEGER PRIMARY KEY,
        source        TEXT    NOT NULL,
        kind          TEXT    NOT NULL CHECK (kind IN ('headline', 'section')),
        title         TEXT    NOT NULL,
        article       TEXT,
        tag           TEXT,
        subtitle      TEXT,
        list          TEXT    NOT NULL,
        url           TEXT,
        published_at  TEXT    NOT NULL,
        article_id    TEXT,
        section_index INTEGER,
        title_key     TEXT    NOT NULL UNIQUE,
        link_key      TEXT    UNIQUE,
        history       INTEGER NOT NULL DEFAULT 0,
        seen_at       INTEGER NOT NULL
      );
      CREATE INDEX items_by_seen ON items (seen_at);

      CREATE TABLE outbox (
        id         INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        thread_id  INTEGER,
        purpose    TEXT    NOT NULL CHECK (purpose IN ('push', 'digest')),
        subject    TEXT    NOT NULL,
        item_id    INTEGER REFERENCES items (id),
        text       TEXT    NOT NULL,
        buttons    TEXT    NOT NULL DEFAULT '[]',
        status     TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        not_before INTEGER NOT NULL,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        sent_at    INTEGER,
        UNIQUE (chat_id, purpose, subject)
      );
      CREATE INDEX outbox_due ON outbox (status, not_before, id);
      CREATE INDEX outbox_by_update ON outbox (status, updated_at);
    `,
  },
  {
    version: 2,
    name: "telegram holds: 429 windows kept across restarts",
    sql: `
      CREATE TABLE telegram_holds (
        scope    TEXT    PRIMARY KEY,
        until_ms INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: "feed stories: articles read from feeds and their pages, page fetch state",
    sql: `
      CREATE TABLE feed_stories (
        story_key     TEXT    PRIMARY KEY,
        feed          TEXT    NOT NULL,
        url           TEXT,
        headline      TEXT    NOT NULL,
        article       TEXT,
        etag          TEXT,
        last_modified TEXT,
        fetched_at    INTEGER,
        failures      INTEGER NOT NULL DEFAULT 0,
        next_fetch_at INTEGER,
        last_error    TEXT,
        listed_at     INTEGER NOT NULL
      );
      CREATE INDEX feed_stories_due ON feed_stories (next_fetch_at) WHERE next_fetch_at IS NOT NULL;
      CREATE INDEX feed_stories_by_listing ON feed_stories (listed_at);
    `,
  },
  {
    version: 4,
    name: "outbox: burst entries, fair turns, reach per item",
    // `turn` starts at not_before and moves to the send time of the chat's last message, so ordering by it
    // serves every chat's first waiting message before anyone's second; turn >= not_before always, so the
    // bound `turn <= now` keeps rows waiting for quiet hours out of the scan. A chat's own rows (the candidates
    // for one message, and the turns moved after a send) are read through outbox_by_chat, never a scan.
    sql: `
      ALTER TABLE outbox ADD COLUMN entry TEXT;
      ALTER TABLE outbox ADD COLUMN turn INTEGER NOT NULL DEFAULT 0;
      UPDATE outbox SET turn = not_before;
      CREATE INDEX outbox_by_turn ON outbox (status, turn, id);
      CREATE INDEX outbox_by_chat ON outbox (chat_id, status, turn, id);
      CREATE INDEX outbox_by_item ON outbox (item_id);
    `,
  },
  {
    version: 5,
    name: "questions and their votes, for the editors' console",
    // No user name and no chat id: chat_hash and voter_hash are keyed hashes (HMAC) of the ids. A vote is one row
    // per reader and question, changed in place; it goes with its question when retention deletes that.
    sql: `
      CREATE TABLE questions (
        id           INTEGER PRIMARY KEY,
        asked_at     INTEGER NOT NULL,
        chat_hash    TEXT    NOT NULL,
        text         TEXT    NOT NULL,
        reply        TEXT    NOT NULL CHECK (reply IN ('answer', 'related', 'not_found', 'small_talk')),
        article_id   TEXT,
        article      TEXT,
        heading      TEXT,
        excerpt      TEXT,
        score        REAL,
        language     TEXT    NOT NULL CHECK (language IN ('en', 'ru', 'az'))
      );
      CREATE INDEX questions_by_time ON questions (asked_at);

      CREATE TABLE question_votes (
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        voter_hash  TEXT    NOT NULL,
        vote        INTEGER NOT NULL CHECK (vote IN (1, -1)),
        reason      TEXT    CHECK (reason IN ('wrong_article', 'missing', 'outdated')),
        voted_at    INTEGER NOT NULL,
        PRIMARY KEY (question_id, voter_hash)
      );
    `,
  },
  {
    version: 6,
    name: "chat languages: the language each chat is spoken to in",
    // A chat that only asks questions has no subscriber row, yet its language must last (a /language choice, and
    // the language its pushes go in once it subscribes): the setting has its own row per chat.
    sql: `
      CREATE TABLE chat_languages (
        chat_id    INTEGER PRIMARY KEY,
        language   TEXT    NOT NULL CHECK (language IN ('en', 'ru', 'az')),
        chosen     INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      );
    `,
  },
]);

/** The version a database is at once every migration has run. */
export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings the database to the latest version, each step in its own transaction together with its
 * version number (SQLite's user_version), so that a crash mid-way leaves a database at a known version.
 */
export function applyMigrations(
  db: SqliteDatabase,
  migrations: readonly Migration[],
  logger: Logger,
): { from: number; to: number } {
  migrations.forEach((migration, index) => {
    const previous = index === 0 ? 0 : migrations[index - 1]!.version;
    if (migration.version <= previous) throw new Error(`migration ${migration.name} is out of order`);
  });
  const from = db.pragma("user_version", { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`the database is at schema version ${from}, newer than this build knows (${latest})`);
  }
  for (const migration of migrations.filter((m) => m.version > from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    logger.info({ version: migration.version, name: migration.name }, "database migrated");
  }
  return { from, to: latest };
}
