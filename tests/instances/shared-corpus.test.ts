import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { silentLogger } from "../../src/log/logger.js";
import { CORPUS_PAGES_DDL, createSharedCorpus, type CorpusChange, type SharedCorpus } from "../../src/instances/shared-corpus.js";
import { newPostgresDatabase } from "../support/postgres.js";
import { waitUntil } from "../delivery/helpers/wait-until.js";
import { fixtureCorpus } from "./helpers/fixture-corpus.js";

const QUICK = { retryMs: 100, heartbeatMs: 200, heartbeatTimeoutMs: 1_000 };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database with the table as the migrations make it, and a pool of its own for each instance's side. */
async function database(): Promise<{ url: string; pool: (name: string) => pg.Pool }> {
  const url = newPostgresDatabase();
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(CORPUS_PAGES_DDL);
  await setup.end();
  const pool = (name: string) => {
    const made = new pg.Pool({ connectionString: url, application_name: name });
    cleanups.push(() => made.end());
    return made;
  };
  return { url, pool };
}

function shared(pool: pg.Pool, now = Date.now): SharedCorpus {
  const corpus = createSharedCorpus({ pool, logger: silentLogger, now, ...QUICK });
  cleanups.push(() => corpus.close());
  return corpus;
}

/** A listener that keeps what it heard; `heard("feeds")` waits until that notice came. */
async function listening(corpus: SharedCorpus) {
  const heard: CorpusChange[] = [];
  await corpus.listen((what) => heard.push(what));
  return { heard, count: (what: CorpusChange) => heard.filter((one) => one === what).length };
}

function edited(corpus: Corpus): { corpus: Corpus; changed: Article; removed: Article } {
  const [changed, removed, ...rest] = corpus.articles as [Article, Article, ...Article[]];
  const sections = [{ heading: changed.sections[0]!.heading, paragraphs: [...changed.sections[0]!.paragraphs, "A paragraph the editors added."] }, ...changed.sections.slice(1)];
  return { corpus: { articles: [{ ...changed, sections }, ...rest], headlines: corpus.headlines }, changed, removed };
}

