import type { LanguageCode } from "../corpus/types.js";
import type { SearchSettings } from "./defaults.js";
import type { PassageFields } from "./passages.js";
import { createPieceReader } from "./piece-reader.js";
import { termsOfPiece, type TermFolder } from "./tokenize.js";

/** Receives a passage's terms one by one: the term's id and its weighted frequency in the passage. */
export type TermSink = (termId: number, frequency: number) => void;

export interface PassageCounter {
  /**
   * Counts a passage's words by field weight and hands each term to `sink` once, in the order of its first
   * occurrence (heading, context, then body); returns the passage's weighted length.
   */
  count(fields: PassageFields, language: LanguageCode, sink: TermSink): number;
}

const NONE: readonly number[] = [];

/**
 * The one way a passage's words become index terms, shared by the index build and the parse workers that
 * read sections ahead of it (src/parse-workers): both count alike, so an index built from their counts is
 * the one built from the text. Term ids are `idOf`'s, handed out as terms are first met.
 */
export function createPassageCounter(
  foldFor: (language: LanguageCode) => TermFolder,
  idOf: (term: string) => number,
  settings: Pick<SearchSettings, "headingWeight" | "articleTitleWeight">,
  initialSize: number,
): PassageCounter {
  // One reader per language: the same piece is another term in another language (a Latin word of an Azerbaijani page).
  const readers = new Map<LanguageCode, ReturnType<typeof createPieceReader>>();
  const readerFor = (language: LanguageCode) => {
    let reader = readers.get(language);
    if (!reader) {
      const fold = foldFor(language);
      reader = createPieceReader(
        (piece) => {
          const found = termsOfPiece(piece, fold);
          return found.length === 0 ? NONE : found.map(idOf);
        },
        { initialSlots: readers.size === 0 ? initialSize * 4 : initialSize },
      );
      readers.set(language, reader);
    }
    return reader;
  };

  // Term frequencies accumulate in one reusable array indexed by term id, and the terms met in one reusable
  // list: a JS array emptied after each passage gave its storage back, and growing it again made a word's
  // worth of garbage for every distinct term of every passage.
  let frequency = new Float32Array(initialSize);
  let present = new Int32Array(1024);
  let presentCount = 0;
  let fieldWeight = 1;
  const tally = (id: number) => {
    if (id >= frequency.length) {
      const grown = new Float32Array(Math.max(frequency.length * 2, id + 1));
      grown.set(frequency);
      frequency = grown;
    }
    if (frequency[id] === 0) {
      if (presentCount === present.length) {
        const grown = new Int32Array(presentCount * 2);
        grown.set(present);
        present = grown;
      }
      present[presentCount++] = id;
    }
    frequency[id]! += fieldWeight;
  };

  return {
    count(fields, language, sink) {
      const forEachTermId = readerFor(language);
      const addField = (text: string, weight: number) => {
        fieldWeight = weight;
        const visits = forEachTermId(text, tally);
        // The weight added once a word, as the length always summed it (a product rounds otherwise), here in a
        // local: summed in the closure's variable, each word's sum was a number allocated on the heap.
        let length = 0;
        for (let i = 0; i < visits; i++) length += weight;
        return length;
      };
      let length = addField(fields.heading, settings.headingWeight) + addField(fields.context, settings.articleTitleWeight);
      for (const paragraph of fields.body) length += addField(paragraph, 1);
      for (let i = 0; i < presentCount; i++) {
        const id = present[i]!;
        sink(id, frequency[id]!);
        frequency[id] = 0;
      }
      presentCount = 0;
      return length;
    },
  };
}
