import { isProbablyReaderable, Readability } from "@mozilla/readability";
import type { Article, Corpus } from "./types.js";
import type { ParseOptions } from "./parse-page.js";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { normalizeTitle } from "./text.js";
import { articleBlocks, type Block } from "./html/article-blocks.js";
import { blocksToSections } from "./html/article-sections.js";
import { readDatedLinks } from "./html/dated-links.js";
import { all, type HtmlDocument, type HtmlElement, parseDocument } from "./html/dom.js";
import { readPageMetadata, visibleHeading } from "./html/page-metadata.js";
import { shownAuthor, shownDate, shownSubtitle } from "./html/shown-header.js";
import { languageOfArticle, languageOfTag } from "./page-language.js";

export type HtmlParseOptions = ParseOptions & { url?: string | null };

/**
 * A photo's caption and credit: "The main hall of the new branch … Photo: Caliber.Az". Readability keeps a caption
 * that sits beside the picture above the text, and drops the class that would tell it from the lead's first paragraph.
 */
const CAPTIONS = "figcaption, [class*='caption']";

/** The main content as Readability finds it, as an element (not serialized HTML, so it is not parsed twice). */
function readMainContent(document: HtmlDocument): { content: HtmlElement; title: string | null; byline: string | null } | null {
  // Readability rewrites the document it is given: it gets a copy, and the page's lists of links stay for the headlines.
  const copy = document.cloneNode(true);
  for (const caption of all(copy, CAPTIONS)) caption.remove();
  const reader = new Readability<HtmlElement>(copy as never, { serializer: (node) => node as unknown as HtmlElement });
  const result = reader.parse();
  return result?.content ? { content: result.content, title: result.title ?? null, byline: result.byline ?? null } : null;
}

const proseLength = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + (block.kind === "paragraph" ? block.text.length : 0), 0);

/** The page's summary is its subtitle unless it only repeats the lead's first words. */
function descriptionAsSubtitle(description: string | null, blocks: readonly Block[]): string | null {
  if (!description) return null;
  const summary = normalizeTitle(description).replace(/\s*\S*$/, "");
  const repeatsText = blocks.some((block) => block.kind === "paragraph" && normalizeTitle(block.text).includes(summary));
  return repeatsText ? null : description;
}

/**
 * A saved or fetched HTML article page of any site's template: its article (title, subtitle, author,
 * date and address from the page's metadata, falling back to what its text shows; sections from its
 * headings) and the headlines of its dated link lists. Throws CorpusFileError when the page holds no article.
 */
export function parseHtml(html: string, options: HtmlParseOptions): Corpus {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.timezone, options.url ?? null);
  // The cheap check first: Readability clones and walks the whole page, wasted on a page refused anyway.
  const readable = metadata.declaresArticle || isProbablyReaderable(document as never);
  if (!readable) throw new CorpusFileError(CORPUS_ERRORS.noArticle);
  const main = readMainContent(document);
  const blocks = main ? articleBlocks(main.content) : [];
  if (!main || proseLength(blocks) < PAGE_FORMAT.minArticleChars) throw new CorpusFileError(CORPUS_ERRORS.noArticle);

  const title = metadata.title ?? visibleHeading(document) ?? (main.title?.trim() || null);
  if (!title) throw new CorpusFileError(CORPUS_ERRORS.noTitle);
  const subtitle = metadata.subtitle ?? shownSubtitle(document, title) ?? descriptionAsSubtitle(metadata.description, blocks);
  const author = metadata.author ?? shownAuthor(document, main.byline);
  const shown = shownDate(blocks, options.timezone);
  const sections = blocksToSections(blocks, { title, subtitle, author });
  if (sections.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);

  const article: Article = {
    id: options.articleId,
    title,
    subtitle: subtitle && normalizeTitle(subtitle) !== normalizeTitle(title) ? subtitle : null,
    author,
    category: metadata.category ?? shown?.category ?? null,
    publishedAt: metadata.publishedAt ?? shown?.publishedAt ?? null,
    url: metadata.url,
    language: languageOfTag(metadata.language) ?? languageOfArticle(title, sections),
    sections,
    file: options.file,
  };
  return { articles: [article], headlines: readDatedLinks(document, options.timezone, metadata.url) };
}
