import { createHash } from "node:crypto";
import type { Article, Corpus, Headline } from "../corpus/types.js";

/** One row of corpus_pages: a page's article or headline, as JSON, and the hash that tells whether it changed. */
export interface CorpusRow {
  key: string;
  body: string;
  hash: string;
}

/**
 * The row that keeps the corpus's order: the keys of its articles and of its headlines, as published. The table
 * has no order column, and the corpus's order is not one any field gives (the folder's files in name order, a
 * headline where it was first listed), so that a loaded corpus equals the published one.
 */
export const ORDER_KEY = "order";

interface Order {
  articles: string[];
  headlines: string[];
}

const hashOf = (body: string) => createHash("sha256").update(body).digest("base64url");
const rowOf = (key: string, value: unknown): CorpusRow => {
  const body = JSON.stringify(value);
  return { key, body, hash: hashOf(body) };
};

/**
 * The JSON and hash of each page object already serialised: a corpus reload keeps the objects of the pages that
 * did not change, so a publication after one page landed serialises that page, not the whole archive.
 */
export type RowCache = WeakMap<object, { body: string; hash: string }>;

function cachedRowOf(cache: RowCache | undefined, key: string, value: Article | Headline): CorpusRow {
  const known = cache?.get(value);
  if (known) return { key, ...known };
  const row = rowOf(key, value);
  cache?.set(value, { body: row.body, hash: row.hash });
  return row;
}

/** Keys from ids; an id met again (a.txt and a.md give one article id) gets a suffix, so that no page is lost. */
function keysOf(prefix: string, ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const key = `${prefix}:${id}`;
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    return times === 1 ? key : `${key}~${times}`;
  });
}

/**
 * The rows of a corpus: one per article ("article:<id>") and per headline ("headline:<id>"), each the JSON of
 * the object as it is (every field of a corpus is a string, null or a list of them, so JSON gives it back exactly),
 * and the order row last.
 */
export function corpusRows(corpus: Corpus, cache?: RowCache): CorpusRow[] {
  const order: Order = { articles: keysOf("article", corpus.articles.map((a) => a.id)), headlines: keysOf("headline", corpus.headlines.map((h) => h.id)) };
  return [
    ...corpus.articles.map((article, i) => cachedRowOf(cache, order.articles[i]!, article)),
    ...corpus.headlines.map((headline, i) => cachedRowOf(cache, order.headlines[i]!, headline)),
    rowOf(ORDER_KEY, order),
  ];
}

/** Whether a row is a page's (and so counts as written or removed), rather than the order row. */
export const isPageKey = (key: string) => key !== ORDER_KEY;

/** The corpus the rows hold, in the order row's order (written in the same transaction as the pages). */
export function corpusFromRows(rows: ReadonlyArray<{ key: string; body: string }>): Corpus {
  const bodies = new Map(rows.map((row) => [row.key, row.body]));
  const orderBody = bodies.get(ORDER_KEY);
  const order: Order = orderBody ? (JSON.parse(orderBody) as Order) : { articles: [], headlines: [] };
  const pick = <T>(keys: readonly string[]) => keys.flatMap((key) => (bodies.has(key) ? [JSON.parse(bodies.get(key)!) as T] : []));
  return { articles: pick<Article>(order.articles), headlines: pick<Headline>(order.headlines) };
}
