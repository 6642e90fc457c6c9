import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCorpusSave } from "../../src/saved-index/corpus-save.js";
import { createParsePool } from "../../src/parse-workers/parse-pool.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";
import { silentLogger } from "../../src/log/logger.js";
import { fixture } from "../corpus/helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };

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
    expect(save.takeGivenTerms(corpus)?.articles.size).toBe(200);
    expect(save.takeGivenTerms(corpus)).toBeUndefined();
  });

  it("parses a few new files in this thread, with no counts to hand", async () => {
    await addPages(200);
    const save = createCorpusSave({ dataDir, logger: silentLogger, parsePool: openPool });
    await save.load(dir, OPTIONS);
    await addPages(3, 200);
    const { corpus, parsed } = await save.load(dir, OPTIONS);
    expect(parsed).toHaveLength(3);
    expect(poolsOpened).toBe(1);
    expect(save.takeGivenTerms(corpus)).toBeUndefined();
  });
});
