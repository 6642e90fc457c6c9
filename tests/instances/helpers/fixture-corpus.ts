import { join } from "node:path";
import { loadCorpus } from "../../../src/corpus/file-parts.js";
import type { Corpus } from "../../../src/corpus/types.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "corpus", "fixtures");

/** The corpus fixtures' scraped pages, Markdown articles and saved HTML pages, parsed as the folder watcher parses them. */
export async function fixtureCorpus(): Promise<Corpus> {
  const parts = await Promise.all(["pages", "markdown", "html"].map((folder) => loadCorpus(join(FIXTURES, folder), { timezone: "Asia/Baku" })));
  return {
    articles: parts.flatMap((part) => part.corpus.articles),
    headlines: parts.flatMap((part) => part.corpus.headlines),
  };
}
