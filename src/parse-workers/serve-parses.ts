import { readFileSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { sha256 } from "../corpus/file-parts.js";
import { formatOf, parseFileBytes, type PageFormat, type PageParser } from "../corpus/file-formats.js";
import type { Article } from "../corpus/types.js";
import { createPassageCounter } from "../search/passage-counter.js";
import { fieldsOf } from "../search/passages.js";
import { createFolders } from "../search/tokenize.js";
import { createFormatParsers } from "./format-parsers.js";
import type { CountedArticle, ParseReply, ParseRequest, WorkerSetup } from "./messages.js";

/** Counts articles' sections in this worker's own numbering of terms, and says which terms are new since it last said. */
function createArticleCounter(setup: WorkerSetup) {
  const ids = new Map<string, number>();
  let newTerms: string[] = [];
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      ids.set(term, (id = ids.size));
      newTerms.push(term);
    }
    return id;
  };
  const counter = createPassageCounter(createFolders(), idOf, setup.weights, 1 << 16);

  // One article's terms are gathered here before they are copied out: a growable list per article, fed through
  // a closure per section, took a tenth of a worker's time.
  let scratchIds = new Int32Array(1 << 14);
  let scratchFreqs = new Float32Array(1 << 14);
  let gathered = 0;
  const gather = (id: number, frequency: number) => {
    if (gathered === scratchIds.length) {
      const grownIds = new Int32Array(gathered * 2);
      const grownFreqs = new Float32Array(gathered * 2);
      grownIds.set(scratchIds);
      grownFreqs.set(scratchFreqs);
      scratchIds = grownIds;
      scratchFreqs = grownFreqs;
    }
    scratchIds[gathered] = id;
    scratchFreqs[gathered++] = frequency;
  };

  return {
    count(article: Article): CountedArticle {
      const corpus = { articles: [article], headlines: [] };
      const bounds = new Int32Array(article.sections.length + 1);
      const lengths = new Float32Array(article.sections.length);
      gathered = 0;
      article.sections.forEach((_, sectionIndex) => {
        const fields = fieldsOf(corpus, { kind: "section", ref: 0, sectionIndex, language: article.language });
        lengths[sectionIndex] = counter.count(fields, article.language, gather);
        bounds[sectionIndex + 1] = gathered;
      });
      return { bounds, ids: scratchIds.slice(0, gathered), freqs: scratchFreqs.slice(0, gathered), lengths };
    },
    takeNewTerms(): string[] {
      const taken = newTerms;
      newTerms = [];
      return taken;
    },
  };
}

/**
 * A parse worker's work: it reads, hashes and parses the files it is sent (see ReadFile) and counts their
 * sections' terms for the index. It sends each term's text once, with the first file that holds it.
 */
export function serveParses(
  port: MessagePort,
  setup: WorkerSetup,
  parserOf: (format: PageFormat) => Promise<PageParser> = createFormatParsers(),
): void {
  const articles = createArticleCounter(setup);
  const replyTo = (request: ParseRequest, parser: PageParser | undefined): Pick<ParseReply, "read" | "articles"> => {
    let bytes: Buffer;
    try {
      // Synchronous: this thread has nothing else to do meanwhile, and the promise's read costs more.
      bytes = readFileSync(request.path);
    } catch (error) {
      return { read: { unreadable: (error as Error).message }, articles: [] };
    }
    try {
      const hash = sha256(bytes);
      if (hash === request.knownHash) return { read: { hash, result: null }, articles: [] };
      const result = parseFileBytes(parser, request.path, bytes, { timezone: request.timezone });
      return { read: { hash, result }, articles: result.ok ? result.corpus.articles.map(articles.count) : [] };
    } catch {
      // A throw may leave the counter half-way through a passage: the pool retires this worker.
      return { read: null, articles: [] };
    }
  };
  port.on("message", async (request: ParseRequest) => {
    const format = formatOf(request.path);
    // The one wait: a format's parser, imported when first needed. Counting and replying follow it in one step,
    // so replies leave in the order their new terms were numbered. A parser that fails to load retires the worker.
    const parser = format && (await parserOf(format).catch(() => null));
    const parsed: Pick<ParseReply, "read" | "articles"> = parser === null ? { read: null, articles: [] } : replyTo(request, parser);
    const reply: ParseReply = { id: request.id, ...parsed, newTerms: articles.takeNewTerms() };
    const buffers = parsed.articles.flatMap((counted) => [counted.bounds.buffer, counted.ids.buffer, counted.freqs.buffer, counted.lengths.buffer]);
    port.postMessage(reply, buffers as ArrayBuffer[]);
  });
}
