/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen col lt sgt st jr sr vs etc inc ltd co corp no nos fig approx dept est " +
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e"
  ).split(" "),
);

/** The word (letters and inner dots, as in "U.S") that ends just before `end`, lowercased. */
function wordBefore(text: string, end: number, floor: number): string {
  let from = end;
  while (from > floor && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  return text.slice(from, end).toLowerCase();
}

const BOUNDARY = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences, keeping every character, including typographic quotes. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const lastWord = wordBefore(paragraph, match.index, start);
    if (ABBREVIATIONS.has(lastWord) || (lastWord.length === 1 && lastWord !== lastWord.toUpperCase())) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The sentences of a section, paragraph after paragraph. */
export function sentencesOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap(splitSentences);
}
