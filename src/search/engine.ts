import { formatSiteDate } from "../corpus/dates.js";
import type { Corpus, Headline } from "../corpus/types.js";
import type { Answer, SearchEngine, SearchOptions } from "./types.js";
import { runAtOnce, runWithPauses, type BuildSteps } from "./build-steps.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "./defaults.js";
import { createTermExpander } from "./expand-terms.js";
import { analyzeSection, excerptOf, highlightsOf, type AnalyzedSentence, type MatchedTerms } from "./excerpt.js";
import { buildInvertedIndex } from "./inverted-index.js";
import { passagesOf } from "./passages.js";
import { createRanker, type QueryTerm, type Ranked } from "./rank.js";
import { createTermFolder, tokenize } from "./tokenize.js";
import type { Language } from "./language.js";

/** Past this many content words a question is a paste, not a question: the rest is ignored. */
const MAX_QUERY_WORDS = 32;

/** A headline as a reader sees it in an answer: title, tag, subtitle and date. */
function headlineExcerpt(headline: Headline): string {
  const tag = headline.tag ? ` [${headline.tag}]` : "";
  const subtitle = headline.subtitle ? ` — ${headline.subtitle}` : "";
  return `${headline.title}${tag}${subtitle} (${formatSiteDate(headline.publishedAt)})`;
}

export interface EngineOptions {
  language: Language;
  settings?: SearchSettings;
}

/**
 * Answers questions from a corpus. Retrieval is an inverted index with BM25, so a search touches
 * only the passages that share a word with the question (or a typo, an affix or a synonym of one);
 * Fuse.js scores the few vocabulary words within a typo of each question word. The index is built
 * once, here; a changed corpus gets a new engine.
 */
export function createSearchEngine(corpus: Corpus, options: EngineOptions): SearchEngine {
  return runAtOnce(engineSteps(corpus, options));
}

/**
 * The same engine, built in steps with pauses between them: a bot rebuilding the index of a large
 * corpus goes on answering from the old one meanwhile.
 */
export function buildSearchEngine(corpus: Corpus, options: EngineOptions): Promise<SearchEngine> {
  return runWithPauses(engineSteps(corpus, options));
}

