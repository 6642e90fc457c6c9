import { Lexer, type Token, type Tokens } from "marked";
import { decodeHTML } from "entities";
import type { Corpus, Section } from "./types.js";
import type { ParseOptions } from "./parse-page.js";
import { parseLooseDate } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import { readFrontMatter } from "./front-matter.js";
import { languageOfTag, languageOfText } from "./page-language.js";
import { inlineText, oneLine } from "./markdown-text.js";
import { parseDocument, visibleText } from "./html/dom.js";

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

/** The article's words, for reading its language when its front matter does not say it. */
const textOf = (title: string, sections: readonly Section[]) => [title, ...sections.flatMap((section) => section.paragraphs)].join("\n");

/**
 * An article an editor wrote in Markdown (read by marked's lexer): optional YAML front matter (date,
 * category, url, subtitle, author, title, lang), `# title`, lead paragraphs, then `## section` headings.
 */
export function parseMarkdown(text: string, options: ParseOptions): Corpus {
  const { fields, body } = readFrontMatter(text);
  let title = fields.get("title") ?? null;
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (const block of blocksOf(new Lexer().lex(body))) {
    if (block.kind === "title" && title === null) title = block.text;
    else if (block.kind === "paragraph") current.paragraphs.push(block.text);
    else {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    }
  }
  if (current.paragraphs.length > 0) sections.push(current);

  if (!title) throw new CorpusFileError(CORPUS_ERRORS.noTitle);
  if (sections.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);
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
        language: languageOfTag(fields.get("lang") ?? fields.get("language")) ?? languageOfText(textOf(title, sections)),
        sections,
        file: options.file,
      },
    ],
    headlines: [],
  };
}
