/**
 * Azerbaijani function words, the project's own list (stopwords-iso and the `stopword` package have none):
 * the pronouns, postpositions, conjunctions, particles, copulas and question words of the grammar, as
 * Azərbaycan dilinin qrammatikası lists them, and the words a reader wraps a question in.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "mən sən o biz siz onlar məni səni onu bizi sizi onları mənim sənin onun bizim sizin onların mənə sənə ona bizə sizə onlara " +
    "məndə səndə onda bizdə sizdə onlarda məndən səndən ondan bizdən sizdən onlardan bu şu həmin bunlar bunu bunun buna bunda bundan " +
    "burada orada bura ora hər heç öz özü özünü özləri və ilə ya yaxud yoxsa amma ancaq lakin fəqət çünki ki əgər həm də da isə hətta " +
    "belə elə üçün kimi qədər sonra əvvəl görə haqqında barədə tərəfindən doğru başqa nə niyə nədir nədən necə neçə neçənci hansı " +
    "kim kimdir kimin kimə harada hara haradan haçan nəyə nəyi nəyin mi mı mu mü deyil yox var yoxdur bəli xeyr artıq hələ yenə " +
    "daha çox ən lap idi imiş dir dır olan olub olaraq olar olur edir edib etdi edən bir " +
    "xəbər xəbərlər məqalə söylə de göstər izah danış"
  ).split(" "),
);

/** Lower case by the Azerbaijani rules: dotted İ is i, dotless I is ı. */
export const lowerAzerbaijani = (word: string): string => word.toLocaleLowerCase("az");

export const isAzerbaijaniStopword = (word: string): boolean => STOPWORDS.has(lowerAzerbaijani(word).replace(/['’ʼ‘]/g, ""));

const VOWELS = "aeıioöuüə";
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);
const hasVowel = (stem: string) => [...stem].some((letter) => isVowel(letter));

/**
 * Inflectional endings, each in its harmony variants, in the order they stand after a stem (plural,
 * possession, case, the copula), so they are taken off from the last. A vowel-initial ending follows a
 * consonant; one opening with the linking n, s or y follows a vowel (Bakı-nın, layihə-si, Tehran-ın).
 */
const SLOTS: ReadonlyArray<readonly string[]> = [
  // the copula "is": qarşı-dır
  ["dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür"],
  // case: first with the possessive and its linking n before it (dəhliz-i-nə, ərazi-si-ndə, yol-u-nun), the
  // longest first; then a case alone, read after a consonant before a vowel (Tehran-ın, not Tehra-nın), since
  // most stems end in one; "na", "nda" and "ndan" only ever follow a possessive, so they stand only above.
  [
    "sının", "sinin", "sından", "sindən", "sına", "sinə", "sını", "sini", "sında", "sində",
    "ının", "inin", "unun", "ünün", "ından", "indən", "undan", "ündən", "ına", "inə", "una", "ünə", "ını", "ini", "unu", "ünü",
    "ında", "ində", "unda", "ündə",
    "ın", "in", "un", "ün", "dan", "dən", "tan", "tən", "da", "də", "ta", "tə", "la", "lə",
    "nın", "nin", "nun", "nün", "yla", "ylə", "ya", "yə",
  ],
  // the third person's possessive: layihə-si
  ["sı", "si", "su", "sü"],
  // the plural, with a possessive after it: danışıq-lar, yol-ları
  ["ları", "ləri", "lar", "lər"],
];

const LINKING = new Set(["n", "s", "y"]);

/** Whether `ending` may stand after `stem`: a stem of three letters with a vowel, joined as Azerbaijani joins them. */
function fits(stem: string, ending: string): boolean {
  if (stem.length < 3 || !hasVowel(stem)) return false;
  const last = stem[stem.length - 1];
  if (isVowel(ending[0])) return !isVowel(last);
  if (LINKING.has(ending[0]!) && isVowel(ending[1])) return isVowel(last) && stem.length >= 4;
  return true;
}

/**
 * A light suffix stripper rather than the Turkish Snowball stemmer, which was measured on Azerbaijani
 * news words: it knows no ə, so it leaves dəhlizinə, layihəsi and sərhəddə whole, and it cuts names
 * (İranın → ira, Azərbaycanın → azərbayca). This takes off at most one ending of each slot, from the
 * last: dəhlizinə → dəhliz, İranın → iran, qarşıdır → qarşı, danışıqların → danışıq. A name's endings
 * after an apostrophe (İran'ın) go with it.
 */
export function stemAzerbaijani(word: string): string {
  let stem = lowerAzerbaijani(word).replace(/['’ʼ‘].*$/, "");
  for (const slot of SLOTS) {
    const ending = slot.find((candidate) => stem.endsWith(candidate) && fits(stem.slice(0, -candidate.length), candidate));
    if (ending) stem = stem.slice(0, -ending.length);
  }
  return stem;
}
