import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { FileResult, LoadOptions } from "../corpus/load-corpus.js";
import { parseInThread, type ParseFile } from "../corpus/file-parts.js";
import type { Article } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import type { SearchSettings } from "../search/defaults.js";
import type { ArticleTerms, GivenTerms } from "../search/given-terms.js";
import type { ParseReply, ParseRequest, WorkerSetup } from "./messages.js";
import { startWorker } from "./start-worker.js";

export interface ParsePool {
  parse: ParseFile;
  /** Ends the workers once every parse is answered: the sections they counted, for the index build. */
  close(): Promise<GivenTerms>;
}

export interface ParsePoolDeps {
  /** Worker threads: the machine's cores, for a cold start that parses every page. */
  size: number;
  settings: SearchSettings;
  logger: Logger;
  /** The worker's module: ./parse-worker.ts unless a test gives one that fails. */
  workerModule?: URL;
}

interface Pending {
  path: string;
  bytes: Buffer;
  options: LoadOptions;
  resolve: (result: FileResult) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  worker: Worker;
  pending: Map<number, Pending>;
  vocabulary: string[];
  alive: boolean;
}

/**
 * Page files parsed on several threads: a cold start of 10,000 pages is mostly parsing and reading words,
 * each file on its own. Each worker also counts its articles' sections for the index (see
 * src/search/given-terms.ts), so the main thread does not read that text again. A worker that fails is
 * retired with one log line, and its files are parsed in this thread: no file is lost.
 */
export function createParsePool(deps: ParsePoolDeps): ParsePool {
  const logger = deps.logger.child({ part: "parse-pool" });
  const setup: WorkerSetup = { weights: { headingWeight: deps.settings.headingWeight, articleTitleWeight: deps.settings.articleTitleWeight } };
  const articles = new Map<Article, ArticleTerms>();
  const module = deps.workerModule ?? new URL("./parse-worker.ts", import.meta.url);
  let nextId = 0;
  let closing: Promise<GivenTerms> | null = null;

  const inThread = (pending: Pending) => parseInThread(pending.path, pending.bytes, pending.options).then(pending.resolve, pending.reject);
  const retire = (lane: Lane, reason: string) => {
    if (!lane.alive) return;
    lane.alive = false;
    logger.warn({ reason }, "a parse worker stopped; its files are parsed in the main thread");
    void lane.worker.terminate();
    for (const pending of lane.pending.values()) void inThread(pending);
    lane.pending.clear();
  };

  const lanes: Lane[] = Array.from({ length: deps.size }, (_, reader) => {
    const lane: Lane = { worker: startWorker(module, setup), pending: new Map(), vocabulary: [], alive: true };
    lane.worker.on("message", (reply: ParseReply) => {
      for (const term of reply.newTerms) lane.vocabulary.push(term);
      const pending = lane.pending.get(reply.id);
      if (!pending) return;
      lane.pending.delete(reply.id);
      if (reply.result === null) {
        void inThread(pending);
        retire(lane, `parsing ${pending.path} threw`);
        return;
      }
      if (reply.result.ok) reply.result.corpus.articles.forEach((article, i) => articles.set(article, { reader, ...reply.articles[i]! }));
      pending.resolve(reply.result);
    });
    lane.worker.on("error", (error) => retire(lane, error.message));
    lane.worker.on("exit", (code) => retire(lane, `exited with code ${code}`));
    return lane;
  });

  return {
    parse: (path, bytes, options) =>
      new Promise<FileResult>((resolve, reject) => {
        const pending: Pending = { path, bytes, options, resolve, reject };
        const lane = lanes.filter((candidate) => candidate.alive).sort((a, b) => a.pending.size - b.pending.size)[0];
        if (!lane) return void inThread(pending);
        const id = nextId++;
        lane.pending.set(id, pending);
        const request: ParseRequest = { id, path, bytes, timezone: options.timezone };
        lane.worker.postMessage(request);
      }),
    close: () =>
      (closing ??= (async () => {
        for (const lane of lanes) lane.alive = false;
        await Promise.all(lanes.map((lane) => lane.worker.terminate()));
        return { weights: setup.weights, articles, vocabularies: lanes.map((lane) => lane.vocabulary) };
      })()),
  };
}

/** A pool as large as the machine's cores (at most four), or none on a single core, where it would only add threads. */
export function parsePoolFor(settings: SearchSettings, logger: Logger): (() => ParsePool) | undefined {
  const size = Math.min(availableParallelism(), 4);
  return size < 2 ? undefined : () => createParsePool({ size, settings, logger });
}
