import type { SmallTalkWords } from "./small-talk-words.js";

export type SmallTalkKind = "greeting" | "thanks" | "goodbye" | "identity" | "abilities" | "filler" | "blank";

/** A message read for small talk: either small talk to reply to in kind, or the question it asks. */
export type SmallTalkReading = { kind: SmallTalkKind; question: null } | { kind: null; question: string };

export interface SmallTalk {
  read(text: string): SmallTalkReading;
}

/** The kinds a word list holds (a blank message holds none), and the words that only go with them. */
type Spoken = Exclude<SmallTalkKind, "blank">;
type Category = Spoken | "companion";

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words, with their inner apostrophes and hyphens: "what's" and "hi-tech" are one word each, so "hi" is not read in "hi-tech". */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** When a message holds several kinds, the reply speaks to the one that asks the most of the bot. */
const PRIORITY: readonly Spoken[] = ["abilities", "identity", "goodbye", "thanks", "greeting", "filler"];

/** What may be dropped from the edges of a question: what greets, thanks or takes leave, never a filler ("no", "right"). */
const EDGE: ReadonlySet<Category> = new Set(["greeting", "thanks", "goodbye"]);

function tokensOf(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Small talk detection over word lists (one per language): a message made only of greetings, thanks,
 * goodbyes, "who are you", "what can you do" and filler words is small talk; a question wrapped in a
 * greeting or a thanks ("hello! who is Velayati?") is the question without them.
 */
export function createSmallTalk(languages: readonly SmallTalkWords[]): SmallTalk {
  // Phrases by their first word, longest first, so that "thank you very much" wins over "thank you".
  const phrases = new Map<string, Array<{ words: string[]; category: Category }>>();
  const add = (list: readonly string[], category: Category) => {
    for (const phrase of list) {
      const words = phrase.split(" ");
      const entries = phrases.get(words[0]!) ?? [];
      entries.push({ words, category });
      entries.sort((a, b) => b.words.length - a.words.length);
      phrases.set(words[0]!, entries);
    }
  };
  for (const words of languages) {
    add(words.greetings, "greeting");
    add(words.thanks, "thanks");
    add(words.goodbyes, "goodbye");
    add(words.identity, "identity");
    add(words.abilities, "abilities");
    add(words.fillers, "filler");
    add(words.companions, "companion");
  }

  /** The longest phrase of `allowed` categories starting at token `at` and ending before token `to`. */
  function phraseAt(tokens: readonly Token[], at: number, to: number, allowed: (c: Category) => boolean) {
    return phrases
      .get(tokens[at]!.word)
      ?.find((p) => allowed(p.category) && at + p.words.length <= to && p.words.every((w, i) => tokens[at + i]!.word === w));
  }

  /** The categories of a cover of tokens[from, to) by phrases, or null when some word is no small talk. */
  function cover(tokens: readonly Token[], from: number, to: number): Set<Category> | null {
    const found = new Set<Category>();
    for (let at = from; at < to; ) {
      const phrase = phraseAt(tokens, at, to, () => true);
      if (!phrase) return null;
      found.add(phrase.category);
      at += phrase.words.length;
    }
    return found;
  }

  function kindOf(categories: Set<Category>): Spoken {
    return PRIORITY.find((kind) => categories.has(kind)) ?? "filler";
  }

  /** How many tokens from the start are greetings, thanks or goodbyes, with the companions after them. */
  function leadingEdge(tokens: readonly Token[]): number {
    let at = 0;
    let afterEdge = false;
    while (at < tokens.length) {
      const phrase = phraseAt(tokens, at, tokens.length, (c) => EDGE.has(c) || (afterEdge && c === "companion"));
      if (!phrase) break;
      afterEdge = true;
      at += phrase.words.length;
    }
    return at;
  }

  /** Where the trailing greetings, thanks or goodbyes (and their companions) start. */
  function trailingEdge(tokens: readonly Token[], from: number): number {
    let end = tokens.length;
    for (let start = from; start < end; start++) {
      const tail = cover(tokens, start, end);
      if (tail && [...tail].some((c) => EDGE.has(c)) && [...tail].every((c) => EDGE.has(c) || c === "companion")) return start;
    }
    return end;
  }

  return {
    read(text) {
      if (text.trim() === "") return { kind: "blank", question: null };
      const tokens = tokensOf(text);
      const whole = cover(tokens, 0, tokens.length);
      if (whole) return { kind: kindOf(whole), question: null };
      const from = leadingEdge(tokens);
      const to = trailingEdge(tokens, from);
      const rest = cover(tokens, from, to);
      if (rest && (rest.has("identity") || rest.has("abilities"))) return { kind: kindOf(rest), question: null };
      // Only what was dropped goes, with the punctuation that parted it from the question ("Hello! who…").
      let question = text.slice(from > 0 ? tokens[from - 1]!.end : 0, to < tokens.length ? tokens[to]!.start : text.length);
      if (from > 0) question = question.replace(/^[\s,.!;:–—-]+/u, "");
      if (to < tokens.length) question = question.replace(/[\s,;:–—-]+$/u, "");
      return { kind: null, question: question.trim() };
    },
  };
}
