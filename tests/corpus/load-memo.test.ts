import { describe, expect, it } from "vitest";
import { mkdtemp, copyFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/file-parts.js";
import { clearLoadMemos, loadMemoSize, memoizeText } from "../../src/corpus/load-memo.js";
import { parseSiteDate } from "../../src/corpus/dates.js";
import { CorpusFileError } from "../../src/corpus/errors.js";
import { SEED_PAGE } from "./helpers/paths.js";

describe("load memos", () => {
  it("computes a text once until cleared", () => {
    const seen: string[] = [];
    const upper = memoizeText((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper("baku"), upper("baku"), upper("shusha")]).toEqual(["BAKU", "BAKU", "SHUSHA"]);
    expect(seen).toEqual(["baku", "shusha"]);
    clearLoadMemos();
    upper("baku");
    expect(seen).toEqual(["baku", "shusha", "baku"]);
  });

  it("refuses an impossible date each time it is asked, not only the first", () => {
    expect(() => parseSiteDate("31 February 2023 - 10:00", "Asia/Baku")).toThrow(CorpusFileError);
    expect(() => parseSiteDate("31 February 2023 - 10:00", "Asia/Baku")).toThrow(CorpusFileError);
    expect(parseSiteDate("27 January 2023 - 14:27", "Asia/Baku")).toBe("2023-01-27T14:27:00+04:00");
    expect(parseSiteDate("27 January 2023 - 14:27", "Europe/London")).toBe("2023-01-27T14:27:00+00:00");
  });

  it("holds nothing once a load has ended", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-memo-"));
    try {
      await copyFile(SEED_PAGE, join(dir, "seed.txt"));
      const { corpus } = await loadCorpus(dir, { timezone: "Asia/Baku" });
      expect(corpus.headlines.length).toBeGreaterThan(0);
      expect(loadMemoSize()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