describe("the corpus shared through PostgreSQL", () => {
  it("gives back exactly what was published, in its order", async () => {
    const { pool } = await database();
    const leader = shared(pool("leader"));
    const corpus = await fixtureCorpus();
    expect(await leader.loadFiles()).toStrictEqual({ articles: [], headlines: [] });
    expect(await leader.publishFiles(corpus)).toEqual({ written: corpus.articles.length + corpus.headlines.length, removed: 0 });
    const standby = shared(pool("standby"));
    expect(await standby.loadFiles()).toStrictEqual(corpus);
  });

  it("writes only the pages that changed and removes the ones gone", async () => {
    const { pool } = await database();
    let clock = 1_000;
    const leaderPool = pool("leader");
    const leader = shared(leaderPool, () => clock);
    const corpus = await fixtureCorpus();
    await leader.publishFiles(corpus);
    clock = 2_000;
    const next = edited(corpus);
    expect(await leader.publishFiles(next.corpus)).toEqual({ written: 1, removed: 1 });
    expect(await leader.loadFiles()).toStrictEqual(next.corpus);
    const times = await leaderPool.query<{ key: string; updated_at: string }>("SELECT key, updated_at FROM corpus_pages WHERE updated_at = '2000' AND key <> 'order'");
    expect(times.rows.map((row) => row.key)).toEqual([`article:${next.changed.id}`]);
    expect(await leader.publishFiles(next.corpus)).toEqual({ written: 0, removed: 0 });
  });

  it("tells a listener on another pool of published files and announced feeds, and of nothing when nothing changed", async () => {
    const { pool } = await database();
    const leader = shared(pool("leader"));
    const standby = await listening(shared(pool("standby")));
    const corpus = await fixtureCorpus();
    await leader.publishFiles(corpus);
    await waitUntil(() => standby.count("files") === 1, "the files notice");
    // Notices come in commit order: once "feeds" is heard, a notice of the unchanged publication would have come.
    await leader.publishFiles(corpus);
    await leader.announceFeeds();
    await waitUntil(() => standby.count("feeds") === 1, "the feeds notice");
    expect(standby.heard).toEqual(["files", "feeds"]);
  });

  it("listens again after its connection is terminated, and reports both kinds it may have missed", async () => {
    const { pool } = await database();
    const leader = shared(pool("leader"));
    const standby = await listening(shared(pool("standby-listener")));
    const terminated = await pool("admin").query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'standby-listener'");
    expect(terminated.rowCount).toBe(1);
    await waitUntil(() => standby.heard.length === 2, "the reports after reconnecting", 10_000);
    expect(standby.heard).toEqual(["files", "feeds"]);

    await leader.publishFiles(await fixtureCorpus());
    await waitUntil(() => standby.count("files") === 2, "the files notice on the new connection");
    expect(standby.heard).toEqual(["files", "feeds", "files"]);
  });

  it("tells nothing of a publication that was rolled back, and keeps the corpus as it was", async () => {
    const { pool } = await database();
    const leaderPool = pool("leader");
    const leader = shared(leaderPool);
    const standby = await listening(shared(pool("standby")));
    const corpus = await fixtureCorpus();
    await leader.publishFiles(corpus);
    await waitUntil(() => standby.count("files") === 1, "the first files notice");
    // A check at commit, after the notice was queued: only a notice sent inside the transaction is dropped with it.
    await leaderPool.query(`
      CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.body LIKE '%added.%' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NEW; END $$;
      CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT OR UPDATE ON corpus_pages
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();`);
    await expect(leader.publishFiles(edited(corpus).corpus)).rejects.toThrow("refused at commit");
    await leader.announceFeeds();
    await waitUntil(() => standby.count("feeds") === 1, "the feeds notice");
    expect(standby.heard).toEqual(["files", "feeds"]);
    expect(await leader.loadFiles()).toStrictEqual(corpus);
  });

  it("opens a pool of its own from a URL, and closes it with its listeners", async () => {
    const { url, pool } = await database();
    const corpus = createSharedCorpus({ url, logger: silentLogger, ...QUICK });
    const heard: CorpusChange[] = [];
    await corpus.listen((what) => heard.push(what));
    await corpus.publishFiles(await fixtureCorpus());
    await waitUntil(() => heard.length === 1, "the files notice");
    await corpus.close();
    // A closed connection's server process may take a moment to leave pg_stat_activity.
    const admin = pool("admin");
    let left = -1;
    for (let tries = 0; tries < 100 && left !== 0; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
      left = rows[0]!.n;
    }
    expect(left).toBe(0);
  });

  it("lets two publishers of one corpus write it once between them (a leader stepping down and the next)", async () => {
    const { pool } = await database();
    const [a, b] = [shared(pool("old-leader")), shared(pool("new-leader"))];
    const corpus = await fixtureCorpus();
    const results = await Promise.all([a.publishFiles(corpus), b.publishFiles(corpus)]);
    expect(results.map((result) => result.written).sort((x, y) => x - y)).toEqual([0, corpus.articles.length + corpus.headlines.length]);
    expect(await a.loadFiles()).toStrictEqual(corpus);
  });

  it("refuses to listen on an unreachable database, naming it without its password", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const corpus = createSharedCorpus({ url: `postgres://newsdesk:s3cret-pass@127.0.0.1:${port}/newsdesk`, logger: silentLogger, ...QUICK });
    cleanups.push(() => corpus.close());
    const failure = await corpus.listen(() => undefined).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/^could not listen for corpus changes \(PostgreSQL at postgres:\/\/\*\*\*@127\.0\.0\.1:\d+\/newsdesk\): .*ECONNREFUSED/);
    expect(failure?.message).not.toContain("s3cret");
  });

  it("refuses a channel that is not an SQL identifier", () => {
    expect(() => createSharedCorpus({ url: "postgres://127.0.0.1/x", logger: silentLogger, channel: "corpus; DROP TABLE corpus_pages" })).toThrow(/SQL identifier/);
  });
});
