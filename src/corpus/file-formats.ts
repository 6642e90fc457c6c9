import { basename, extname } from "node:path";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import type { FileResult, LoadOptions } from "./load-corpus.js";
import type { ParseOptions } from "./parse-page.js";
import { articleIdFromFile } from "./text.js";
import type { Corpus } from "./types.js";

/** The page formats a corpus folder holds, by file extension. */
export const FORMAT_OF_EXTENSION = { ".txt": "page", ".md": "markdown", ".html": "html", ".htm": "html" } as const;
export type PageFormat = (typeof FORMAT_OF_EXTENSION)[keyof typeof FORMAT_OF_EXTENSION];
export type PageParser = (text: string, options: ParseOptions) => Corpus;

/** A file's format from its name; undefined for a file of no page format. */
export function formatOf(file: string): PageFormat | undefined {
  return FORMAT_OF_EXTENSION[extname(file).toLowerCase() as keyof typeof FORMAT_OF_EXTENSION];
}

function decode(bytes: Buffer): string {
  if (bytes.length === 0) throw new CorpusFileError(CORPUS_ERRORS.empty);
  if (bytes.length > PAGE_FORMAT.maxFileBytes) throw new CorpusFileError(CORPUS_ERRORS.tooLarge(bytes.length));
  const text = new TextDecoder("utf-8").decode(bytes);
  const unreadable = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (unreadable > Math.max(1, text.length * PAGE_FORMAT.maxBinaryShare)) throw new CorpusFileError(CORPUS_ERRORS.binary);
  if (text.trim() === "") throw new CorpusFileError(CORPUS_ERRORS.empty);
  return text.replace(/^\ufeff/, "");
}

/** Parses one file's bytes with its format's parser (undefined: of no format); never throws for a bad file, giving the reason it was refused. */
export function parseFileBytes(parse: PageParser | undefined, file: string, bytes: Buffer, options: LoadOptions): FileResult {
  try {
    if (!parse) throw new CorpusFileError(CORPUS_ERRORS.unsupported(extname(file).toLowerCase() || file));
    const name = basename(file);
    return { ok: true, corpus: parse(decode(bytes), { articleId: articleIdFromFile(name), file: name, timezone: options.timezone }) };
  } catch (error) {
    if (error instanceof CorpusFileError) return { ok: false, reason: error.message };
    throw error;
  }
}
