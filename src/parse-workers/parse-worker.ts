import { parentPort, workerData } from "node:worker_threads";
import { parseCorpusFile } from "../corpus/parse-corpus-file.js";
import type { Article } from "../corpus/types.js";
import { createPassageCounter } from "../search/passage-counter.js";
import { fieldsOf } from "../search/passages.js";
import { createFolders } from "../search/tokenize.js";
import type { CountedArticle, ParseReply, ParseRequest, WorkerSetup } from "./messages.js";

/**
 * A parse worker: parses the files it is sent and counts their sections' terms for the index, in its own
 * numbering of terms. It sends each term's text once, with the first file that holds it.
 */
const setup = workerData as WorkerSetup;
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
    const ids = new Int32Array(gathered * 2);
    const freqs = new Float32Array(gathered * 2);
    ids.set(scratchIds);
    freqs.set(scratchFreqs);
    scratchIds = ids;
    scratchFreqs = freqs;
  }
  scratchIds[gathered] = id;
  scratchFreqs[gathered++] = frequency;
};

function countArticle(article: Article): CountedArticle {
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
}

function parse(request: ParseRequest): Pick<ParseReply, "result" | "articles"> {
  try {
    const result = parseCorpusFile(request.path, Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength), { timezone: request.timezone });
    return { result, articles: result.ok ? result.corpus.articles.map(countArticle) : [] };
  } catch {
    // A throw may leave the counter half-way through a passage: the pool retires this worker.
    return { result: null, articles: [] };
  }
}

parentPort!.on("message", (request: ParseRequest) => {
  const { result, articles } = parse(request);
  const reply: ParseReply = { id: request.id, result, articles, newTerms };
  newTerms = [];
  const buffers = articles.flatMap((counted) => [counted.bounds.buffer, counted.ids.buffer, counted.freqs.buffer, counted.lengths.buffer]);
  parentPort!.postMessage(reply, buffers as ArrayBuffer[]);
});
