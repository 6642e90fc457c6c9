import type { InvertedIndex } from "../search/inverted-index.js";
import { tablesFit, type TermTables } from "../search/expand-terms.js";
import { bytesOf, float32sOf, float64sOf, int32sOf, SaveFormatError } from "./binary-format.js";

/** The index as save sections: the terms in one blob, every table as its bytes. */
export function indexSections(index: InvertedIndex, tables: TermTables): Uint8Array[] {
  const { offsets, docs, freqs } = index.postings;
  return [
    Buffer.from(index.terms.join("\n"), "utf8"),
    bytesOf(offsets),
    bytesOf(docs),
    bytesOf(freqs),
    bytesOf(index.lengthNorm),
    bytesOf(index.idf),
    bytesOf(index.lengths),
    bytesOf(tables.deletions),
    bytesOf(tables.byTerm),
  ];
}

export const INDEX_SECTION_COUNT = 9;

/**
 * The index back from its sections, with no text parsed but the term list. Every table's length and
 * every posting's passage is checked: a save that passed its checksum yet disagrees with itself (a bug,
 * an edited file) is refused rather than answered from.
 */
export function indexFromSections(sections: readonly Uint8Array[], meta: { passageCount: number; maxIdf: number }): InvertedIndex {
  if (sections.length !== INDEX_SECTION_COUNT) throw new SaveFormatError("index sections missing");
  const [termBlob, offsetBytes, docBytes, freqBytes, normBytes, idfBytes, lengthBytes, deletionBytes, byTermBytes] = sections as [Uint8Array, ...Uint8Array[]];
  const text = Buffer.from(termBlob.buffer, termBlob.byteOffset, termBlob.byteLength).toString("utf8");
  const terms = text === "" ? [] : text.split("\n");
  const offsets = int32sOf(offsetBytes!);
  const allDocs = int32sOf(docBytes!);
  const allFreqs = float32sOf(freqBytes!);
  const lengthNorm = float32sOf(normBytes!);
  const idf = float32sOf(idfBytes!);
  const lengths = float32sOf(lengthBytes!);
  const tables = { deletions: float64sOf(deletionBytes!), byTerm: int32sOf(byTermBytes!) };
  const { passageCount } = meta;
  const consistent =
    offsets.length === terms.length + 1 &&
    offsets[0] === 0 &&
    offsets[terms.length] === allDocs.length &&
    allFreqs.length === allDocs.length &&
    idf.length === terms.length &&
    lengthNorm.length === passageCount &&
    lengths.length === passageCount;
  if (!consistent) throw new SaveFormatError("index tables of mismatched lengths");
  if (!tablesFit(tables, terms.length)) throw new SaveFormatError("typo tables point past the vocabulary");
  for (let t = 0; t < terms.length; t++) if (offsets[t + 1]! < offsets[t]!) throw new SaveFormatError("postings out of order");
  for (let i = 0; i < allDocs.length; i++) if (allDocs[i]! < 0 || allDocs[i]! >= passageCount) throw new SaveFormatError("a posting past the last passage");

  const termIds = new Map<string, number>();
  const docs: Int32Array[] = [];
  const freqs: Float32Array[] = [];
  for (let t = 0; t < terms.length; t++) {
    termIds.set(terms[t]!, t);
    docs.push(allDocs.subarray(offsets[t]!, offsets[t + 1]!));
    freqs.push(allFreqs.subarray(offsets[t]!, offsets[t + 1]!));
  }
  if (termIds.size !== terms.length) throw new SaveFormatError("a term listed twice");
  return { terms, termIds, docs, freqs, lengthNorm, passageCount, idf, maxIdf: meta.maxIdf, lengths, postings: { offsets, docs: allDocs, freqs: allFreqs }, tables };
}
