import { createSearchEngine } from "../../../src/search/engine.js";
import { loadLanguage, type Language } from "../../../src/search/language.js";
import type { Corpus } from "../../../src/corpus/types.js";
import type { Answer } from "../../../src/search/types.js";

let language: Language | undefined;

/** The best answer to a question over one parsed page, through the real search engine and word lists. */
export function topAnswer(corpus: Corpus, question: string): Answer | undefined {
  language ??= loadLanguage();
  return createSearchEngine(corpus, { language }).search(question)[0];
}
