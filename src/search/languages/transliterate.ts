/**
 * Russian letters in the Latin spellings English news gives names (BGN/PCGN, as Reuters and AP write
 * them), each letter's usual spelling first and the others English uses after it: Азербайджан is
 * Azerbaijan (дж as j, й as i), Хаменеи is Khamenei, Ильхам is Ilham (х as h), Агдам is Aghdam (г as gh). Written here rather than
 * taken from cyrillic-to-translit-js, which follows the passport rules: measured on the 40 names of
 * tests/search/transliterate.test.ts it spelled 19 as English news does (Aliev, Bairamov, Azerbaidzhan).
 */
const LETTERS: Readonly<Record<string, readonly string[]>> = {
  а: ["a"], б: ["b"], в: ["v"], г: ["g", "h", "gh"], д: ["d"], е: ["e"], ё: ["yo", "e"], ж: ["zh"], з: ["z"], и: ["i"],
  й: ["y", "i"], к: ["k"], л: ["l"], м: ["m"], н: ["n"], о: ["o"], п: ["p"], р: ["r"], с: ["s"], т: ["t"], у: ["u"],
  ф: ["f"], х: ["kh", "h"], ц: ["ts"], ч: ["ch"], ш: ["sh"], щ: ["shch"], ъ: [""], ы: ["y", "i"], ь: [""], э: ["e"],
  ю: ["yu"], я: ["ya", "a"],
};
/** Letter pairs spelled as one: дж is j in the region's names (Jeyhun, Ganja), ий at a word's end is y (Zelensky). */
const PAIRS: Readonly<Record<string, readonly string[]>> = { дж: ["j", "dzh"], ия: ["iya", "ia"], кс: ["ks", "x"] };
const ENDINGS: Readonly<Record<string, readonly string[]>> = { ий: ["y", "iy", "i"], ый: ["y", "iy"] };
/** е after a vowel, ь, ъ or at the start is ye (Aliyev, Yerevan); after a consonant e. */
const YE_AFTER = /[аеёиоуыэюяьъ]/;

/** At most this many spellings of one word: a long word with many choices would otherwise make thousands. */
const MAX_SPELLINGS = 24;

/** The Latin spellings of a Cyrillic word, lower case, the usual one first. */
export function transliterations(word: string): string[] {
  const text = word.toLowerCase();
  let spellings = [""];
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    const ending = i + 2 === text.length ? ENDINGS[pair] : undefined;
    const choices: readonly string[] =
      ending ?? PAIRS[pair] ?? (text[i] === "е" ? (i === 0 || YE_AFTER.test(text[i - 1]!) ? ["ye", "e"] : ["e"]) : (LETTERS[text[i]!] ?? [text[i]!]));
    i += ending || PAIRS[pair] ? 2 : 1;
    // Past the limit only the usual spelling of each further letter is added.
    const next: string[] = [];
    for (const spelling of spellings) for (const choice of next.length + choices.length > MAX_SPELLINGS ? choices.slice(0, 1) : choices) next.push(spelling + choice);
    spellings = next.slice(0, MAX_SPELLINGS);
  }
  return spellings;
}
