import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MONTHS } from "../corpus/defaults.js";
import { createRandom, createZipf, type Random } from "./random.js";

export interface SyntheticCorpusOptions {
  dir: string;
  articles: number;
  headlines: number;
  seed: number;
  /** Distinct invented words, drawn by a Zipf law. */
  vocabulary: number;
  /** The words of the seed page, mixed in so that real questions find real matches. */
  seedWords: readonly string[];
  /** Share of the words drawn from the seed page rather than the invented vocabulary. */
  seedShare: number;
}

const SYLLABLES = "ka lo mi ne ru sa te vo za bi de fu go hi ja ke li mo nu pa qui ro su ti ve wa xo ye zu an el in on ur ar er ir or".split(" ");

function inventWords(count: number, random: Random): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = "";
    const syllables = random.int(2, 4);
    for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function siteDate(random: Random): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${day} ${capitalize(MONTHS[month - 1]!)} 2023 - ${String(random.int(0, 23)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`;
}

/**
 * Writes pages in the site's own format (title, subtitle, rubric and date, lead, sections, a
 * "Latest news" list), so that the benchmark loads them through the same parser as the real corpus.
 */
export async function writeSyntheticCorpus(options: SyntheticCorpusOptions): Promise<void> {
  const random = createRandom(options.seed);
  const invented = inventWords(options.vocabulary, random);
  const zipf = createZipf(invented.length, 1.05, random);
  const word = () => (random.next() < options.seedShare ? random.pick(options.seedWords) : invented[zipf()]!);
  const words = (min: number, max: number) => Array.from({ length: random.int(min, max) }, word).join(" ");
  const sentence = () => capitalize(words(8, 22)) + ".";
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(" ");

  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  const perPage = Math.ceil(options.headlines / options.articles);
  let headlinesLeft = options.headlines;
  for (let i = 0; i < options.articles; i++) {
    const lines = [capitalize(words(5, 9)), `    ${capitalize(words(3, 6))}`, "", `    REGION  ${siteDate(random)}`, ""];
    // Nine sections of about 150 words: the lead, then eight headed ones.
    lines.push(`    ${paragraph(5)}`, "", `    ${paragraph(5)}`, "");
    for (let s = 0; s < 8; s++) lines.push(`    ${capitalize(words(2, 5))}`, "", `    ${paragraph(5)}`, "", `    ${paragraph(5)}`, "");
    lines.push("    Subscribe to our Telegram channel", "", "Latest news", "");
    const count = Math.min(perPage, headlinesLeft);
    headlinesLeft -= count;
    for (let h = 0; h < count; h++) lines.push(`    ${capitalize(words(5, 11))}`, "", `    ${siteDate(random)}`, "");
    lines.push("All news");
    await writeFile(join(options.dir, `page-${String(i).padStart(5, "0")}.txt`), lines.join("\n"));
  }
}

/** True when the folder already holds the pages of this size (the corpus is reused between runs). */
export async function hasSyntheticCorpus(dir: string, articles: number): Promise<boolean> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".txt")).length === articles;
  } catch {
    return false;
  }
}
