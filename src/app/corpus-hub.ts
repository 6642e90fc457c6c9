import type { Corpus } from "../corpus/types.js";
import type { SkippedFile } from "../corpus/load-corpus.js";
import { joinCorpora } from "../sources/feed-corpus.js";

const EMPTY: Corpus = Object.freeze({ articles: [], headlines: [] });

export interface CorpusHub {
  /** The folder's corpus changed: the joined corpus is published, and this settles once it is. */
  setFiles(corpus: Corpus): Promise<void>;
  setFeeds(corpus: Corpus): Promise<void>;
  /** Keeps the feeds' corpus for the next publication without publishing now (at start, before the folder loads). */
  holdFeeds(corpus: Corpus): void;
  /** The files the folder's last load skipped, with their reasons. */
  setSkipped(skipped: readonly SkippedFile[]): void;
  /** What the corpus holds now, for the editors' console. */
  status(): CorpusStatus;
}

export interface CorpusStatus {
  files: Corpus;
  feeds: Corpus;
  skipped: readonly SkippedFile[];
}

/**
 * Joins the folder's pages and the feeds' stories into the one corpus the bot answers from. Publications
 * run one at a time (each builds a search index); one asked for while another runs publishes the newest
 * state once that one ends, and every caller waiting meanwhile is answered by it.
 */
export function createCorpusHub(publish: (corpus: Corpus) => void | Promise<void>): CorpusHub {
  let files = EMPTY;
  let feeds = EMPTY;
  let skipped: readonly SkippedFile[] = [];
  let running: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;

  function request(): Promise<void> {
    next ??= running.then(async () => {
      next = null;
      await publish(joinCorpora(files, feeds));
    });
    running = next.catch(() => undefined);
    return next;
  }

  return {
    setFiles(corpus) {
      files = corpus;
      return request();
    },
    setFeeds(corpus) {
      feeds = corpus;
      return request();
    },
    holdFeeds(corpus) {
      feeds = corpus;
    },
    setSkipped(files) {
      skipped = files;
    },
    status: () => ({ files, feeds, skipped }),
  };
}
