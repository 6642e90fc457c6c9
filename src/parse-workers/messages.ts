import type { FileResult } from "../corpus/load-corpus.js";
import type { SearchSettings } from "../search/defaults.js";
import type { ArticleTerms } from "../search/given-terms.js";

/** What a parse worker is started with: the weights its section counts are made for. */
export interface WorkerSetup {
  weights: Pick<SearchSettings, "headingWeight" | "articleTitleWeight">;
}

/** One file to parse. */
export interface ParseRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  timezone: string;
}

/** Each article's sections as counted, less the worker's number, which the pool adds. */
export type CountedArticle = Omit<ArticleTerms, "reader">;

export interface ParseReply {
  id: number;
  /** Null when parsing threw (a fault of ours, not of the file): the file is parsed again in the main thread, which reports it as before. */
  result: FileResult | null;
  /** One per article of the result, in its order. */
  articles: CountedArticle[];
  /** The terms this worker met for the first time in this file, by their ids from its vocabulary's end. */
  newTerms: string[];
}
