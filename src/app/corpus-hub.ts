import type { Corpus } from "../corpus/types.js";
import { joinCorpora } from "../sources/feed-corpus.js";

const EMPTY: Corpus = Object.freeze({ articles: [], headlines: [] });

export interface CorpusHub {
  /** The folder's corpus changed: the joined corpus is published, and this settles once it is. */
  setFiles(corpus: Corpus): Promise<void>;
  setFeeds(corpus: Corpus): Promise<void>;
  /** Keeps the feeds' corpus for the next publication without publishing now (at start, before the folder loads). */
  holdFeeds(corpus: Corpus): void;
}

/**
 * Joins the folder's pages and the feeds' stories into the one corpus the bot answers from. Publications
 * run one at a time (each builds a search index); one asked for while another runs publishes the newest
 * state once that one ends, and every caller waiting meanwhile is answered by it.
 */
export function createCorpusHub(publish: (corpus: Corpus) => void | Promise<void>): CorpusHub {
  let files = EMPTY;
  let feeds = EMPTY;
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
  };
}
