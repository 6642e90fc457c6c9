import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadCorpus } from "../../src/corpus/file-parts.js";
import { PAGE_FORMAT } from "../../src/corpus/defaults.js";
import { CORPUS_ERRORS } from "../../src/corpus/errors.js";
import { SEED_PAGE, fixture } from "./helpers/paths.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-corpus-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (from: string, name: string) => copyFile(from, join(dir, name));

/** The good files of a corpus folder: the seed page, pages of the site in both layouts, an editor's Markdown article, a saved HTML page. */
async function putGoodFiles(): Promise<void> {
  await put(SEED_PAGE, "irans-growing-paranoia-toward-azerbaijan.txt");
  await put(fixture("pages/black-sea-power-cable.txt"), "black-sea-power-cable.txt");
  await put(fixture("pages/red-bridge-crossing.txt"), "red-bridge-crossing.txt");
  await put(fixture("markdown/caspian-shipping-route.md"), "caspian-shipping-route.md");
  await put(fixture("html/shusha-media-forum.html"), "shusha-media-forum.html");
}
const GOOD_ARTICLES = 5;
/** The seed's 48, the other page's 4, the current layout's 3, the HTML page's 3. */
const GOOD_HEADLINES = 48 + 4 + 3 + 3;

/** Each bad file a corpus folder can hold, with the reason it must be skipped for. */
async function putBadFiles(): Promise<Array<{ file: string; reason: string }>> {
  await put(fixture("bad/empty.txt"), "empty.txt");
  await writeFile(join(dir, "blank.txt"), "\n   \n\t\n");
  // A page saved compressed under a .txt name: bytes, not text.
  await writeFile(join(dir, "compressed-page.txt"), gzipSync(await readFile(SEED_PAGE)));
  await put(fixture("bad/no-title.txt"), "no-title.txt");
  await put(fixture("bad/cut-off-list.txt"), "cut-off-list.txt");
  await put(fixture("bad/impossible-date.txt"), "impossible-date.txt");
  await put(fixture("bad/front-page.html"), "front-page.html");
  await put(fixture("bad/login-wall.html"), "login-wall.html");
  await put(fixture("bad/no-title.html"), "untitled.html");
  await writeFile(join(dir, "photo.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  return [
    { file: "blank.txt", reason: CORPUS_ERRORS.empty },
    { file: "compressed-page.txt", reason: CORPUS_ERRORS.binary },
    { file: "cut-off-list.txt", reason: CORPUS_ERRORS.listCutOff("Latest news", "Russian oil flows hold fast even as Kremlin says output slashed") },
    { file: "empty.txt", reason: CORPUS_ERRORS.empty },
    { file: "front-page.html", reason: CORPUS_ERRORS.noArticle },
    { file: "impossible-date.txt", reason: CORPUS_ERRORS.badDate("31 February 2023 - 25:61") },
    { file: "login-wall.html", reason: CORPUS_ERRORS.noArticle },
    { file: "no-title.txt", reason: CORPUS_ERRORS.noTitle },
    { file: "photo.html", reason: CORPUS_ERRORS.binary },
    { file: "untitled.html", reason: CORPUS_ERRORS.noTitle },
  ];
}

describe("loading a corpus folder", () => {
  it("loads every good file: pages and Markdown articles, headlines merged", async () => {
    await putGoodFiles();
    const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect(skipped).toEqual([]);
    expect(corpus.articles.map((a) => a.title).sort()).toEqual([
      "Azerbaijan and Georgia agree to speed up Black Sea power cable",
      "Azerbaijan and Georgia open a second crossing at the Red Bridge",
      "Iran’s growing paranoia toward Azerbaijan",
      "Kazakhstan and Azerbaijan expand the Middle Corridor",
      "Shusha hosts the Global Media Forum",
    ]);
    expect(corpus.headlines).toHaveLength(GOOD_HEADLINES);
  });

  it("skips each bad file with its reason, and still loads every other file", async () => {
    await putGoodFiles();
    const expected = await putBadFiles();
    const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect([...skipped].sort((a, b) => a.file.localeCompare(b.file))).toEqual(expected);
    for (const { reason } of skipped) expect(reason).not.toContain("\n");
    expect(corpus.articles).toHaveLength(GOOD_ARTICLES);
    expect(corpus.headlines).toHaveLength(GOOD_HEADLINES);
    // Nothing of a refused file leaks in: the cut-off page's complete headline is not kept either.
    expect(corpus.headlines.filter((h) => h.title.includes("Caspian seal"))).toEqual([]);
    expect(corpus.articles.filter((a) => a.title.includes("demining") || a.title.includes("fisheries"))).toEqual([]);
  });

  it("never throws, even when no file is good; a sub-folder is not loaded, and named with its reason", async () => {
    const expected = await putBadFiles();
    await mkdir(join(dir, "drafts"));
    await expect(loadCorpus(dir, { timezone: "Asia/Baku" })).resolves.toEqual({
      corpus: { articles: [], headlines: [] },
      skipped: [...expected, { file: "drafts", reason: CORPUS_ERRORS.folder }].sort((a, b) => (a.file < b.file ? -1 : 1)),
    });
  });

  it("passes over hidden files, editors' backups and downloads in progress without naming them", async () => {
    await putGoodFiles();
    for (const name of [".black-sea-power-cable.txt.swp", "black-sea-power-cable.txt~", "summit.txt.part", "summit.md.crdownload", "summit.txt.tmp"])
      await put(fixture("pages/black-sea-power-cable.txt"), name);
    const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect(skipped).toEqual([]);
    expect(corpus.articles).toHaveLength(GOOD_ARTICLES);
  });

  it("says plainly when the folder itself is missing", async () => {
    const missing = join(dir, "no-such-folder");
    await expect(loadCorpus(missing, { timezone: "Asia/Baku" })).rejects.toThrow(CORPUS_ERRORS.noFolder(missing));
  });

  it("refuses a file too large to be a page, naming its size", async () => {
    await putGoodFiles();
    const size = PAGE_FORMAT.maxFileBytes + 1;
    await writeFile(join(dir, "site-dump.txt"), "Dump\n\n" + "x".repeat(size - 6));
    const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect(skipped).toEqual([{ file: "site-dump.txt", reason: CORPUS_ERRORS.tooLarge(size) }]);
    expect(corpus.articles).toHaveLength(GOOD_ARTICLES);
  });

  it("refuses an impossible date in a list, not only in the header", async () => {
    const page = (await readFile(fixture("pages/black-sea-power-cable.txt"), "utf8")).replace("26 March 2023 - 01:45", "30 February 2023 - 01:45");
    await writeFile(join(dir, "black-sea-power-cable.txt"), page);
    await put(SEED_PAGE, "irans-growing-paranoia-toward-azerbaijan.txt");
    const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect(skipped).toEqual([{ file: "black-sea-power-cable.txt", reason: CORPUS_ERRORS.badDate("30 February 2023 - 01:45") }]);
    expect(corpus.articles.map((a) => a.title)).toEqual(["Iran’s growing paranoia toward Azerbaijan"]);
  });

  it("refuses a page cut off after a headline's subtitle", async () => {
    const page = (await readFile(fixture("pages/black-sea-power-cable.txt"), "utf8")).split("26 March 2023 - 03:30")[0]!;
    await writeFile(join(dir, "truncated.txt"), page);
    const { skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
    expect(skipped).toEqual([
      { file: "truncated.txt", reason: CORPUS_ERRORS.listCutOff("Latest news", "Hungary's MOL eyes stake in Azerbaijani gas field") },
    ]);
  });

  it("follows a symbolic link to a page, and skips with its reason a loop, a dead link, a subfolder and a named pipe", async () => {
    const outside = await mkdtemp(join(tmpdir(), "newsdesk-linked-"));
    try {
      await copyFile(fixture("pages/black-sea-power-cable.txt"), join(outside, "power-cable.txt"));
      await symlink(join(outside, "power-cable.txt"), join(dir, "black-sea-power-cable.txt"));
      await symlink(join(dir, "loop-b.txt"), join(dir, "loop-a.txt"));
      await symlink(join(dir, "loop-a.txt"), join(dir, "loop-b.txt"));
      await symlink(join(dir, "gone.txt"), join(dir, "dead-link.txt"));
      await mkdir(join(dir, "archive"));
      await put(SEED_PAGE, join("archive", "irans-growing-paranoia-toward-azerbaijan.txt"));
      await symlink(dir, join(dir, "itself"));
      execFileSync("mkfifo", [join(dir, "pipe.txt")]);

      const { corpus, skipped } = await loadCorpus(dir, { timezone: "Asia/Baku" });
      expect(corpus.articles.map((article) => article.title)).toEqual(["Azerbaijan and Georgia agree to speed up Black Sea power cable"]);
      expect(skipped).toEqual([
        { file: "archive", reason: CORPUS_ERRORS.folder },
        { file: "dead-link.txt", reason: CORPUS_ERRORS.linkBroken },
        { file: "itself", reason: CORPUS_ERRORS.folder },
        { file: "loop-a.txt", reason: CORPUS_ERRORS.linkLoop },
        { file: "loop-b.txt", reason: CORPUS_ERRORS.linkLoop },
        { file: "pipe.txt", reason: CORPUS_ERRORS.special("a named pipe (FIFO)") },
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
