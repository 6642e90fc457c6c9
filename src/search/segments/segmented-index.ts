import type { Article, Corpus, Headline } from "../../corpus/types.js";
import { createSliceBudget, runAtOnce, runUnlessAborted, type BuildSteps } from "../build-steps.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "../defaults.js";
import { buildTermTables, createVocabulary, type Vocabulary } from "../expand-terms.js";
import type { InvertedIndex } from "../inverted-index.js";
import { passagesOf, type Passage } from "../passages.js";
import type { SearchIndex } from "../search-index.js";
import { createFolders } from "../tokenize.js";
import { chooseMerge, MERGE_DEFAULTS, type MergePolicy } from "./merge-policy.js";
import { mergeSegments } from "./merge-segments.js";
import { recount, segmentOf, type Segment } from "./segment.js";
import { composeSteps, composeView, globalIdsOf, type Dictionary } from "./segment-view.js";

/** The index of the current corpus as the engine reads it: the live segments, and each passage id's passage. */
export interface SegmentedView {
  /** The corpus the passages are of. */
  corpus: Corpus;
  index: SearchIndex;
  passages: ReadonlyArray<Passage | undefined>;
}

export interface SegmentedIndex {
  /** Starts from a whole index of `corpus` (a full build, or one read from a save) as the main segment. */
  seed(corpus: Corpus, index: InvertedIndex): SegmentedView;
  /**
   * Takes a new corpus: the passages it no longer holds as before are masked at once (before the first
   * pause), the new or changed ones are indexed alone into a new segment; answers with the view over all.
   * One update at a time (the corpus hub publishes one at a time); merges may run beside it.
   */
  update(corpus: Corpus): BuildSteps<SegmentedView & { indexed: number }>;
  /** Runs the merge the policy asks for, if any, pausing between its steps: the view after it, or null when none was due (or `signal` ended it). */
  mergeOnce(signal?: AbortSignal): Promise<SegmentedView | null>;
  /** The view over the segments as they are now. */
  current(): SegmentedView;
  /** How many segments are live, for logs and benchmarks. */
  segmentCount(): number;
}

interface SegmentEntry {
  segment: Segment;
  globalIds: Int32Array;
  vocabulary: Vocabulary;
}

const headlineKey = (headline: Headline) => `${headline.id}\u0000${headline.title}\u0000${headline.subtitle ?? ""}\u0000${headline.tag ?? ""}\u0000${headline.language}`;

/**
 * A search index kept up to date a page at a time, in segments as Lucene keeps them: a landed page costs
 * indexing its own passages, not the corpus's. Passage ids are handed out once and never reused, so the
 * segments, their masks and a running merge all name passages alike. A section is known again by its
 * article object (an unchanged file's article is the very same object from one load to the next); a
 * headline by all its indexed fields, so a headline whose text changed is indexed again.
 */
