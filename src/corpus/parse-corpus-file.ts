import { formatOf, parseFileBytes, type PageFormat, type PageParser } from "./file-formats.js";
import type { FileResult, LoadOptions } from "./load-corpus.js";
import { parseHtml } from "./parse-html.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parsePage } from "./parse-page.js";

const PARSERS: Record<PageFormat, PageParser> = { page: parsePage, markdown: parseMarkdown, html: parseHtml };

/** Parses one file's bytes; never throws: a bad file gives the reason it was refused. */
export function parseCorpusFile(file: string, bytes: Buffer, options: LoadOptions): FileResult {
  const format = formatOf(file);
  return parseFileBytes(format && PARSERS[format], file, bytes, options);
}
