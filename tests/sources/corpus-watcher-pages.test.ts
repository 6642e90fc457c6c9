import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { loadCorpus } from "../../src/corpus/file-parts.js";
import { createCorpusWatcher } from "../../src/sources/corpus-watcher.js";
import { CORPUS_ERRORS } from "../../src/corpus/errors.js";
import type { Logger } from "../../src/log/logger.js";
import { silentLogger } from "../../src/log/logger.js";
import { createCaptureLogger } from "./helpers/capture-logger.js";
import { createMemoryIngest } from "./helpers/memory-ingest.js";
import { createManualTimers } from "./helpers/clock.js";

/** The watcher with the project's own page loader, on the seed page and a second page of the same site. */
const SEED_PAGE = new URL("../../corpus/irans-growing-paranoia-toward-azerbaijan.txt", import.meta.url);
const NEW_PAGE = new URL("./fixtures/corpus/zangezur-corridor-talks.txt", import.meta.url);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-pages-"));
  await copyFile(SEED_PAGE, join(dir, "irans-growing-paranoia-toward-azerbaijan.txt"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function startWatcher(logger: Logger = silentLogger) {
  const ingest = createMemoryIngest();
  const corpora: Corpus[] = [];
  const watcher = createCorpusWatcher({
    dir,
    timezone: "Asia/Baku",
    ingest,
    loadCorpus,
    onCorpus: (corpus) => {
      corpora.push(corpus);
    },
    logger,
    settleMs: 0,
    watch: false,
    timers: createManualTimers(),
  });
  await watcher.start();
  return { ingest, corpora, watcher };
}

describe("corpus watcher on site pages", () => {
  test("a new page pushes its new headlines and its sections; headlines the seed page lists are not pushed again", async () => {
    const { ingest, corpora, watcher } = await startWatcher();
    expect(ingest.delivered).toEqual([]);
    expect(corpora[0]?.articles).toHaveLength(1);

    await copyFile(NEW_PAGE, join(dir, "zangezur-corridor-talks.txt"));
    const scan = await watcher.rescan();

    expect(scan.newItems.map((item) => [item.kind, item.title, item.list])).toEqual([
      ["headline", "EU monitors extend mission on Armenian-Azerbaijani border", "Read also"],
      ["headline", "Nakhchivan railway reconstruction to start in spring", "Read also"],
      ["headline", "Georgian parliament debates foreign agents bill", "Latest news"],
      ["section", "Baku and Yerevan resume talks on the Zangezur corridor", "REGION"],
      ["section", "Customs and border checks", "REGION"],
      ["section", "Iran watches closely", "REGION"],
    ]);
    expect(scan.newItems[1]).toMatchObject({ subtitle: "Analysis by Reuters", publishedAt: "2023-03-28T08:50:00+04:00" });
    expect(scan.newItems[4]).toMatchObject({ article: "Baku and Yerevan resume talks on the Zangezur corridor", sectionIndex: 1 });
    expect(corpora.at(-1)?.articles.map((article) => article.title)).toContain("Baku and Yerevan resume talks on the Zangezur corridor");
    await watcher.stop();
  });

  test("a section added to a page is pushed alone", async () => {
    await copyFile(NEW_PAGE, join(dir, "zangezur-corridor-talks.txt"));
    const { ingest, watcher } = await startWatcher();
    const path = join(dir, "zangezur-corridor-talks.txt");
    const page = await readFile(path, "utf8");
    const added = page.replace(
      "\n\n    Subscribe to our Telegram channel",
      "\n    Next round in April\n\n    The sides agreed to meet again in April, the EU's special representative said after the talks.\n\n\n    Subscribe to our Telegram channel",
    );
    await writeFile(path, added);

    const scan = await watcher.rescan();
    expect(scan.newItems.map((item) => [item.kind, item.title, item.sectionIndex])).toEqual([["section", "Next round in April", 3]]);
    expect(ingest.delivered).toHaveLength(1);
    await watcher.stop();
  });

  test("an empty page and a binary file are skipped with their reasons, and nothing else changes", async () => {
    const { ingest, corpora, watcher } = await startWatcher();
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

    const scan = await watcher.rescan();
    expect(scan.skipped.map((skip) => skip.file)).toEqual(["empty.txt", "photo.txt"]);
    expect(scan.skipped.every((skip) => skip.reason.length > 0)).toBe(true);
    expect(scan.newItems).toEqual([]);
    expect(corpora.at(-1)?.articles).toHaveLength(1);
    expect(ingest.delivered).toEqual([]);
    await watcher.stop();
  });

  test("a linked page arrives; a subfolder, a pipe and a looping link arriving later are each logged once, and skipped", async () => {
    await symlink(join(dir, "loop.txt"), join(dir, "loop.txt"));
    const logger = createCaptureLogger();
    const { ingest, corpora, watcher } = await startWatcher(logger);
    const skippedLines = () => logger.entries.filter((entry) => entry.message === "corpus file skipped").map(({ fields }) => ({ file: fields.file, reason: fields.reason }));
    expect(skippedLines()).toEqual([{ file: "loop.txt", reason: CORPUS_ERRORS.linkLoop }]);

    await mkdir(join(dir, "drafts"));
    execFileSync("mkfifo", [join(dir, "incoming.txt")]);
    await copyFile(NEW_PAGE, join(dir, "..", "zangezur-linked.txt"));
    await symlink(join(dir, "..", "zangezur-linked.txt"), join(dir, "zangezur-corridor-talks.txt"));
    try {
      const scan = await watcher.rescan();
      expect(scan.reloaded).toBe(true);
      expect(corpora.at(-1)?.articles).toHaveLength(2);
      expect(ingest.delivered.length).toBeGreaterThan(0);
      await writeFile(join(dir, "zangezur-corridor-talks.txt"), (await readFile(NEW_PAGE, "utf8")) + "\n");
      await watcher.rescan();
      expect(skippedLines()).toEqual([
        { file: "loop.txt", reason: CORPUS_ERRORS.linkLoop },
        { file: "drafts", reason: CORPUS_ERRORS.folder },
        { file: "incoming.txt", reason: CORPUS_ERRORS.special("a named pipe (FIFO)") },
      ]);
    } finally {
      await watcher.stop();
      await rm(join(dir, "..", "zangezur-linked.txt"), { force: true });
    }
  });
});
