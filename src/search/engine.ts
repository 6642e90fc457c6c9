import { formatSiteDate } from "../corpus/dates.js";
import type { Article, Corpus, Headline, LanguageCode } from "../corpus/types.js";
import type { Answer, SearchEngine, SearchOptions, WordShare } from "./types.js";
import { runAtOnce, runWithPauses, type BuildSteps } from "./build-steps.js";
import { SEARCH_DEFAULTS, type SearchSettings } from "./defaults.js";
import { buildTermTables, createTermExpander } from "./expand-terms.js";
import { excerptOf, highlightsOf, type AnalyzedSentence } from "./excerpt.js";
import { createSectionSentences, type SectionSentences } from "./section-sentences.js";
import { buildInvertedIndex, type InvertedIndex } from "./inverted-index.js";
import type { GivenTerms } from "./given-terms.js";
import { passagesOf, type Passage } from "./passages.js";
import { wholeIndex, type SearchIndex } from "./search-index.js";
import { createRanker, type Ranked } from "./rank.js";
import { createFolders, EDGE_PUNCTUATION, splitWords, termsOfPiece, tokenize } from "./tokenize.js";
import { questionLanguage } from "./languages/question-language.js";
import type { Language } from "./language.js";
import { createQuestionParser, type ParsedQuestion } from "./parse-question.js";
import type { QuestionWord } from "./question-words.js";
import { answerKindOf } from "./answer-kind.js";
import { settleList, type Candidate } from "./answer-list.js";
import { articleAnswer, articleQuestionOf, articleReply, newestReadable, type ArticleQuestion } from "./article-questions.js";
import { createProseMemo, proseSharesOf, type ProseMemo } from "./prose.js";
import { asksAdvice, givesAskedTest, headingAnnounces, headingLeads, namedByHeadingAlone, namesNoSubject, type GivesTest } from "./asked.js";
import { createGlossOverlap } from "./gloss-overlap.js";
import { createArticleSubjects } from "./article-subjects.js";
import { createTextKeys } from "./text-keys.js";

/** A headline as a reader sees it in an answer: title, tag, subtitle and date. */
const NONE_NAMED: ReadonlySet<QuestionWord> = new Set();

function headlineExcerpt(headline: Headline): string {
  const tag = headline.tag ? ` [${headline.tag}]` : "";
  const subtitle = headline.subtitle ? ` — ${headline.subtitle}` : "";
  return `${headline.title}${tag}${subtitle} (${formatSiteDate(headline.publishedAt)})`;
}

export interface EngineOptions {
  language: Language;
  settings?: SearchSettings;
  /** The corpus's index, already built (read from a save, see src/saved-index/); built here when absent. */
  index?: InvertedIndex;
  /**
   * Or the live segments' index with each of its passages in this corpus (undefined where masked): a corpus
   * whose pages are indexed as they land (see src/search/segments/).
   */
  segmented?: { index: SearchIndex; passages: ReadonlyArray<Passage | undefined> };
  /** Prose measures shared with the engines before this one over the same pages, made with the same settings. */
  prose?: ProseMemo;
  /** Sections' sentences shared with the engines before this one, as the prose measures are. */
  sentences?: SectionSentences;
}

/** Builds the index of a corpus alone, as an engine does: to save it beside the corpus. */
export function indexCorpus(corpus: Corpus, settings: SearchSettings = SEARCH_DEFAULTS, given?: GivenTerms): InvertedIndex {
  return runAtOnce(buildInvertedIndex(corpus, passagesOf(corpus), createFolders(), settings, given));
}

