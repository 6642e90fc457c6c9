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
  const choices: Array<readonly string[]> = [];
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    const ending = i + 2 === text.length ? ENDINGS[pair] : undefined;
    choices.push(ending ?? PAIRS[pair] ?? (text[i] === "е" ? (i === 0 || YE_AFTER.test(text[i - 1]!) ? ["ye", "e"] : ["e"]) : (LETTERS[text[i]!] ?? [text[i]!])));
    i += ending || PAIRS[pair] ? 2 : 1;
  }
  return spellingsOf(choices);
}

/** Every way to spell a word letter by letter, up to MAX_SPELLINGS: past it, only the usual spelling of each further letter. */
function spellingsOf(choices: ReadonlyArray<readonly string[]>): string[] {
  let spellings = [""];
  for (const options of choices) {
    const next: string[] = [];
    for (const spelling of spellings) for (const option of spellings.length * options.length > MAX_SPELLINGS ? options.slice(0, 1) : options) next.push(spelling + option);
    spellings = next;
  }
  return spellings;
}

/**
 * Azerbaijani letters as English news spells the region's names, the plain fold first: c is j
 * (Ceyhun → Jeyhun), x is kh (Naxçıvan → Nakhchivan), q is g or k and ğ gh or kh (Qarabağ → Karabakh), ə is a or e
 * (Zəngəzur → Zangezur), ay is ai (Azərbaycan → Azerbaijan).
 */
const AZERBAIJANI_LETTERS: Readonly<Record<string, readonly string[]>> = {
  ə: ["a", "e"], c: ["c", "j"], x: ["x", "kh"], q: ["q", "k", "g"], ğ: ["g", "gh", "kh"], ı: ["i", "y"], y: ["y", "i"],
  ş: ["sh"], ç: ["ch"], ö: ["o"], ü: ["u"], i̇: ["i"],
};

/** The English spellings of an Azerbaijani word in lower case, the plain fold first. */
export function azerbaijaniSpellings(word: string): string[] {
  return spellingsOf([...word.toLocaleLowerCase("az")].map((letter) => AZERBAIJANI_LETTERS[letter] ?? [letter]));
}
