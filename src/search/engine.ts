import type { Corpus, Headline } from "../corpus/types.js";
import type { Answer, SearchEngine, SearchOptions } from "./types.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "./defaults.js";
import { createTermExpander } from "./expand-terms.js";
import { excerptOf, highlightsOf, type MatchedTerms } from "./excerpt.js";
import { siteDate } from "./format-date.js";
import { buildInvertedIndex } from "./inverted-index.js";
import { passagesOf } from "./passages.js";
import { createRanker, type QueryTerm } from "./rank.js";
import { createTermFolder, tokenize } from "./tokenize.js";

/** Past this many content words a question is a paste, not a question: the rest is ignored. */
const MAX_QUERY_WORDS = 32;

/** A headline as a reader sees it in an answer: title, tag, subtitle and date. */
export function headlineExcerpt(headline: Headline): string {
  const tag = headline.tag ? ` [${headline.tag}]` : "";
  const subtitle = headline.subtitle ? ` — ${headline.subtitle}` : "";
  return `${headline.title}${tag}${subtitle} (${siteDate(headline.publishedAt)})`;
}

/**
 * Answers questions from a corpus. Retrieval is an inverted index with BM25, so a search touches
 * only the passages that share a word with the question; Fuse.js scores the few vocabulary words
 * within a typo of each question word. The index is built once, here.
 */
export function createSearchEngine(corpus: Corpus, settings: SearchSettings = SEARCH_DEFAULTS): SearchEngine {
  const fold = createTermFolder();
  const passages = passagesOf(corpus);
  const index = buildInvertedIndex(passages, fold, settings);
  const expander = createTermExpander(index.terms, settings);
  const rank = createRanker(index, settings);

  function parseQuestion(question: string): { query: QueryTerm[]; matched: Map<string, { query: number; weight: number }> } {
    const words = [...new Set(tokenize(question.normalize("NFC"), fold).map((t) => t.term))].slice(0, MAX_QUERY_WORDS);
    const matched = new Map<string, { query: number; weight: number }>();
    const query = words.map((word, position): QueryTerm => {
      const exact = expander.termId(word);
      const importance = exact !== undefined ? index.idf(exact) : index.maxIdf;
      const expansions = expander.expand(word);
      for (const { termId, weight } of expansions) {
        const term = index.terms[termId]!;
        const known = matched.get(term);
        if (!known || known.weight < importance * weight) matched.set(term, { query: position, weight: importance * weight });
      }
      return { expansions, importance };
    });
    return { query, matched };
  }

  function toAnswer(doc: number, score: number, matched: MatchedTerms): Answer {
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
        score,
        publishedAt: headline.publishedAt,
        url: headline.url,
        highlights: highlightsOf(excerpt, matched, fold),
      };
    }
    const article = corpus.articles[passage.ref]!;
    const section = article.sections[passage.sectionIndex!]!;
    const excerpt = excerptOf(section.paragraphs, matched, fold, settings);
    return {
      kind: "section",
      article: article.title,
      articleId: article.id,
      section: section.heading,
      sectionIndex: passage.sectionIndex,
      headline: article.title,
      headlineId: null,
      excerpt: excerpt.text,
      score,
      publishedAt: article.publishedAt,
      url: article.url,
      highlights: excerpt.highlights,
    };
  }

  return {
    search(question: string, options: SearchOptions = {}): Answer[] {
      const { query, matched } = parseQuestion(question);
      const limit = options.limit ?? settings.limit;
      const accept = options.kind ? (doc: number) => passages[doc]!.kind === options.kind : () => true;
      return rank(query, limit, accept)
        .filter((r) => r.coverage >= settings.minCoverage && r.score >= settings.minScore)
        .map((r) => toAnswer(r.doc, Math.round(r.score * 1000) / 1000, matched));
    },
  };
}
