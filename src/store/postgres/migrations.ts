import type pg from "pg";
import type { Logger } from "../../log/logger.js";
import type { Migration } from "../migrations.js";

/**
 * PostgreSQL's own schema steps, kept in `schema_migrations`. Version 1 is the whole schema SQLite reached in its
 * six steps, with the same tables and columns (so a SQLite store copies over column by column): 64-bit ids and
 * epoch-ms times as BIGINT, flags as BOOLEAN. A released step is never edited, only followed.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: "subscribers, follows, sources, items, outbox, holds, feed stories, questions, chat languages, corpus pages",
    sql: `
      CREATE TABLE subscribers (
        chat_id        BIGINT  PRIMARY KEY,
        thread_id      BIGINT,
        chat_type      TEXT    NOT NULL,
        mode           TEXT    NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'instant', 'daily')),
        digest_minutes INTEGER NOT NULL CHECK (digest_minutes BETWEEN 0 AND 1439),
        timezone       TEXT    NOT NULL,
        quiet_start    INTEGER CHECK (quiet_start BETWEEN 0 AND 1439),
        quiet_end      INTEGER CHECK (quiet_end BETWEEN 0 AND 1439),
        active         BOOLEAN NOT NULL DEFAULT TRUE,
        last_digest_at BIGINT,
        created_at     BIGINT  NOT NULL,
        updated_at     BIGINT  NOT NULL
      );
      CREATE INDEX subscribers_by_mode ON subscribers (active, mode);

      CREATE TABLE follows (
        id         BIGSERIAL PRIMARY KEY,
        chat_id    BIGINT NOT NULL REFERENCES subscribers (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
        query      TEXT   NOT NULL,
        created_at BIGINT NOT NULL,
        UNIQUE (chat_id, query)
      );

      CREATE TABLE sources (
        name            TEXT PRIMARY KEY,
        primed_at       BIGINT,
        etag            TEXT,
        last_modified   TEXT,
        last_poll_at    TEXT,
        last_success_at TEXT,
        last_error      TEXT,
        failures        INTEGER NOT NULL DEFAULT 0,
        next_poll_at    TEXT
      );

      CREATE TABLE items (
        id            BIGSERIAL PRIMARY KEY,
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
        history       BOOLEAN NOT NULL DEFAULT FALSE,
        seen_at       BIGINT  NOT NULL
      );
      CREATE INDEX items_by_seen ON items (seen_at);

      -- turn starts at not_before and moves to the send time of the chat's last message, so ordering by it serves
      -- every chat's first waiting message before anyone's second; turn >= not_before keeps rows waiting for quiet
      -- hours out of the scan. A chat's own rows are read through outbox_by_chat, never a scan.
      CREATE TABLE outbox (
        id         BIGSERIAL PRIMARY KEY,
        chat_id    BIGINT  NOT NULL,
        thread_id  BIGINT,
        purpose    TEXT    NOT NULL CHECK (purpose IN ('push', 'digest')),
        subject    TEXT    NOT NULL,
        item_id    BIGINT  REFERENCES items (id),
        text       TEXT    NOT NULL,
        buttons    TEXT    NOT NULL DEFAULT '[]',
        status     TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        not_before BIGINT  NOT NULL,
        last_error TEXT,
        created_at BIGINT  NOT NULL,
        updated_at BIGINT  NOT NULL,
        sent_at    BIGINT,
        entry      TEXT,
        turn       BIGINT  NOT NULL DEFAULT 0,
        UNIQUE (chat_id, purpose, subject)
      );
      CREATE INDEX outbox_due ON outbox (status, not_before, id);
      CREATE INDEX outbox_by_update ON outbox (status, updated_at);
      CREATE INDEX outbox_by_turn ON outbox (status, turn, id);
      CREATE INDEX outbox_by_chat ON outbox (chat_id, status, turn, id);
      CREATE INDEX outbox_by_item ON outbox (item_id);

      CREATE TABLE telegram_holds (
        scope    TEXT   PRIMARY KEY,
        until_ms BIGINT NOT NULL
      );

      CREATE TABLE feed_stories (
        story_key     TEXT    PRIMARY KEY,
        feed          TEXT    NOT NULL,
        url           TEXT,
        headline      TEXT    NOT NULL,
        article       TEXT,
        etag          TEXT,
        last_modified TEXT,
        fetched_at    BIGINT,
        failures      INTEGER NOT NULL DEFAULT 0,
        next_fetch_at BIGINT,
        last_error    TEXT,
        listed_at     BIGINT  NOT NULL
      );
      CREATE INDEX feed_stories_due ON feed_stories (next_fetch_at) WHERE next_fetch_at IS NOT NULL;
      CREATE INDEX feed_stories_by_listing ON feed_stories (listed_at);

      -- No user name and no chat id: chat_hash and voter_hash are keyed hashes (HMAC) of the ids.
      CREATE TABLE questions (
        id         BIGSERIAL PRIMARY KEY,
        asked_at   BIGINT NOT NULL,
        chat_hash  TEXT   NOT NULL,
        text       TEXT   NOT NULL,
        reply      TEXT   NOT NULL CHECK (reply IN ('answer', 'related', 'not_found', 'small_talk')),
        article_id TEXT,
        article    TEXT,
        heading    TEXT,
        excerpt    TEXT,
        score      DOUBLE PRECISION,
        language   TEXT   NOT NULL CHECK (language IN ('en', 'ru', 'az'))
      );
      CREATE INDEX questions_by_time ON questions (asked_at);

      CREATE TABLE question_votes (
        question_id BIGINT   NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        voter_hash  TEXT     NOT NULL,
        vote        SMALLINT NOT NULL CHECK (vote IN (1, -1)),
        reason      TEXT     CHECK (reason IN ('wrong_article', 'missing', 'outdated')),
        voted_at    BIGINT   NOT NULL,
        PRIMARY KEY (question_id, voter_hash)
      );

      CREATE TABLE chat_languages (
        chat_id    BIGINT  PRIMARY KEY,
        language   TEXT    NOT NULL CHECK (language IN ('en', 'ru', 'az')),
        chosen     BOOLEAN NOT NULL DEFAULT FALSE,
        updated_at BIGINT  NOT NULL
      );

      CREATE TABLE corpus_pages (key TEXT PRIMARY KEY, body TEXT NOT NULL, hash TEXT NOT NULL, updated_at BIGINT NOT NULL);
    `,
  },
]);

/**
 * The advisory lock migrations run under (an arbitrary fixed key, "news" in ASCII), so that two instances
 * starting at once do not both migrate: the second waits, then finds nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 0x6e657773;

/**
 * Brings the database to the latest version, each step in its own transaction with its row in schema_migrations,
 * so that a crash mid-way leaves a database at a known version. A database newer than this build is refused.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  migrations: readonly Migration[],
  deps: { logger: Logger; now: () => number },
): Promise<{ from: number; to: number }> {
  migrations.forEach((migration, index) => {
    const previous = index === 0 ? 0 : migrations[index - 1]!.version;
    if (migration.version <= previous) throw new Error(`migration ${migration.name} is out of order`);
  });
  const latest = migrations.at(-1)?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version    INTEGER PRIMARY KEY,
           name       TEXT    NOT NULL,
           applied_at BIGINT  NOT NULL
         )`,
      );
      const found = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_migrations");
      const from = found.rows[0]?.version ?? 0;
      if (from > latest) throw new Error(`the database is at schema version ${from}, newer than this build knows (${latest})`);
      for (const migration of migrations.filter((m) => m.version > from)) {
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
            migration.version,
            migration.name,
            deps.now(),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
        deps.logger.info({ version: migration.version, name: migration.name }, "database migrated");
      }
      return { from, to: latest };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
