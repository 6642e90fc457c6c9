import type { FileRead } from "../corpus/file-parts.js";
import type { SearchSettings } from "../search/defaults.js";
import type { ArticleTerms } from "../search/given-terms.js";

/** What a parse worker is started with: the weights its section counts are made for. */
export interface WorkerSetup {
  weights: Pick<SearchSettings, "headingWeight" | "articleTitleWeight">;
}

/** One file to read, hash and parse unless its hash is `knownHash` (see ReadFile). */
export interface ParseRequest {
  id: number;
  path: string;
  timezone: string;
  knownHash: string | null;
}

/** Each article's sections as counted, less the worker's number, which the pool adds. */
export type CountedArticle = Omit<ArticleTerms, "reader">;

export interface ParseReply {
  id: number;
  /** Null when parsing threw (a fault of ours, not of the file): the file is read again in the main thread, which reports it as before. */
  read: FileRead | null;
  /** One per article of the read's result, in its order. */
  articles: CountedArticle[];
  /** The terms this worker met for the first time in this file, by their ids from its vocabulary's end. */
  newTerms: string[];
}
