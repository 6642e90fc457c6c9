import { Lexer, type Token, type Tokens } from "marked";
import { decodeHTML } from "entities";
import type { Corpus, Headline, Section } from "./types.js";
import type { ParseOptions } from "./parse-page.js";
import { parseLooseDate } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { readFrontMatter } from "./front-matter.js";
import { languageOfArticle, languageOfTag } from "./page-language.js";
import { inlineText, oneLine } from "./markdown-text.js";
import { parseDocument, visibleText } from "./html/dom.js";
import { isListHeading } from "./line-kinds.js";
import { separateLists } from "./page-lists.js";

type Block = { kind: "title" | "heading" | "paragraph"; text: string };

/** The text blocks of Markdown in reading order: a list gives one paragraph per item, a code block its code. */
function blocksOf(tokens: readonly Token[], blocks: Block[] = []): Block[] {
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        blocks.push({ kind: heading.depth === 1 ? "title" : "heading", text: oneLine(inlineText(heading.tokens)) });
        break;
      }
      case "paragraph":
        blocks.push({ kind: "paragraph", text: oneLine(inlineText((token as Tokens.Paragraph).tokens)) });
        break;
      case "text":
        blocks.push({ kind: "paragraph", text: oneLine(inlineText((token as Tokens.Text).tokens) || decodeHTML((token as Tokens.Text).text)) });
        break;
      case "code":
        blocks.push({ kind: "paragraph", text: oneLine((token as Tokens.Code).text) });
        break;
      case "list":
        for (const item of (token as Tokens.List).items) blocksOf(item.tokens, blocks);
        break;
      case "blockquote":
        blocksOf((token as Tokens.Blockquote).tokens, blocks);
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) blocks.push({ kind: "paragraph", text: row.map((cell) => oneLine(inlineText(cell.tokens))).join(" | ") });
        break;
      }
      case "html":
        blocks.push({ kind: "paragraph", text: visibleText(parseDocument((token as Tokens.HTML).text).documentElement) });
        break;
    }
  }
  return blocks.filter((block) => block.text.length > 0);
}

/**
 * A section under one of the site's list headings ("## Latest news") whose paragraphs are all entries (a title,
 * maybe a subtitle, then a date, as a scraped page has them): the list's headlines. Anything else under such a
 * heading is the article's own text, kept as a section.
 */
function listHeadlines(section: Section, timezone: string): Headline[] | null {
  if (section.heading === null || !isListHeading(section.heading)) return null;
  try {
    const { text, headlines } = separateLists([section.heading, ...section.paragraphs], timezone);
    return text.length === 0 && headlines.length > 0 ? headlines : null;
  } catch (error) {
    if (error instanceof CorpusFileError) return null;
    throw error;
  }
}

/**
 * An article an editor wrote in Markdown (read by marked's lexer): optional YAML front matter (date,
 * category, url, subtitle, author, title, lang), `# title`, lead paragraphs, then `## section` headings; a
 * `## Latest news` or `## Read also` of dated entries gives headlines, as on a scraped page.
 */
export function parseMarkdown(text: string, options: ParseOptions): Corpus {
  const { fields, body } = readFrontMatter(text);
  let title = fields.get("title") ?? null;
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (const block of blocksOf(new Lexer().lex(body))) {
    if (block.kind === "title" && title === null) title = block.text;
    // A `# title` before the text repeats the front matter's title: the page's title line, not a section's heading.
    else if (block.kind === "title" && sections.length === 0 && current.paragraphs.length === 0) continue;
    else if (block.kind === "paragraph") current.paragraphs.push(block.text);
    else {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    }
  }
  if (current.paragraphs.length > 0) sections.push(current);
  const headlines: Headline[] = [];
  const own = sections.filter((section) => {
    const listed = listHeadlines(section, options.timezone);
    if (listed) headlines.push(...listed);
    return listed === null;
  });

  if (!title) throw new CorpusFileError(CORPUS_ERRORS.noTitle);
  if (own.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);
  const date = fields.get("date");
  return {
    articles: [
      {
        id: options.articleId,
        title,
        subtitle: fields.get("subtitle") ?? null,
        author: fields.get("author") ?? null,
        category: fields.get("category") ?? null,
        publishedAt: date ? parseLooseDate(date, options.timezone) : null,
        url: fields.get("url") ?? null,
        language: languageOfTag(fields.get("lang") ?? fields.get("language")) ?? languageOfArticle(title, own),
        sections: own,
        file: options.file,
      },
    ],
    headlines,
  };
}
