import { describe, expect, it } from "vitest";
import { loadCorpusFile } from "../../src/corpus/load-corpus.js";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import type { Corpus } from "../../src/corpus/types.js";
import { SEED_PAGE, fixture } from "./helpers/paths.js";

/** SITE_TIMEZONE reaches the parser as the `timezone` option; a page's dates are wall times in that zone. */
async function load(path: string, timezone: string): Promise<Corpus> {
  const result = await loadCorpusFile(path, { timezone });
  if (!result.ok) throw new Error(result.reason);
  return result.corpus;
}

function markdownDated(date: string, timezone: string): string | null {
  const page = `---\ndate: ${date}\n---\n\n# Clocks go back in Europe\n\nMost of Europe returned to winter time overnight.\n`;
  const result = parseCorpusFile("clocks.md", Buffer.from(page), { timezone });
  if (!result.ok) throw new Error(result.reason);
  return result.corpus.articles[0]!.publishedAt;
}

describe("the site's time zone", () => {
  it("dates the page in Europe/Berlin: winter +01:00, summer +02:00, across the night the clocks go forward", async () => {
    // The page's list runs over 26 March 2023, when Berlin moved from 02:00 CET to 03:00 CEST.
    const corpus = await load(fixture("pages/black-sea-power-cable.txt"), "Europe/Berlin");
    expect(corpus.articles[0]!.publishedAt).toBe("2023-03-26T10:15:00+02:00");
    expect(corpus.headlines.map((h) => h.publishedAt)).toEqual([
      "2023-03-26T09:40:00+02:00",
      "2023-03-26T03:30:00+02:00",
      "2023-03-26T01:45:00+01:00",
      "2023-03-25T23:50:00+01:00",
    ]);
  });

  it("dates the seed page in Europe/Berlin's winter time", async () => {
    const corpus = await load(SEED_PAGE, "Europe/Berlin");
    expect(corpus.articles[0]!.publishedAt).toBe("2023-01-27T14:27:00+01:00");
    expect(corpus.headlines.find((h) => h.title.startsWith("Japan battles"))?.publishedAt).toBe("2023-03-28T06:01:00+02:00");
  });

  it("dates the night the clocks go back on the right side of the change", () => {
    // 29 October 2023: Berlin went from 03:00 CEST back to 02:00 CET.
    expect(markdownDated("2023-10-29 01:30", "Europe/Berlin")).toBe("2023-10-29T01:30:00+02:00");
    expect(markdownDated("2023-10-29 03:30", "Europe/Berlin")).toBe("2023-10-29T03:30:00+01:00");
    expect(markdownDated("2023-07-14 09:05", "Europe/Berlin")).toBe("2023-07-14T09:05:00+02:00");
  });

  it("writes offsets west of Greenwich and offsets with minutes", async () => {
    expect((await load(SEED_PAGE, "America/New_York")).articles[0]!.publishedAt).toBe("2023-01-27T14:27:00-05:00");
    expect((await load(SEED_PAGE, "Asia/Kolkata")).articles[0]!.publishedAt).toBe("2023-01-27T14:27:00+05:30");
    expect((await load(SEED_PAGE, "UTC")).articles[0]!.publishedAt).toBe("2023-01-27T14:27:00+00:00");
  });
});
