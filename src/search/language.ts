import { loadThesaurus, type Definitions, type KindOf, type PartsOfSpeech, type SiblingOf, type Thesaurus } from "./thesaurus.js";
import { loadWordRarity, type NearestListed, type WordListed, type WordRarity } from "./word-rarity.js";
import { loadIrregularForms, type IrregularForms } from "./irregular-forms.js";

/** What the engine knows of English beyond the corpus: how rare a word is, and what else it may be called. */
export interface Language {
  rarity: WordRarity;
  listed: WordListed;
  nearestListed: NearestListed;
  synonyms: Thesaurus;
  partsOfSpeech: PartsOfSpeech;
  kindOf: KindOf;
  siblingOf: SiblingOf;
  definitions: Definitions;
  irregularForms: IrregularForms;
}

/** Reads the word lists (about half a second): once per process, then shared by every index built. */
export function loadLanguage(): Language {
  return { ...loadWordRarity(), ...loadThesaurus(), irregularForms: loadIrregularForms() };
}
