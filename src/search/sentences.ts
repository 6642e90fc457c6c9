/** A sentence of a paragraph, with where it starts and ends. */
export interface Sentence {
  text: string;
  paragraph: number;
}

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen col lt sgt st jr sr vs etc inc ltd co corp no nos fig approx dept est " +
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e"
  ).split(" "),
);

const BOUNDARY = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences, keeping every character, including typographic quotes. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const before = paragraph.slice(start, match.index + 1);
    const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((text, paragraph) => splitSentences(text).map((sentence) => ({ text: sentence, paragraph })));
}
