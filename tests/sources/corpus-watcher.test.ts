import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { CORPUS_SOURCE_ID, createCorpusWatcher, type CorpusWatcherDeps, type LoadCorpus } from "../../src/sources/corpus-watcher.js";
import { silentLogger } from "../../src/log/logger.js";
import { createMemoryIngest } from "./helpers/memory-ingest.js";
import { createJsonCorpusLoader } from "./helpers/json-corpus-loader.js";
import { createCaptureLogger } from "./helpers/capture-logger.js";
import { createClock, createManualTimers } from "./helpers/clock.js";
import { waitFor } from "./helpers/wait-for.js";

const fixture = (name: string) => new URL(`./fixtures/corpus-json/${name}`, import.meta.url);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-corpus-"));
  await copyFile(fixture("iran-paranoia.json"), join(dir, "iran-paranoia.json"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(overrides: Partial<CorpusWatcherDeps> = {}) {
  const ingest = createMemoryIngest();
  const loader = createJsonCorpusLoader();
  const corpora: Corpus[] = [];
  /** How many ingest calls had happened when each corpus reached the search. */
  const ingestsBeforeCorpus: number[] = [];
  const timers = createManualTimers();
  const watcher = createCorpusWatcher({
    dir,
    timezone: "Asia/Baku",
    ingest,
    loadCorpus: loader,
    onCorpus: (corpus) => {
      corpora.push(corpus);
      ingestsBeforeCorpus.push(ingest.calls.length);
    },
    logger: silentLogger,
    settleMs: 0,
    watch: false,
    timers,
    ...overrides,
  });
  return { ingest, loader, corpora, ingestsBeforeCorpus, timers, watcher };
}

const dropPage = async (name: string, as = name) => copyFile(fixture(name), join(dir, as));

describe("corpus watcher", () => {
  test("the pages there at start are recorded and handed to the search, not pushed", async () => {
    const { ingest, corpora, watcher } = setup();
    await watcher.start();
    expect(corpora).toHaveLength(1);
    expect(corpora[0]?.articles.map((article) => article.title)).toEqual(["Iran’s growing paranoia toward Azerbaijan"]);
    expect(ingest.calls[0]?.items).toHaveLength(4);
    expect(ingest.delivered).toEqual([]);
    expect(await ingest.getSourceState(CORPUS_SOURCE_ID)).toMatchObject({ lastError: null, failures: 0 });
    await watcher.stop();
  });

  test("a search index still being built when the page lands is finished before its items are pushed", async () => {
    const ready: number[] = [];
    const { ingest, watcher } = setup({
      onCorpus: async (corpus) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        ready.push(ingest.calls.length);
        expect(corpus.articles.length).toBeGreaterThan(0);
      },
    });
    await watcher.start();
    await dropPage("zangezur-talks.json");
    await watcher.rescan();
    expect(ready).toEqual([0, 1]);
    expect(ingest.calls).toHaveLength(2);
    await watcher.stop();
  });

  test("a new page yields exactly its new headlines and sections, searchable before they are pushed", async () => {
    const { ingest, corpora, ingestsBeforeCorpus, watcher } = setup();
    await watcher.start();
    await dropPage("zangezur-talks.json");
    const scan = await watcher.rescan();

    expect(corpora.at(-1)?.articles).toHaveLength(2);
    expect(ingestsBeforeCorpus).toEqual([0, 1]);
    expect(scan.newItems.map((item) => [item.kind, item.title])).toEqual([
      ["headline", "EU monitors extend mission on Armenian-Azerbaijani border"],
      ["headline", "Nakhchivan railway reconstruction to start in spring"],
      ["section", "Baku and Yerevan resume talks on the Zangezur corridor"],
      ["section", "Customs and border checks"],
      ["section", "Iran watches closely"],
    ]);
    expect(scan.newItems[3]).toEqual({
      kind: "section",
      title: "Customs and border checks",
      article: "Baku and Yerevan resume talks on the Zangezur corridor",
      tag: null,
      subtitle: null,
      list: "REGION",
      url: "https://caliber.example/region/zangezur-talks",
      publishedAt: "2023-03-28T11:40:00+04:00",
      articleId: "a-zangezur-talks",
      sectionIndex: 1,
    });
    expect(scan.newItems[2]?.subtitle).toBe("Transport links back on the table");
    expect(ingest.delivered).toEqual(scan.newItems);
    await watcher.stop();
  });

  test("a changed page yields only what it gained", async () => {
    const { ingest, watcher } = setup();
    await watcher.start();
    const path = join(dir, "iran-paranoia.json");
    const page = JSON.parse(await readFile(path, "utf8"));
    page.articles[0].sections.push({ heading: "Potential consequences", paragraphs: ["Domestic turmoil in Iran adds complexity."] });
    page.headlines.push({ title: "Germany to buy 28 howitzers", tag: null, subtitle: null, publishedAt: "2023-03-27T17:49:00+04:00", list: "Latest news", url: null });
    await writeFile(path, JSON.stringify(page));

    const scan = await watcher.rescan();
    expect(scan.newItems.map((item) => [item.kind, item.title, item.sectionIndex])).toEqual([
      ["headline", "Germany to buy 28 howitzers", null],
      ["section", "Potential consequences", 2],
    ]);
    expect((await watcher.rescan()).reloaded).toBe(false);
    expect(ingest.delivered).toHaveLength(2);
    await watcher.stop();
  });

  test("hidden, temporary and backup files are ignored", async () => {
    const { ingest, loader, corpora, watcher } = setup();
    await watcher.start();
    for (const name of [".zangezur-talks.json.swp", "zangezur-talks.json.tmp", "zangezur-talks.json~", ".zangezur-talks.json"]) {
      await dropPage("zangezur-talks.json", name);
    }
    const scan = await watcher.rescan();
    expect(scan.reloaded).toBe(false);
    expect(loader.calls).toBe(1);
    expect(corpora).toHaveLength(1);
    expect(ingest.delivered).toEqual([]);
    await watcher.stop();
  });

  test("a bad page is reported once with its reason, and the good ones still arrive", async () => {
    const logger = createCaptureLogger();
    const { ingest, watcher } = setup({ logger });
    await watcher.start();
    await writeFile(join(dir, "broken.json"), '{"articles": [');
    await dropPage("zangezur-talks.json");

    const scan = await watcher.rescan();
    expect(scan.skipped).toEqual([{ file: "broken.json", reason: "not a page" }]);
    expect(scan.newItems).toHaveLength(5);
    expect((await ingest.getSourceState(CORPUS_SOURCE_ID))?.lastError).toBe("1 file skipped: broken.json (not a page)");

    await writeFile(join(dir, "zangezur-talks.json"), (await readFile(fixture("zangezur-talks.json"), "utf8")) + "\n");
    await watcher.rescan();
    const warnings = logger.entries.filter((entry) => entry.level === "warn" && entry.fields.file === "broken.json");
    expect(warnings).toHaveLength(1);
    await watcher.stop();
  });

  test("a loader failure is recorded and the next scan recovers", async () => {
    const real = createJsonCorpusLoader();
    let failing = false;
    const loadCorpus: LoadCorpus = async (folder, options) => {
      if (failing) throw new Error("EIO: i/o error, read");
      return real(folder, options);
    };
    const { ingest, watcher } = setup({ loadCorpus });
    await watcher.start();
    await dropPage("zangezur-talks.json");
    failing = true;
    await expect(watcher.rescan()).rejects.toThrow("EIO");
    expect(await ingest.getSourceState(CORPUS_SOURCE_ID)).toMatchObject({ lastError: "EIO: i/o error, read", failures: 1 });

    failing = false;
    expect((await watcher.rescan()).newItems).toHaveLength(5);
    expect(await ingest.getSourceState(CORPUS_SOURCE_ID)).toMatchObject({ lastError: null, failures: 0 });
    await watcher.stop();
  });

  test("a page modified a moment ago waits until it has settled", async () => {
    const clock = createClock("2023-03-28T08:00:00Z");
    const { ingest, timers, watcher } = setup({ settleMs: 1000, now: clock.now });
    await watcher.start();
    await dropPage("zangezur-talks.json");
    const written = new Date(clock.now());
    await utimes(join(dir, "zangezur-talks.json"), written, written);

    clock.advance(200);
    const early = await watcher.rescan();
    expect(early).toMatchObject({ reloaded: false, waiting: ["zangezur-talks.json"] });
    expect(timers.delays()).toContain(800);

    clock.advance(800);
    timers.runAll();
    await waitFor(() => ingest.delivered.length === 5);
    await watcher.stop();
  });

  test("a page dated ahead of our clock is not held back for ever", async () => {
    const clock = createClock("2023-03-28T08:00:00Z");
    const { ingest, watcher } = setup({ settleMs: 1000, now: clock.now });
    await watcher.start();
    await dropPage("zangezur-talks.json");
    const tomorrow = new Date("2023-03-29T08:00:00Z");
    await utimes(join(dir, "zangezur-talks.json"), tomorrow, tomorrow);
    expect((await watcher.rescan()).waiting).toEqual(["zangezur-talks.json"]);
    expect((await watcher.rescan()).newItems).toHaveLength(5);
    expect(ingest.delivered).toHaveLength(5);
    await watcher.stop();
  });

  test("without file events, the periodic rescan finds a new page", async () => {
    const { ingest, timers, watcher } = setup({ intervalMs: 30_000 });
    await watcher.start();
    expect(timers.delays()).toEqual([30_000]);
    await dropPage("zangezur-talks.json");
    timers.runAll();
    await waitFor(() => ingest.delivered.length === 5);
    expect(timers.delays()).toEqual([30_000]);
    await watcher.stop();
    expect(timers.scheduled.size).toBe(0);
  });

  test("with file events, a dropped page arrives without any rescan call", async () => {
    const { ingest, corpora, watcher } = setup({ watch: true, timers: undefined, debounceMs: 20, intervalMs: 3_600_000 });
    await watcher.start();
    await dropPage("zangezur-talks.json");
    await waitFor(() => ingest.delivered.length === 5);
    expect(corpora).toHaveLength(2);
    await watcher.stop();
  });

  test("a page added while the bot was down is pushed at the next start", async () => {
    const first = setup();
    await first.watcher.start();
    await first.watcher.stop();
    await dropPage("zangezur-talks.json");

    const second = createCorpusWatcher({
      dir,
      timezone: "Asia/Baku",
      ingest: first.ingest,
      loadCorpus: createJsonCorpusLoader(),
      onCorpus: () => {},
      logger: silentLogger,
      watch: false,
      timers: createManualTimers(),
    });
    await second.start();
    expect(first.ingest.delivered.map((item) => item.title)).toContain("Iran watches closely");
    expect(first.ingest.delivered).toHaveLength(5);
    await second.stop();
  });
});
