import type { LanguageCode, Section } from "../corpus/types.js";
import { analyzeSection, type AnalyzedSentence } from "./excerpt.js";
import { keptUpTo } from "./kept.js";
import { createFolders } from "./tokenize.js";

/** A section's sentences with their index terms, worked out when first needed and kept for later questions. */
export type SectionSentences = (section: Section, language: LanguageCode) => AnalyzedSentence[];

/**
 * Kept by the section itself, not by its place in one engine's passages: an unchanged file's sections are the very
 * same objects from one load to the next, so the engine made when a page lands reads its sentences as the engine
 * before it did. Made anew for every engine, the first questions after a landing split and folded their candidates'
 * sections again: at 10,000 pages, a fresh engine's first round of the benchmark's questions took 2.1 ms at the
 * median (the next 0.7 to 0.8), and 1.3 ms with the sentences of the engine before it. At most `kept` sections.
 */
export function createSectionSentences(kept: number): SectionSentences {
  const foldFor = createFolders();
  const analyzed = keptUpTo<Section, AnalyzedSentence[]>(kept);
  return (section, language) => analyzed(section, () => analyzeSection(section.paragraphs, foldFor(language)));
}
