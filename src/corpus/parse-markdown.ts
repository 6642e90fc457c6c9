import type { Corpus, Section } from "./types.js";
import type { ParseOptions } from "./parse-page.js";
import { parseLooseDate } from "./dates.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";

/** Inline Markdown reduced to the plain text a reader sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)(\S.*?\S|\S)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

function readFrontMatter(lines: string[]): { fields: Map<string, string>; rest: string[] } {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== "---") return { fields, rest: lines };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end === -1) throw new CorpusFileError(CORPUS_ERRORS.unclosedFrontMatter);
  for (const line of lines.slice(1, end)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
    if (!match) throw new CorpusFileError(CORPUS_ERRORS.badFrontMatter(line.trim()));
    fields.set(match[1]!.toLowerCase(), match[2]!.replace(/^["']|["']$/g, "").trim());
  }
  return { fields, rest: lines.slice(end + 1) };
}

/**
 * An article an editor wrote in Markdown: optional front matter (date, category, url, subtitle),
 * `# title`, lead paragraphs, then `## section` headings. Paragraphs are separated by blank lines.
 */
export function parseMarkdown(text: string, options: ParseOptions): Corpus {
  const { fields, rest } = readFrontMatter(text.split(/\r?\n/));
  let title = fields.get("title") ?? null;
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  let paragraph: string[] = [];

  const endParagraph = () => {
    const joined = plainText(paragraph.join(" ").replace(/\s+/g, " "));
    if (joined) current.paragraphs.push(joined);
    paragraph = [];
  };
  for (const line of rest) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      endParagraph();
      if (heading[1] === "#" && title === null) title = plainText(heading[2]!);
      else {
        if (current.paragraphs.length > 0) sections.push(current);
        current = { heading: plainText(heading[2]!), paragraphs: [] };
      }
    } else if (line.trim() === "") endParagraph();
    else paragraph.push(line.trim().replace(/^>\s?/, ""));
  }
  endParagraph();
  if (current.paragraphs.length > 0) sections.push(current);

  if (!title) throw new CorpusFileError(CORPUS_ERRORS.noTitle);
  if (sections.length === 0) throw new CorpusFileError(CORPUS_ERRORS.noBody);
  const date = fields.get("date");
  return {
    articles: [
      {
        id: options.articleId,
        title,
        subtitle: fields.get("subtitle") || null,
        author: fields.get("author") || null,
        category: fields.get("category") || null,
        publishedAt: date ? parseLooseDate(date, options.timezone) : null,
        url: fields.get("url") || null,
        sections,
        file: options.file,
      },
    ],
    headlines: [],
  };
}
