import { basename, extname } from "node:path";
import { PAGE_FORMAT } from "./defaults.js";
import { CORPUS_ERRORS, CorpusFileError } from "./errors.js";
import type { FileResult, LoadOptions } from "./load-corpus.js";
import { parseHtml } from "./parse-html.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parsePage } from "./parse-page.js";
import { articleIdFromFile } from "./text.js";

const PARSERS = { ".txt": parsePage, ".md": parseMarkdown, ".html": parseHtml, ".htm": parseHtml } as const;

function decode(bytes: Buffer): string {
  if (bytes.length === 0) throw new CorpusFileError(CORPUS_ERRORS.empty);
  if (bytes.length > PAGE_FORMAT.maxFileBytes) throw new CorpusFileError(CORPUS_ERRORS.tooLarge(bytes.length));
  const text = new TextDecoder("utf-8").decode(bytes);
  const unreadable = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (unreadable > Math.max(1, text.length * PAGE_FORMAT.maxBinaryShare)) throw new CorpusFileError(CORPUS_ERRORS.binary);
  if (text.trim() === "") throw new CorpusFileError(CORPUS_ERRORS.empty);
  return text.replace(/^\ufeff/, "");
}

/** Parses one file's bytes; never throws: a bad file gives the reason it was refused. */
export function parseCorpusFile(file: string, bytes: Buffer, options: LoadOptions): FileResult {
  const ext = extname(file).toLowerCase();
  const parse = PARSERS[ext as keyof typeof PARSERS];
  try {
    if (!parse) throw new CorpusFileError(CORPUS_ERRORS.unsupported(ext || file));
    const name = basename(file);
    return { ok: true, corpus: parse(decode(bytes), { articleId: articleIdFromFile(name), file: name, timezone: options.timezone }) };
  } catch (error) {
    if (error instanceof CorpusFileError) return { ok: false, reason: error.message };
    throw error;
  }
}

