import type { Article, Headline } from "../corpus/types.js";
import type { FilePart } from "../corpus/file-parts.js";
import { SaveFormatError } from "./binary-format.js";
import { decodeParagraphs, encodeParagraphs, savedSection } from "./paragraph-texts.js";

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

/** An article as the manifest's JSON holds it: each section's heading and how many paragraphs it has. */
type ArticleEntry = Omit<Article, "sections"> & { sections: Array<{ heading: string | null; paragraphs: number }> };

/** The save sections the corpus takes: the manifest's JSON, then the paragraphs' ends and their text. */
export const CORPUS_SECTION_COUNT = 3;

/**
 * The manifest as save sections: JSON of all but the paragraphs, with every character past ASCII escaped
 * so that a start decodes it as one-byte text (several times faster to read than UTF-8) and JSON.parse
 * gives the same strings back; the paragraphs apart (see paragraph-texts.ts).
 */
export function encodeManifest(manifest: CorpusManifest): Uint8Array[] {
  const articles = manifest.articles.map(
    (article): ArticleEntry => ({ ...article, sections: article.sections.map((section) => ({ heading: section.heading, paragraphs: section.paragraphs.length })) }),
  );
  const json = JSON.stringify({ ...manifest, articles }).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  return [Buffer.from(json, "latin1"), ...encodeParagraphs(manifest.articles.flatMap((article) => article.sections))];
}

export function decodeManifest(sections: readonly Uint8Array[]): CorpusManifest {
  const [jsonBytes, endBytes, textBytes] = sections;
  if (!jsonBytes || !endBytes || !textBytes) throw new SaveFormatError("corpus sections missing");
  const json = Buffer.from(jsonBytes.buffer, jsonBytes.byteOffset, jsonBytes.byteLength).toString("latin1");
  const manifest = JSON.parse(json) as Omit<CorpusManifest, "articles"> & { articles: ArticleEntry[] };
  if (!Array.isArray(manifest.articles)) throw new SaveFormatError("corpus tables missing");
  const texts = decodeParagraphs(endBytes, textBytes);
  let next = 0;
  const articles = manifest.articles.map((entry): Article => {
    const sections = entry.sections.map((section) => {
      const first = next;
      next += section.paragraphs;
      if (!Number.isInteger(section.paragraphs) || section.paragraphs < 0 || next > texts.count) throw new SaveFormatError("a section points past the saved text");
      return savedSection(section.heading, texts, first, section.paragraphs);
    });
    return { ...entry, sections };
  });
  if (next !== texts.count) throw new SaveFormatError("saved paragraphs no section holds");
  return { ...manifest, articles };
}

/** The files, each pointing into tables of the corpus's articles and distinct headlines. */
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
