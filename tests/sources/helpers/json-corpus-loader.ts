import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article, Corpus, Headline } from "../../../src/corpus/types.js";
import type { LoadCorpus } from "../../../src/sources/corpus-watcher.js";
import { normalizeTitle } from "../../../src/corpus/text.js";

interface JsonPage {
  articles: Omit<Article, "id" | "file">[];
  headlines: Omit<Headline, "id">[];
}

/**
 * A stand-in for the corpus loader with the same contract: pages are JSON, a page that does not parse is
 * skipped with its reason, a headline listed in two pages is kept once. It counts its calls.
 */
export function createJsonCorpusLoader(): LoadCorpus & { calls: number } {
  const load = async (dir: string) => {
    load.calls++;
    const corpus: Corpus = { articles: [], headlines: [] };
    const skipped: { file: string; reason: string }[] = [];
    const seen = new Set<string>();
    for (const file of (await readdir(dir)).sort()) {
      if (file.startsWith(".") || /(\.tmp|\.swp|~)$/.test(file)) continue;
      let page: JsonPage;
      try {
        page = JSON.parse(await readFile(join(dir, file), "utf8")) as JsonPage;
      } catch {
        skipped.push({ file, reason: "not a page" });
        continue;
      }
      for (const article of page.articles) corpus.articles.push({ ...article, id: `a-${file.replace(/\.json$/, "")}`, file });
      for (const headline of page.headlines) {
        const id = `h-${normalizeTitle(headline.title)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        corpus.headlines.push({ ...headline, id });
      }
    }
    return { corpus, skipped };
  };
  load.calls = 0;
  return load;
}
