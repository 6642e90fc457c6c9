import type { Section } from "../corpus/types.js";
import { bytesOf, int32sOf, SaveFormatError } from "./binary-format.js";

/**
 * The articles' paragraphs as two save sections: their UTF-8 bytes end to end, and where each ends. A start
 * decodes none of them: a section read from the save gives its paragraphs when asked (an excerpt, a
 * /sections page), from the bytes read with the save, which stay off the JS heap. Decoding the whole
 * corpus's text as JSON took most of a warm start at 10,000 pages, and held it all on the heap.
 */
export function encodeParagraphs(sections: Iterable<Section>): Uint8Array[] {
  const texts: string[] = [];
  for (const section of sections) for (const paragraph of section.paragraphs) texts.push(paragraph);
  const ends = new Int32Array(texts.length);
  let length = 0;
  texts.forEach((text, i) => {
    // A lone surrogate would come back from UTF-8 as U+FFFD: such a text is not saved rather than changed.
    // (isWellFormed is native: the regular expression it replaced took 0.9 s over 10,000 pages' text.)
    if (!text.isWellFormed()) throw new Error("a paragraph holds a lone surrogate");
    length += Buffer.byteLength(text, "utf8");
    if (length > 0x7fffffff) throw new Error("the corpus's text is over 2 GB");
    ends[i] = length;
  });
  const blob = Buffer.allocUnsafe(length);
  let at = 0;
  for (const text of texts) at += blob.write(text, at, "utf8");
  return [bytesOf(ends), blob];
}

/** Reads paragraphs back, by their place in the order they were encoded. */
export interface ParagraphTexts {
  count: number;
  read(first: number, count: number): string[];
}

export function decodeParagraphs(endBytes: Uint8Array, blobBytes: Uint8Array): ParagraphTexts {
  const ends = int32sOf(endBytes);
  const blob = Buffer.from(blobBytes.buffer, blobBytes.byteOffset, blobBytes.byteLength);
  let previous = 0;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i]! < previous) throw new SaveFormatError("paragraphs out of order");
    previous = ends[i]!;
  }
  if (previous !== blob.byteLength) throw new SaveFormatError("paragraph text of the wrong length");
  return {
    count: ends.length,
    read(first, count) {
      const paragraphs = new Array<string>(count);
      for (let i = 0; i < count; i++) paragraphs[i] = blob.toString("utf8", first + i === 0 ? 0 : ends[first + i - 1]!, ends[first + i]!);
      return paragraphs;
    },
  };
}

/** A section whose paragraphs are decoded each time they are read (a fresh array each time: they are not kept). */
export function savedSection(heading: string | null, texts: ParagraphTexts, first: number, count: number): Section {
  return {
    heading,
    get paragraphs() {
      return texts.read(first, count);
    },
  };
}
