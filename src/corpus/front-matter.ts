import { parse as parseYaml, YAMLParseError } from "yaml";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";

export interface FrontMatter {
  /** The fields as text, keyed in lower case; a list (several authors) is joined with commas. */
  fields: Map<string, string>;
  /** The Markdown after the front matter. */
  body: string;
}

const DELIMITER = /^---\s*$/;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(", ") || null;
  if (typeof value === "object") return asText((value as Record<string, unknown>).name);
  return String(value).trim() || null;
}

/**
 * Reads the YAML front matter between `---` lines at the top of a Markdown article. A file without it
 * has no fields; front matter that is not YAML, or not a set of fields, refuses the file naming the line.
 */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split(/\r?\n/);
  if (!DELIMITER.test(lines[0] ?? "")) return { fields: new Map(), body: text };
  const end = lines.findIndex((line, i) => i > 0 && DELIMITER.test(line));
  if (end === -1) throw new CorpusFileError(CORPUS_ERRORS.unclosedFrontMatter);
  const yaml = lines.slice(1, end);
  let data: unknown;
  try {
    data = parseYaml(yaml.join("\n"));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = yaml[(error.linePos?.[0]?.line ?? 1) - 1] ?? yaml[0] ?? "";
    throw new CorpusFileError(CORPUS_ERRORS.badFrontMatter(line.trim()));
  }
  const body = lines.slice(end + 1).join("\n");
  if (data === null || data === undefined) return { fields: new Map(), body };
  if (typeof data !== "object" || Array.isArray(data)) throw new CorpusFileError(CORPUS_ERRORS.badFrontMatter(yaml.find((l) => l.trim())!.trim()));
  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    const textValue = asText(value);
    if (textValue !== null) fields.set(key.toLowerCase(), textValue);
  }
  return { fields, body };
}
