import type { PageFormat, PageParser } from "../corpus/file-formats.js";

const LOADERS: Record<PageFormat, () => Promise<PageParser>> = {
  page: async () => (await import("../corpus/parse-page.js")).parsePage,
  markdown: async () => (await import("../corpus/parse-markdown.js")).parseMarkdown,
  html: async () => (await import("../corpus/parse-html.js")).parseHtml,
};

/**
 * Each format's parser, imported when a worker first meets a file of it. The Markdown and HTML parsers
 * (marked, YAML, linkedom, Readability) took about 0.4 s of CPU to import, in each worker at every cold start,
 * and most folders hold one format. Each format's import is asked for once and its promise kept for every
 * file after.
 */
export function createFormatParsers(): (format: PageFormat) => Promise<PageParser> {
  const loaded = new Map<PageFormat, Promise<PageParser>>();
  return (format) => {
    let parser = loaded.get(format);
    if (!parser) loaded.set(format, (parser = LOADERS[format]()));
    return parser;
  };
}
