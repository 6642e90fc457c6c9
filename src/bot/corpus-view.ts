import type { Article, Corpus, Headline } from "../corpus/types.js";
import { normalizeTitle } from "../corpus/text.js";
import { shortHash } from "./keyboards/callback-data.js";

/**
 * What the bot's lists need from a corpus, computed once per corpus object: the corpus is replaced, never
 * mutated, when it reloads, so a new object means new lists and new fingerprints.
 */
interface CorpusView {
  /** Articles and headlines together, newest first; an article listed as a headline too is shown once. */
  latest: Headline[];
  /** The articles newest first, as /sections lists them. */
  newestArticles: Article[];
  /** Changes whenever the list of headlines does, so an old page's buttons can tell. */
  headlinesFingerprint: string;
  articlesFingerprint: string;
  byKey: Map<string, Article>;
  byId: Map<string, Article>;
  headlinesById: Map<string, Headline>;
}

const views = new WeakMap<Corpus, CorpusView>();

function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * The list an article with no rubric is filed under in /latest. It is an internal name, never shown (see
 * headlineMeta), so it needs no translation.
 */
export const UNFILED_ARTICLES = "Articles";

/** An article as an entry of /latest: its title, subtitle, date and rubric, linked to its page. */
function articleEntry(article: Article): Headline {
  return {
    id: article.id,
    title: article.title,
    tag: null,
    subtitle: article.subtitle,
    publishedAt: article.publishedAt ?? "",
    list: article.category ?? UNFILED_ARTICLES,
    url: article.url,
    language: article.language,
  };
}

function latestEntries(corpus: Corpus): Headline[] {
  const articleTitles = new Set(corpus.articles.map((article) => normalizeTitle(article.title)));
  const headlines = corpus.headlines.filter((headline) => !articleTitles.has(normalizeTitle(headline.title)));
  return [...corpus.articles.map(articleEntry), ...headlines].sort(
    (a, b) => time(b.publishedAt) - time(a.publishedAt) || a.title.localeCompare(b.title),
  );
}

function viewOf(corpus: Corpus): CorpusView {
  let view = views.get(corpus);
  if (!view) {
    const latest = latestEntries(corpus);
    const newestArticles = [...corpus.articles].sort(
      // Articles of one date keep a reader's order of their titles: "Part 2" before "Part 10".
      (a, b) => time(b.publishedAt ?? "") - time(a.publishedAt ?? "") || a.title.localeCompare(b.title, "en", { numeric: true }),
    );
    view = {
      latest,
      newestArticles,
      headlinesFingerprint: shortHash(latest.map((h) => h.id).join("\n")),
      articlesFingerprint: shortHash(newestArticles.map((a) => `${a.id}/${a.sections.length}`).join("\n")),
      byKey: new Map(corpus.articles.map((a) => [articleKey(a), a])),
      byId: new Map(corpus.articles.map((a) => [a.id, a])),
      headlinesById: new Map(corpus.headlines.map((h) => [h.id, h])),
    };
    views.set(corpus, view);
  }
  return view;
}

/** A short stable key for an article (its id can be longer than callback data allows). */
export function articleKey(article: Article): string {
  return shortHash(article.id);
}

/** A check that a section is still the one a button was made for. */
export function sectionCheck(article: Article, sectionIndex: number): string {
  const section = article.sections[sectionIndex];
  return shortHash(`${section?.heading ?? ""}\n${section?.paragraphs.join("\n") ?? ""}`, 5);
}

export const latestHeadlines = (corpus: Corpus): readonly Headline[] => viewOf(corpus).latest;
export const newestArticles = (corpus: Corpus): readonly Article[] => viewOf(corpus).newestArticles;
export const headlinesFingerprint = (corpus: Corpus): string => viewOf(corpus).headlinesFingerprint;
export const articlesFingerprint = (corpus: Corpus): string => viewOf(corpus).articlesFingerprint;
export const articleByKey = (corpus: Corpus, key: string): Article | undefined => viewOf(corpus).byKey.get(key);
export const articleById = (corpus: Corpus, id: string): Article | undefined => viewOf(corpus).byId.get(id);
export const headlineById = (corpus: Corpus, id: string): Headline | undefined => viewOf(corpus).headlinesById.get(id);

/** One page of a list; null when the page no longer exists. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } | null {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page < 0 || page >= pages) return null;
  return { items: items.slice(page * size, page * size + size), page, pages };
}
