import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCorpusSave } from "../../src/saved-index/corpus-save.js";
import { createParsePool } from "../../src/parse-workers/parse-pool.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { silentLogger } from "../../src/log/logger.js";
import { fixture } from "../corpus/helpers/paths.js";
import { indexCorpus } from "../../src/search/engine.js";
import type { InvertedIndex } from "../../src/search/inverted-index.js";
import { testArticle } from "../search/helpers/articles.js";

const OPTIONS = { timezone: "Asia/Baku" };

/** An index as plain arrays, to compare two builds value for value. */
const plain = (index: InvertedIndex) => ({
  terms: index.terms,
  docs: Array.from(index.postings.docs),
  freqs: Array.from(index.postings.freqs),
  lengths: Array.from(index.lengths),
});

let dir: string;
let dataDir: string;
let poolsOpened: number;
const openPool = () => {
  poolsOpened++;
  return createParsePool({ size: 2, settings: SEARCH_DEFAULTS, logger: silentLogger });
};

async function addPages(count: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) await copyFile(fixture("pages/black-sea-power-cable.txt"), join(dir, `page-${String(i).padStart(4, "0")}.txt`));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-pool-corpus-"));
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-pool-data-"));
  poolsOpened = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe("a corpus save with a parse pool", () => {
  it("parses a cold start of many files on the pool and hands their counts to one index build", async () => {
    await addPages(200);
    const save = createCorpusSave({ dataDir, logger: silentLogger, parsePool: openPool });
    const { corpus } = await save.load(dir, OPTIONS);
    expect(poolsOpened).toBe(1);
    expect(corpus.articles).toHaveLength(200);
    expect(save.takeGivenTerms()?.articles.size).toBe(200);
    expect(save.takeGivenTerms()).toBeUndefined();
  });

  it("hands counts that serve a corpus holding more than the load (the bot's adds feed stories): the index is the one from the text", async () => {
    await addPages(200);
    const save = createCorpusSave({ dataDir, logger: silentLogger, parsePool: openPool });
    const { corpus } = await save.load(dir, OPTIONS);
    const story = testArticle("feed-story", "2026-02-01T09:00:00+04:00", [{ heading: null, paragraphs: ["A feed's story about the Black Sea power cable and its route."] }]);
    const withStories = { articles: [story, ...corpus.articles], headlines: corpus.headlines };
    const given = save.takeGivenTerms();
    expect(given?.articles.size).toBe(200);
    expect(plain(indexCorpus(withStories, SEARCH_DEFAULTS, given))).toEqual(plain(indexCorpus(withStories)));
  });

  it("parses a few new files in this thread, with no counts to hand", async () => {
    await addPages(200);
    const save = createCorpusSave({ dataDir, logger: silentLogger, parsePool: openPool });
    await save.load(dir, OPTIONS);
    await addPages(3, 200);
    const { parsed } = await save.load(dir, OPTIONS);
    expect(parsed).toHaveLength(3);
    expect(poolsOpened).toBe(1);
    expect(save.takeGivenTerms()).toBeUndefined();
  });
});
