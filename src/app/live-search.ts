import type { Corpus } from "../corpus/types.js";
import type { Logger } from "../log/logger.js";
import type { CorpusSave } from "../saved-index/corpus-save.js";
import { runUnlessAborted, runWithPauses } from "../search/build-steps.js";
import { buildIndex, createSearchEngine } from "../search/engine.js";
import { SEARCH_DEFAULTS } from "../search/defaults.js";
import type { Language } from "../search/language.js";
import { createProseMemo, measureProseSteps, proseSharesOf, type ProseMemo } from "../search/prose.js";
import { createSectionSentences, type SectionSentences } from "../search/section-sentences.js";
import { createSegmentedIndex, type SegmentedView } from "../search/segments/segmented-index.js";
import type { SearchEngine } from "../search/types.js";

export interface LiveSearch {
  /** The engine over the latest corpus published (answers nothing before the first). */
  engine(): SearchEngine;
  /** Makes `corpus` the one answered from: the first whole (from the save, or built and saved), later ones a segment of what changed. */
  publish(corpus: Corpus): Promise<void>;
  /** Ends a background merge at its next pause. */
  stop(): Promise<void>;
}

export interface LiveSearchDeps {
  language: Language;
  /** The save of the folder's first load; absent, the first index is built and not saved. */
  corpusSave?: CorpusSave;
  logger: Logger;
  /** The engines' shared prose measures, made here when absent (a test passes one it watches). */
  prose?: ProseMemo;
  /** The engines' shared sections' sentences, the same. */
  sentences?: SectionSentences;
}

/** What answers before the first corpus is published: nothing. */
export const NO_SEARCH: SearchEngine = { search: () => [], wordShares: () => ({ passages: 0, words: [] }) };

/**
 * The search the bot answers from while pages land. The folder's first load is indexed whole (or read from
 * the save) and saved (the bot takes no updates yet); later a landed or changed page is indexed alone into a
 * segment (see src/search/segments/), a removed one is masked at once, and segments are merged in the
 * background, pausing between steps, the engine replaced when a merge ends.
 */
export function createLiveSearch(deps: LiveSearchDeps): LiveSearch {
  const { language, corpusSave, logger } = deps;
  const segmented = createSegmentedIndex();
  let current: SearchEngine = NO_SEARCH;
  let published: Corpus | null = null;
  let merges: Promise<void> | null = null;
  const stopping = new AbortController();
  // Every engine after the first measures only the new pages' passages as prose (see src/search/prose.ts).
  const prose = deps.prose ?? createProseMemo(language.listed, proseSharesOf(SEARCH_DEFAULTS));
  // And every engine reads the sentences of the sections the engines before it split (see section-sentences.ts).
  const sentences = deps.sentences ?? createSectionSentences(SEARCH_DEFAULTS.analyzedSectionsKept);
  const engineOf = (view: SegmentedView) => createSearchEngine(view.corpus, { language, segmented: view, prose, sentences });

  // Measures the latest corpus's passages as prose in the background, once more when one is published meanwhile.
  let measuring: Promise<void> | null = null;
  function measureProseInBackground(): void {
    measuring ??= (async () => {
      try {
        for (let measured: Corpus | null = null; published !== measured && !stopping.signal.aborted; ) {
          const corpus: Corpus = published!;
          await runUnlessAborted(measureProseSteps(corpus, prose, SEARCH_DEFAULTS.buildSliceMs), stopping.signal);
          measured = corpus;
        }
      } catch (error) {
        logger.error({ err: error }, "measuring passages as prose failed; questions measure them as they come");
      } finally {
        measuring = null;
      }
    })();
  }

  function mergeInBackground(): void {
    merges ??= (async () => {
      try {
        for (let view = await segmented.mergeOnce(stopping.signal); view; view = await segmented.mergeOnce(stopping.signal)) {
          // A page published while the merge's view was being made is in the segments, not in that view.
          current = engineOf(view.corpus === published ? view : segmented.current());
          logger.debug({ segments: segmented.segmentCount() }, "index segments merged");
        }
      } catch (error) {
        logger.error({ err: error }, "merging index segments failed; the segments stay as they are");
      } finally {
        merges = null;
      }
    })();
  }

  return {
    engine: () => current,
    async publish(corpus) {
      if (published === null) {
        const saved = corpusSave?.indexOf(corpus);
        const index = saved ?? (await buildIndex(corpus, SEARCH_DEFAULTS, corpusSave?.takeGivenTerms()));
        current = engineOf(segmented.seed(corpus, index));
        published = corpus;
        if (!saved) await corpusSave?.store(corpus, index);
        measureProseInBackground();
        return;
      }
      const view = await runWithPauses(segmented.update(corpus));
      current = engineOf(view);
      published = corpus;
      logger.info({ passages: view.indexed, segments: segmented.segmentCount() }, "new and changed pages indexed into a segment");
      measureProseInBackground();
      mergeInBackground();
    },
    async stop() {
      stopping.abort();
      await Promise.all([merges, measuring]);
    },
  };
}