function* engineSteps(corpus: Corpus, options: EngineOptions): BuildSteps<SearchEngine> {
  const settings = options.settings ?? SEARCH_DEFAULTS;
  const { rarity, synonyms } = options.language;
  const fold = createTermFolder();
  const passages = passagesOf(corpus);
  const index = yield* buildInvertedIndex(corpus, passages, fold, settings);
  yield;
  const expander = createTermExpander(index, settings);
  const rank = createRanker(index, settings);

  // Sections are split into sentences when first needed, and kept for the next questions, up to a bound.
  const analyzed = new Map<number, AnalyzedSentence[]>();
  function sentencesOfPassage(doc: number): AnalyzedSentence[] {
    let sentences = analyzed.get(doc);
    if (!sentences) {
      const passage = passages[doc]!;
      sentences = analyzeSection(corpus.articles[passage.ref]!.sections[passage.sectionIndex!]!.paragraphs, fold);
      if (analyzed.size >= settings.analyzedSectionsKept) analyzed.clear();
      analyzed.set(doc, sentences);
    }
    return sentences;
  }

  function parseQuestion(question: string): { query: QueryTerm[]; matched: Map<string, { query: number; weight: number }> } {
    const text = question.normalize("NFC");
    const words = new Map<string, string>();
    for (const { term, start, end } of tokenize(text, fold)) if (!words.has(term)) words.set(term, text.slice(start, end));
    const matched = new Map<string, { query: number; weight: number }>();
    const query = [...words].slice(0, MAX_QUERY_WORDS).map(([word, surface], position): QueryTerm => {
      const exact = expander.termId(word);
      // A word the corpus lacks weighs as much as it is rare in English: phrasing matters little, names a lot.
      const known = exact !== undefined ? index.idf[exact]! : index.maxIdf * Math.max(settings.unknownWordFloor, rarity(surface));
      // A number is rare in any corpus, yet names no topic alone: "2022" is not the point of a question.
      const importance = /^\d+$/.test(word) ? Math.min(known, index.maxIdf * settings.numberWeight) : known;
      const expansions = expander.expand(word, exact !== undefined || rarity(surface) >= settings.typoMinRarity);
      const related = synonyms(surface);
      const relate = (relatedWords: string[], weight: number) => {
        for (const { term } of relatedWords.flatMap((w) => tokenize(w, fold))) {
          const termId = expander.termId(term);
          if (termId !== undefined && !expansions.some((e) => e.termId === termId)) expansions.push({ termId, weight });
        }
      };
      relate(related.synonyms, settings.synonymWeight);
      relate(related.broader, settings.broaderWeight);
      // A stand-in found in a great many passages costs a long walk and tells little: only the word itself walks it.
      const affordable = expansions.filter((e) => e.weight === 1 || index.docs[e.termId]!.length <= settings.expansionMaxPassages);
      for (const { termId, weight } of affordable) {
        const term = index.terms[termId]!;
        const earlier = matched.get(term);
        if (!earlier || earlier.weight < importance * weight) matched.set(term, { query: position, weight: importance * weight });
      }
      return { expansions: affordable, importance };
    });
    return { query, matched };
  }

  function toAnswer(ranked: Ranked, totalImportance: number, matched: MatchedTerms): Answer {
    const { doc, coverage, strength } = ranked;
    const passage = passages[doc]!;
    if (passage.kind === "headline") {
      const headline = corpus.headlines[passage.ref]!;
      const excerpt = headlineExcerpt(headline);
      return {
        kind: "headline",
        article: headline.title,
        articleId: null,
        section: null,
        sectionIndex: null,
        headline: headline.title,
        headlineId: headline.id,
        excerpt,
        score: finalScore(coverage, strength, coverage),
        publishedAt: headline.publishedAt,
        url: headline.url,
        highlights: [],
        match: "answer",
        asked: null,
        subject: null,
      };
    }
    const article = corpus.articles[passage.ref]!;
    const section = article.sections[passage.sectionIndex!]!;
    const excerpt = excerptOf(sentencesOfPassage(doc), matched, fold, settings);
    const focus = totalImportance > 0 ? Math.min(1, excerpt.weight / totalImportance) : 0;
    return {
      kind: "section",
      article: article.title,
      articleId: article.id,
      section: section.heading,
      sectionIndex: passage.sectionIndex,
      headline: article.title,
      headlineId: null,
      excerpt: excerpt.text,
      score: finalScore(coverage, strength, focus),
      publishedAt: article.publishedAt,
      url: article.url,
      highlights: [],
      match: "answer",
      asked: null,
      subject: null,
    };
  }

  /** Coverage first; then how strongly, and how much in one place, the passage answers. */
  function finalScore(coverage: number, strength: number, focus: number): number {
    const { strengthShare: s, focusShare: f } = settings;
    return Math.round(coverage * (1 - s - f + s * strength + f * focus) * 1000) / 1000;
  }

  return {
    search(question: string, options: SearchOptions = {}): Answer[] {
      const { query, matched } = parseQuestion(question);
      const limit = options.limit ?? settings.limit;
      const accept = options.kind ? (doc: number) => passages[doc]!.kind === options.kind : () => true;
      const totalImportance = query.reduce((total, term) => total + term.importance, 0);
      // The final score never exceeds coverage, so a passage under the cut-off is not worth an excerpt.
      return rank(query, Math.max(limit, settings.rerankDepth), accept)
        .filter((r) => r.coverage >= settings.minScore)
        .map((r) => toAnswer(r, totalImportance, matched))
        .filter((answer) => answer.score >= settings.minScore)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((answer) => ({ ...answer, highlights: highlightsOf(answer.excerpt, matched, fold) }));
    },
  };
}