/** The same in steps with pauses between them, for a bot that goes on answering meanwhile. */
export function buildIndex(corpus: Corpus, settings: SearchSettings = SEARCH_DEFAULTS, given?: GivenTerms): Promise<InvertedIndex> {
  return runWithPauses(buildInvertedIndex(corpus, passagesOf(corpus), createFolders(), settings, given));
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

function* wholeIndexOf(corpus: Corpus, built: InvertedIndex | undefined, settings: SearchSettings): BuildSteps<{ index: SearchIndex; passages: Passage[] }> {
  const passages = passagesOf(corpus);
  const index = built ?? (yield* buildInvertedIndex(corpus, passages, createFolders(), settings));
  return { index: wholeIndex(index, index.tables ?? buildTermTables(index.terms, settings)), passages };
}

function* engineSteps(corpus: Corpus, options: EngineOptions): BuildSteps<SearchEngine> {
  const settings = options.settings ?? SEARCH_DEFAULTS;
  const foldFor = createFolders();
  const { index, passages } = options.segmented ?? (yield* wholeIndexOf(corpus, options.index, settings));
  yield;
  const expander = createTermExpander(index, settings);
  const rank = createRanker(index, settings);

  const sectionSentences = options.sentences ?? createSectionSentences(settings.analyzedSectionsKept);
  function sentencesOfPassage(doc: number): AnalyzedSentence[] {
    const passage = passages[doc]!;
    return sectionSentences(corpus.articles[passage.ref]!.sections[passage.sectionIndex!]!, passage.language);
  }

  // How much each passage reads as prose, found when first needed (NaN: not yet) and kept: by passage here, since
  // ranking asks it of thousands a question, and in the memo too, which this engine's successors share.
  const prose = options.prose ?? createProseMemo(options.language.listed, proseSharesOf(settings));
  const proseFactors = new Float32Array(passages.length).fill(Number.NaN);
  function proseFactor(doc: number): number {
    if (Number.isNaN(proseFactors[doc]!)) {
      const passage = passages[doc]!;
      const measured =
        passage.kind === "headline"
          ? prose.headline(corpus.headlines[passage.ref]!)
          : prose.section(corpus.articles[passage.ref]!.sections[passage.sectionIndex!]!, passage.language);
      proseFactors[doc] = 1 - settings.proseWeight + settings.proseWeight * measured;
    }
    return proseFactors[doc]!;
  }

  const parseQuestion = createQuestionParser({ index, expander, language: options.language, foldFor, settings });

  const glossCredit = createGlossOverlap(options.language.definitions, foldFor("en"), settings.glossPassagesKept);
  /**
   * A candidate's coverage, and its score with it, grown by the question words its passage holds only through a
   * word WordNet defines by them. Asked only of candidates confident without it: expansions never decide alone
   * that a passage answers, they only order those that do. Definitions are English: other pages earn nothing.
   */
  function withGlossCredit(candidate: Candidate, doc: number, parsed: ParsedQuestion, totalImportance: number): Candidate {
    const passage = passages[doc]!;
    if (passage.language !== "en" || totalImportance === 0 || candidate.coverage === 0) return candidate;
    const texts = () => (passage.kind === "headline" ? [corpus.headlines[passage.ref]!.title] : sentencesOfPassage(doc).map((s) => s.text));
    const credit = glossCredit(parsed.words, doc, texts, settings.glossWeight);
    if (credit === 0) return candidate;
    const coverage = Math.min(1, candidate.coverage + credit / totalImportance);
    // The final score grows as its coverage does (see finalScore).
    const score = Math.round(((candidate.answer.score * coverage) / candidate.coverage) * 1000) / 1000;
    return { ...candidate, coverage, answer: { ...candidate.answer, score } };
  }

  const termsOf = (text: string, language: LanguageCode) => new Set(tokenize(text, foldFor(language)).map((t) => t.term));
  /**
   * The question's words a section's heading names for each of its sentences: none for a headline or a lead, nor for a
   * question that asks for nothing in particular, whose answer need not stand beside a thing asked about.
   */
  function namedByHeadingIn(doc: number, question: ParsedQuestion): ReadonlySet<QuestionWord> {
    const passage = passages[doc]!;
    const heading = passage.kind === "section" ? corpus.articles[passage.ref]!.sections[passage.sectionIndex!]!.heading : null;
    if (heading === null || question.asked.asked === null) return NONE_NAMED;
    return namedByHeadingAlone(question.words, termsOf(heading, passage.language), sentencesOfPassage(doc));
  }
  const textKeyOf = createTextKeys(settings.analyzedSectionsKept);

  function toCandidate(
    ranked: Ranked,
    totalImportance: number,
    question: ParsedQuestion,
    questionLanguage: LanguageCode,
    givesIn: (pageLanguage: LanguageCode) => GivesTest | undefined,
    namedByHeading: ReadonlySet<QuestionWord>,
  ): Candidate {
    const { doc, coverage, strength } = ranked;
    const passage = passages[doc]!;
    const common = { match: "answer" as const, asked: question.asked.asked, subject: null, highlights: [], language: passage.language, questionLanguage };
    if (passage.kind === "headline") {
      const headline = corpus.headlines[passage.ref]!;
      const title = termsOf(headline.title, headline.language);
      const answer: Answer = {
        kind: "headline",
        article: headline.title,
        articleId: null,
        section: null,
        sectionIndex: null,
        headline: headline.title,
        headlineId: headline.id,
        excerpt: headlineExcerpt(headline),
        score: finalScore(coverage, strength, coverage, proseFactor(doc)),
        publishedAt: headline.publishedAt,
        url: headline.url,
        ...common,
      };
      const askedByName = question.words.every((word) => title.has(word.term));
      return { answer, textKey: textKeyOf(doc, () => `h:${headline.title}`), askedByName, coverage, held: ranked.held };
    }
    const article = corpus.articles[passage.ref]!;
    const section = article.sections[passage.sectionIndex!]!;
    const gives = givesIn(passage.language);
    const focusSaid = [...namedByHeading].some((word) => word.focus);
    const excerpt = excerptOf(sentencesOfPassage(doc), question.matched, foldFor(passage.language), settings, gives && ((s) => gives(s, focusSaid)));
    // A question that asks for something is answered in one place as far as the sentence giving it stands on the
    // question's words: half of what the excerpt holds is counted there ("takes about 18 hours" on the Alat crossing
    // holds the question's "Alat", not its "expansion").
    const focusWeight = question.asked.asked === null ? excerpt.weight : (excerpt.weight + excerpt.givingWeight) / 2;
    const focus = totalImportance > 0 ? Math.min(1, focusWeight / totalImportance) : 0;
    const leads = headingLeads(section.heading, question.words, question.asked, (text) => termsOf(text, passage.language));
    const answer: Answer = {
      kind: "section",
      article: article.title,
      articleId: article.id,
      section: section.heading,
      sectionIndex: passage.sectionIndex,
      headline: article.title,
      headlineId: null,
      excerpt: excerpt.text,
      score: Math.min(1, finalScore(coverage, strength, focus, proseFactor(doc)) * (leads ? settings.announcingHeadingBonus : 1)),
      publishedAt: article.publishedAt,
      url: article.url,
      ...common,
    };
    return { answer, textKey: textKeyOf(doc, () => `s:${section.heading ?? ""}\u0000${section.paragraphs.join(" ")}`), askedByName: false, coverage, held: ranked.held };
  }

  const articleSubject = createArticleSubjects(corpus.articles, termsOf, settings.analyzedSectionsKept);

  /** Whether the excerpt holds what was asked, or only speaks of the question's subject. */
  function judged(candidate: Candidate, doc: number, question: ParsedQuestion, namedByHeading: ReadonlySet<QuestionWord>): Candidate {
    const { excerpt, kind: passageKind, language, section, article } = candidate.answer;
    const passage = passages[doc]!;
    const context = {
      around: passageKind === "section" ? `${section ?? ""}.\n${article}.` : "",
      namedByHeading,
      title: passageKind === "section" ? article : "",
      articleHolds: (term: string) => passage.kind === "section" && articleSubject(passage.ref).has(term),
      publishedYear: candidate.answer.publishedAt ? Number(candidate.answer.publishedAt.slice(0, 4)) : null,
      announced: passageKind === "section" && headingAnnounces(section, question.asked),
    };
    const kind = answerKindOf(excerpt, passageKind, question.words, question.asked, foldFor(language), options.language, context);
    return { ...candidate, answer: { ...candidate.answer, ...kind } };
  }

  /** Coverage first; then how strongly, and how much in one place, the passage answers; less for a passage that is not prose. */
  function finalScore(coverage: number, strength: number, focus: number, proseFactor: number): number {
    const { strengthShare: s, focusShare: f } = settings;
    return Math.round(coverage * (1 - s - f + s * strength + f * focus) * proseFactor * 1000) / 1000;
  }

  const isSection = (doc: number) => passages[doc]!.kind === "section";
  // Found at the first question about "the article" that names none, then kept: the newest that reads as English
  // prose (the phrasings of such questions are English, and only English text can be measured as prose here).
  let newestArticle: number | undefined;
  const readsAsProse = (article: Article) =>
    article.language === "en" && prose.section(article.sections[0]!, article.language) === 1;

  /** Who wrote it, what it is about, when and where it appeared: the article the rest of the question names, else the newest. */
  function aboutArticle(question: ArticleQuestion, fullQuestion: string): Answer[] {
    if (corpus.articles.length === 0) return [];
    const [named] = question.rest ? rank(parseQuestion(question.rest).query, 1, isSection) : [];
    const ref = named && named.coverage >= settings.minScore ? passages[named.doc]!.ref : (newestArticle ??= newestReadable(corpus.articles, readsAsProse));
    const article = corpus.articles[ref]!;
    const reply = articleReply(article, question.ask, settings.excerptMaxLength);
    return [articleAnswer(article, reply, highlightsOf(reply.excerpt, parseQuestion(fullQuestion).typed, foldFor(article.language)))];
  }

  /** The answers among the passages `accept` lets through, best first, each with its words in bold. */
  function answersIn(parsed: ParsedQuestion, language: LanguageCode, accept: (doc: number) => boolean, limit: number): Answer[] {
    if (namesNoSubject(parsed.words)) return [];
    const totalImportance = parsed.query.reduce((total, term) => total + term.importance, 0);
    // What gives the question's answer in a sentence, made once a question and page language, not once a candidate.
    const gives = new Map<LanguageCode, GivesTest | undefined>();
    const givesIn = (pageLanguage: LanguageCode) => {
      if (!gives.has(pageLanguage)) gives.set(pageLanguage, givesAskedTest(parsed.words, parsed.asked, foldFor(pageLanguage)));
      return gives.get(pageLanguage);
    };
    // The final score never exceeds coverage, so a passage under the cut-off is not worth an excerpt.
    // Passages are weighed as prose as they are ranked: among many pages, word salad that shares the question's
    // words by chance would otherwise fill the best places.
    const candidates = rank(parsed.query, Math.max(limit, settings.rerankDepth), accept, proseFactor)
      .filter((r) => r.coverage >= settings.minScore)
      .flatMap((r) => {
        const namedByHeading = namedByHeadingIn(r.doc, parsed);
        const candidate = toCandidate(r, totalImportance, parsed, language, givesIn, namedByHeading);
        if (candidate.answer.score < settings.minScore) return [];
        return [judged(language === "en" ? withGlossCredit(candidate, r.doc, parsed, totalImportance) : candidate, r.doc, parsed, namedByHeading)];
      });
    return settleList(candidates, settings.moreAnswersShare, settings.trustedRelatedCoverage)
      .slice(0, limit)
      .map((answer) => ({ ...answer, highlights: highlightsOf(answer.excerpt, parsed.typed, foldFor(answer.language)) }));
  }

  return {
    search(question: string, options: SearchOptions = {}): Answer[] {
      const ofArticle = options.kind === "headline" ? null : articleQuestionOf(question);
      if (ofArticle) return aboutArticle(ofArticle, question);
      const limit = options.limit ?? settings.limit;
      const ofKind = (doc: number) => !options.kind || passages[doc]!.kind === options.kind;
      const language = questionLanguage(question);
      // An English question reads every page as before; another is searched in its own language's pages first,
      // then in the others by the names that cross (see parse-question.ts).
      if (language === "en") return asksAdvice(question) ? [] : answersIn(parseQuestion(question), "en", ofKind, limit);
      const own = answersIn(parseQuestion(question, language), language, (doc) => ofKind(doc) && passages[doc]!.language === language, limit);
      const others = answersIn(parseQuestion(question, language, true), language, (doc) => ofKind(doc) && passages[doc]!.language !== language, limit);
      const [first, second] = own[0]?.match !== "answer" && others[0]?.match === "answer" ? [others, own] : [own, others];
      return [...first, ...second].slice(0, limit);
    },
    wordShares(text: string): { passages: number; words: WordShare[] } {
      const words: WordShare[] = [];
      const fold = foldFor(questionLanguage(text));
      for (const piece of splitWords(text.normalize("NFC"))) {
        const word = piece.replace(EDGE_PUNCTUATION, "");
        if (!word) continue;
        const terms = termsOfPiece(word, fold);
        const share = (term: string) => {
          const id = index.termId(term);
          return id === undefined || index.passageCount === 0 ? 0 : index.df[id]! / index.passageCount;
        };
        words.push({ word, share: terms.length === 0 ? null : Math.max(...terms.map(share)) });
      }
      return { passages: index.passageCount, words };
    },
  };
}
