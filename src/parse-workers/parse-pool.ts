import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { LoadOptions } from "../corpus/load-corpus.js";
import { readInThread, type FileRead, type ReadFile } from "../corpus/file-parts.js";
import type { Article } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import type { SearchSettings } from "../search/defaults.js";
import type { ArticleTerms, GivenTerms } from "../search/given-terms.js";
import type { ParseReply, ParseRequest, WorkerSetup } from "./messages.js";
import { startWorker } from "./start-worker.js";

export interface ParsePool {
  read: ReadFile;
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
  options: LoadOptions;
  knownHash: string | null;
  resolve: (read: FileRead) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  worker: Worker;
  pending: Map<number, Pending>;
  vocabulary: string[];
  alive: boolean;
}

/**
 * Page files read and parsed on several threads: a cold start of 10,000 pages is mostly parsing and reading
 * words, each file on its own. A worker reads and hashes its files too: in the main thread, 10,000 reads
 * through fs/promises took 2 to 3 s of CPU that the workers then waited for. Each worker also counts its articles' sections for the index (see
 * src/search/given-terms.ts), so the main thread does not read that text again. A worker that fails is
 * retired with one log line, and its files are read in this thread: no file is lost.
 */
export function createParsePool(deps: ParsePoolDeps): ParsePool {
  const logger = deps.logger.child({ part: "parse-pool" });
  const setup: WorkerSetup = { weights: { headingWeight: deps.settings.headingWeight, articleTitleWeight: deps.settings.articleTitleWeight } };
  const articles = new Map<Article, ArticleTerms>();
  const module = deps.workerModule ?? new URL("./parse-worker.ts", import.meta.url);
  let nextId = 0;
  let closing: Promise<GivenTerms> | null = null;

  const inThread = (pending: Pending) => readInThread(pending.path, pending.options, pending.knownHash).then(pending.resolve, pending.reject);
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
      if (reply.read === null) {
        void inThread(pending);
        retire(lane, `parsing ${pending.path} threw`);
        return;
      }
      const result = "result" in reply.read ? reply.read.result : null;
      if (result?.ok) result.corpus.articles.forEach((article, i) => articles.set(article, { reader, ...reply.articles[i]! }));
      pending.resolve(reply.read);
    });
    lane.worker.on("error", (error) => retire(lane, error.message));
    lane.worker.on("exit", (code) => retire(lane, `exited with code ${code}`));
    return lane;
  });

  return {
    read: (path, options, knownHash) =>
      new Promise<FileRead>((resolve, reject) => {
        const pending: Pending = { path, options, knownHash, resolve, reject };
        const lane = lanes.filter((candidate) => candidate.alive).sort((a, b) => a.pending.size - b.pending.size)[0];
        if (!lane) return void inThread(pending);
        const id = nextId++;
        lane.pending.set(id, pending);
        const request: ParseRequest = { id, path, timezone: options.timezone, knownHash };
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