export function createSegmentedIndex(options: { settings?: SearchSettings; policy?: MergePolicy } = {}): SegmentedIndex {
  const settings = options.settings ?? SEARCH_DEFAULTS;
  const policy = options.policy ?? MERGE_DEFAULTS;
  const foldFor = createFolders();
  const dictionary: Dictionary = { terms: [], ids: new Map() };
  let segments: SegmentEntry[] = [];
  let passages: Array<Passage | undefined> = [];
  let corpusOfPassages: Corpus = { articles: [], headlines: [] };
  let lengths = new Float32Array(0);
  let dead = new Uint8Array(0);
  // An article object is the same file's same text from one load to the next: the id of its first section.
  const articleDocs = new WeakMap<Article, number>();
  // A headline is most often the very object of the last load; else it is known by its indexed fields.
  const headlineByObject = new WeakMap<Headline, number>();
  const headlineByKey = new Map<string, number>();
  const keyOfDoc = new Map<number, string>();
  let merging: { first: number; end: number; segment: Segment | null } | null = null;

  const isDead = (doc: number) => dead[doc] === 1;
  const live = (segment: Segment) => {
    let count = 0;
    for (let doc = segment.first; doc < segment.end; doc++) if (!isDead(doc)) count++;
    return count;
  };
  const view = (): SegmentedView => ({ corpus: corpusOfPassages, index: composeView({ segments, dictionary, passages, lengths, isDead }, settings), passages });
  /** The same in steps; the corpus and passages of this moment go with it. */
  function* viewSteps(): BuildSteps<SegmentedView> {
    const at = { corpus: corpusOfPassages, passages };
    return { ...at, index: yield* composeSteps({ segments, dictionary, passages, lengths, isDead }, settings) };
  }

  function grow(size: number): void {
    if (size <= dead.length) return;
    const capacity = Math.max(size, dead.length * 2);
    const grownDead = new Uint8Array(capacity);
    grownDead.set(dead);
    dead = grownDead;
    const grownLengths = new Float32Array(capacity);
    grownLengths.set(lengths);
    lengths = grownLengths;
  }

  function know(headline: Headline, doc: number): void {
    const key = headlineKey(headline);
    headlineByObject.set(headline, doc);
    headlineByKey.set(key, doc);
    keyOfDoc.set(doc, key);
  }

  function docOfHeadline(headline: Headline): number | undefined {
    const doc = headlineByObject.get(headline) ?? headlineByKey.get(headlineKey(headline));
    if (doc === undefined || isDead(doc)) return undefined;
    headlineByObject.set(headline, doc);
    return doc;
  }

  function kill(doc: number): void {
    dead[doc] = 1;
    const key = keyOfDoc.get(doc);
    if (key !== undefined) {
      keyOfDoc.delete(doc);
      if (headlineByKey.get(key) === doc) headlineByKey.delete(key);
    }
    for (const { segment } of segments) if (doc >= segment.first && doc < segment.end) segment.stale = true;
    if (merging?.segment && doc >= merging.first && doc < merging.end) merging.segment.stale = true;
  }

  /** A segment's ids in the whole index and its vocabulary, in two steps: for a merged main segment of 61,000 terms, 15 ms in all. */
  function* entrySteps(segment: Segment): BuildSteps<SegmentEntry> {
    const globalIds = globalIdsOf(dictionary, segment.postings.terms);
    yield;
    return { segment, globalIds, vocabulary: createVocabulary(segment.postings.terms, segment.postings.tables, globalIds) };
  }
  const add = (segment: Segment) => segments.push(runAtOnce(entrySteps(segment)));

  /** Counts the stale segments again until none is: masks made during a pause mark them stale anew. */
  function* freshen(): BuildSteps<void> {
    for (;;) {
      const stale = segments.find(({ segment }) => segment.stale);
      if (!stale) return;
      yield* recount(stale.segment, isDead, settings);
    }
  }

  /**
   * Finds each passage of `corpus` that the index holds as it was, and masks the rest: the sections of removed or
   * changed pages before the first pause, the headlines no page lists any more after the headlines' pass.
   */
  function* match(corpus: Corpus) {
    const sliceOver = createSliceBudget(settings.buildSliceMs);
    const seen = new Uint8Array(passages.length);
    const nextPassages = passages.slice();
    const keep = (doc: number, passage: Passage) => {
      seen[doc] = 1;
      const before = passages[doc];
      // The same passage object where nothing moved: most of a large corpus, and no allocation for it.
      if (!before || before.ref !== passage.ref) nextPassages[doc] = passage;
    };
    // Articles first, before any pause: the sections of a removed or changed page are masked at once.
    const freshArticles: Array<{ article: Article; ref: number }> = [];
    corpus.articles.forEach((article, ref) => {
      const first = articleDocs.get(article);
      if (first === undefined || isDead(first)) return freshArticles.push({ article, ref });
      article.sections.forEach((_, sectionIndex) => keep(first + sectionIndex, { kind: "section", ref, sectionIndex, language: article.language }));
    });
    for (let doc = 0; doc < passages.length; doc++) if (passages[doc]?.kind === "section" && !seen[doc]) kill(doc);
    yield;
    const freshHeadlines: Array<{ headline: Headline; ref: number }> = [];
    for (let ref = 0; ref < corpus.headlines.length; ref++) {
      if ((ref & 1023) === 0 && sliceOver()) yield;
      const headline = corpus.headlines[ref]!;
      const doc = docOfHeadline(headline);
      if (doc === undefined || seen[doc]) freshHeadlines.push({ headline, ref });
      else keep(doc, { kind: "headline", ref, sectionIndex: null, language: headline.language });
    }
    for (let doc = 0; doc < passages.length; doc++) if (passages[doc]?.kind === "headline" && !seen[doc]) kill(doc);
    return { nextPassages, freshArticles, freshHeadlines };
  }

  return {
    seed(corpus, index) {
      const all = passagesOf(corpus);
      grow(all.length);
      lengths.set(index.lengths);
      all.forEach((passage, doc) => {
        if (passage.kind === "headline") know(corpus.headlines[passage.ref]!, doc);
        else if (passage.sectionIndex === 0) articleDocs.set(corpus.articles[passage.ref]!, doc);
      });
      passages = all;
      corpusOfPassages = corpus;
      const { terms, termIds, docs, freqs } = index;
      add({ first: 0, end: all.length, postings: { terms, termIds, docs, freqs, tables: index.tables ?? buildTermTables(terms, settings) }, liveDf: Int32Array.from(docs, (d) => d.length), stale: false });
      return view();
    },

    *update(corpus) {
      const { nextPassages, freshArticles, freshHeadlines } = yield* match(corpus);
      // The new passages in the order they are indexed: the articles' sections, then the headlines.
      const fresh: Passage[] = [];
      for (const { article, ref } of freshArticles)
        article.sections.forEach((_, sectionIndex) => fresh.push({ kind: "section", ref, sectionIndex, language: article.language }));
      for (const { headline, ref } of freshHeadlines) fresh.push({ kind: "headline", ref, sectionIndex: null, language: headline.language });
      const first = passages.length;
      let segment: Segment | null = null;
      if (fresh.length > 0) {
        const built = yield* segmentOf(corpus, fresh, first, foldFor, settings);
        segment = built.segment;
        grow(first + fresh.length);
        lengths.set(built.lengths, first);
      }
      for (let doc = 0; doc < nextPassages.length; doc++) if (isDead(doc)) nextPassages[doc] = undefined;
      let doc = first;
      for (const { article } of freshArticles) {
        articleDocs.set(article, doc);
        doc += article.sections.length;
      }
      for (const { headline } of freshHeadlines) know(headline, doc++);
      for (const passage of fresh) nextPassages.push(passage);
      if (segment) add(segment);
      passages = nextPassages;
      corpusOfPassages = corpus;
      yield* freshen();
      return { ...(yield* viewSteps()), indexed: fresh.length };
    },

    async mergeOnce(signal) {
      const chosen = chooseMerge(
        segments.map(({ segment }) => segment),
        live,
        policy,
      );
      if (!chosen || merging) return null;
      const [from, to] = chosen;
      const parts = segments.slice(from, to);
      merging = { first: parts[0]!.segment.first, end: parts.at(-1)!.segment.end, segment: null };
      try {
        const merged = await runUnlessAborted(mergeSegments(parts.map((part) => part.segment), isDead, settings), signal);
        if (!merged) return null;
        merging.segment = merged;
        const entry = await runUnlessAborted(
          (function* () {
            // A pause first: the merge's last step ran in this turn.
            yield;
            const made = yield* entrySteps(merged);
            // Masks made while it ran are counted in before the merged segment replaces the parts.
            while (merged.stale) yield* recount(merged, isDead, settings);
            return made;
          })(),
          signal,
        );
        if (!entry) return null;
        const at = segments.indexOf(parts[0]!);
        segments = [...segments.slice(0, at), entry, ...segments.slice(at + parts.length)];
        return await runUnlessAborted(viewSteps(), signal);
      } finally {
        merging = null;
      }
    },

    current: view,
    segmentCount: () => segments.length,
  };
}

