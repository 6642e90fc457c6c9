import type { Article, Headline } from "../corpus/types.js";
import type { FilePart } from "../corpus/file-parts.js";
import { SaveFormatError } from "./binary-format.js";

/** A file of the save: its fingerprint, and its articles and headline listings as places in the shared tables. */
interface SavedFile {
  name: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** Why the file was refused; null for a page that loaded. */
  skip: string | null;
  articles: number[];
  headlines: number[];
}

export interface CorpusManifest {
  files: SavedFile[];
  articles: Article[];
  /** Each distinct listing once: a headline repeated on every page is stored once, not 450,000 times. */
  headlines: Headline[];
  passageCount: number;
  maxIdf: number;
}

const NONE = "\u0002";
/** What tells two listings apart, built faster than JSON of each of 450,000 listings. */
const variantKey = (h: Headline) =>
  [h.id, h.title, h.tag ?? NONE, h.subtitle ?? NONE, h.publishedAt, h.list, h.url ?? NONE].join("\u0001");

/**
 * The manifest as bytes: JSON with every character past ASCII escaped, so that a start decodes it as
 * one-byte text (several times faster to read than UTF-8) and JSON.parse gives the same strings back.
 */
export function encodeManifest(manifest: CorpusManifest): Buffer {
  const json = JSON.stringify(manifest).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  return Buffer.from(json, "latin1");
}

export function decodeManifest(bytes: Uint8Array): CorpusManifest {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")) as CorpusManifest;
}

/** The files as one JSON text: the strings of the whole corpus in one blob. */
export function manifestOf(parts: readonly FilePart[], index: { passageCount: number; maxIdf: number }): CorpusManifest {
  const articles: Article[] = [];
  const headlines: Headline[] = [];
  const listingAt = new Map<Headline, number>();
  const variantAt = new Map<string, number>();
  const placeOf = (headline: Headline): number => {
    let at = listingAt.get(headline);
    if (at !== undefined) return at;
    const key = variantKey(headline);
    at = variantAt.get(key);
    if (at === undefined) {
      at = headlines.push(headline) - 1;
      variantAt.set(key, at);
    }
    listingAt.set(headline, at);
    return at;
  };
  const files = parts.map((part): SavedFile => {
    const { name, size, mtimeMs, hash } = part;
    if (!part.result.ok) return { name, size, mtimeMs, hash, skip: part.result.reason, articles: [], headlines: [] };
    const { corpus } = part.result;
    return { name, size, mtimeMs, hash, skip: null, articles: corpus.articles.map((a) => articles.push(a) - 1), headlines: corpus.headlines.map(placeOf) };
  });
  return { files, articles, headlines, passageCount: index.passageCount, maxIdf: index.maxIdf };
}

/** The file parts back from the manifest, keyed by name; a manifest that does not hold together is refused. */
export function partsOfManifest(manifest: CorpusManifest): Map<string, FilePart> {
  const parts = new Map<string, FilePart>();
  const at = <T>(table: readonly T[], i: number): T => {
    const item = table[i];
    if (item === undefined) throw new SaveFormatError("a file points past the saved corpus");
    return item;
  };
  if (!Array.isArray(manifest.files) || !Array.isArray(manifest.articles) || !Array.isArray(manifest.headlines))
    throw new SaveFormatError("corpus tables missing");
  for (const file of manifest.files) {
    const result: FilePart["result"] =
      file.skip !== null
        ? { ok: false, reason: file.skip }
        : { ok: true, corpus: { articles: file.articles.map((i) => at(manifest.articles, i)), headlines: file.headlines.map((i) => at(manifest.headlines, i)) } };
    parts.set(file.name, { name: file.name, size: file.size, mtimeMs: file.mtimeMs, hash: file.hash, result });
  }
  return parts;
}
