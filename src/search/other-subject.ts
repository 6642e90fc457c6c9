import type { SiblingOf } from "./thesaurus.js";
import { anyIn, typedIn, weightOf, type QuestionWord, type SentenceWords } from "./question-words.js";

/**
 * Whether a passage lacks most of the names the question asks of (and the words WordNet gives for them: "Shia"
 * for "Shiite"), in an article not about them: it speaks of something else, whatever it gives ("the deputy head
 * of the district" does not answer "who is the head of ASCO"). A name its whole article is about needs no
 * repeating: "Tehran" is in every section on Iran.
 */
export function lacksNames(names: readonly QuestionWord[], passage: readonly SentenceWords[], articleHolds: (term: string) => boolean): boolean {
  const held = names.filter((word) => passage.some((s) => anyIn(word, s)) || [...word.typed, ...word.related].some(articleHolds));
  return weightOf(held) < weightOf(names) / 2;
}

/**
 * Whether the question names a year that the passage neither names nor appeared in: "who won the World Cup in
 * 2022" is not answered by a headline of 2026 on a world cup.
 */
export function missesYear(words: readonly QuestionWord[], passage: readonly SentenceWords[], publishedYear: number | null): boolean {
  return words.some(
    (word) => /^(?:1[89]|20)\d\d$/.test(word.surface) && Number(word.surface) !== publishedYear && !passage.some((s) => typedIn(word, s)),
  );
}

/**
 * Whether an excerpt lacks a word the question puts before another and puts another of its kind right there
 * instead ("the rate on *manat* deposits" for "the rate on dollar deposits"): it speaks of something else.
 * `topical` are the words an answer must stand beside; the heading and title `around` may hold them too.
 */
export function putsAnotherKind(
  words: readonly QuestionWord[],
  topical: readonly QuestionWord[],
  { sentences, around }: { sentences: readonly SentenceWords[]; around: readonly SentenceWords[] },
  siblingOf: SiblingOf,
): boolean {
  return words.slice(0, -1).some((word, i) => {
    if (!topical.includes(word) || sentences.some((s) => anyIn(word, s)) || around.some((s) => typedIn(word, s))) return false;
    const next = words[i + 1]!;
    return sentences.some(({ text, tokens }) =>
      tokens.some(({ term, start }, k) => {
        const before = tokens[k - 1];
        if (before === undefined || !next.typed.has(term) || !/^[\s-]+$/.test(text.slice(before.end, start))) return false;
        return siblingOf(word.surface, text.slice(before.start, before.end));
      }),
    );
  });
}
