import { copyFile, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * npx tsx src/bench/distractor-corpus.ts --pages 1000 --dir DIR
 * Builds DIR = the seed page (tests/eval/seed-corpus) among N generated pages in the site's layout, made as
 * `npm run bench` makes them (same seed, vocabulary, headline count and share of the seed page's words), so
 * the quality figures can be measured on a corpus where most passages are distractors:
 *   node tests/eval/score.mjs tests/eval/dev.jsonl --quiet -- npm run --silent ask -- --json --corpus DIR
 */
const SEED = 20230127;
const HEADLINES = 50_000;
const VOCABULARY = 60_000;

const { values } = parseArgs({ options: { pages: { type: "string", default: "1000" }, dir: { type: "string" } } });
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages must be a whole number above 0, not ${values.pages}`);
if (!values.dir) throw new Error("--dir is required: the folder to write the corpus to (it is emptied first)");

const seedDir = new URL("../../tests/eval/seed-corpus/", import.meta.url);
const seedFiles = (await readdir(seedDir)).filter((name) => name.endsWith(".txt"));
const seedText = (await Promise.all(seedFiles.map((name) => readFile(new URL(name, seedDir), "utf8")))).join("\n");
const seedWords = seedText.match(/[A-Za-z’']{3,}/g) ?? [];

await writeSyntheticCorpus({ dir: values.dir, articles: pages, headlines: HEADLINES, seed: SEED, vocabulary: VOCABULARY, seedWords, seedShare: 0.15 });
for (const name of seedFiles) await copyFile(new URL(name, seedDir), join(values.dir, name));
console.error(`wrote ${pages} generated pages and ${seedFiles.length} seed page(s) to ${values.dir}`);
