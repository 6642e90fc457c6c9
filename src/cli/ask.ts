import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { corpusOfParts } from "../corpus/file-parts.js";
import { CONFIG_DEFAULTS } from "../config/defaults.js";
import pino from "pino";
import { createSearchEngine, indexCorpus } from "../search/engine.js";
import { loadAskConfig } from "../config/load-config.js";
import { createLogger } from "../log/logger.js";
import { createCorpusSave } from "../saved-index/corpus-save.js";
import { parsePoolFor, type ParsePool } from "../parse-workers/parse-pool.js";
import { readPartsOnPool } from "../parse-workers/read-on-pool.js";
import { SEARCH_DEFAULTS } from "../search/defaults.js";
import { loadLanguage, type Language } from "../search/language.js";
import type { Answer, SearchEngine } from "../search/types.js";
import { createSmallTalk, type SmallTalk } from "../answers/small-talk.js";
import { SMALL_TALK_WORDS } from "../answers/small-talk-words.js";

const USAGE = `usage: npm run --silent ask -- [--json] [--corpus DIR] [--timezone ZONE] [--no-cache] [question ...]
Answers the questions given, or one question a line from standard input. The parsed corpus and its index
are saved in DATA_DIR (default ./data) and read back while no page changed; --no-cache neither reads nor writes it.`;

/** One line of the contract at the top of shared/eval/score.mjs, plus the time the answer took. */
function jsonLine(query: string, answers: Answer[], ms: number): string {
  return JSON.stringify({
    query,
    results: answers.map((a) => ({
      kind: a.kind,
      match: a.match,
      article: a.article,
      section: a.section,
      headline: a.headline,
      excerpt: a.excerpt,
      score: a.score,
      publishedAt: a.publishedAt,
      language: a.language,
    })),
    ms: Math.round(ms * 1000) / 1000,
  });
}

function plainText(query: string, answers: Answer[]): string {
  if (answers[0]?.match === "related") {
    const [a] = answers;
    return `? ${query}\n  No answer; related coverage: ${a!.section ?? a!.headline} — ${a!.article}\n     ${a!.excerpt}\n`;
  }
  if (answers.length === 0) return `? ${query}\n  No confident answer in the corpus.\n`;
  const blocks = answers.slice(0, 3).map((a, i) => {
    const where = a.kind === "section" ? `${a.section ?? "Lead"} — ${a.article}` : `Headline`;
    const date = a.publishedAt ? a.publishedAt.slice(0, 16).replace("T", " ") : "";
    return `  ${i + 1}. ${where}  (${date}, score ${a.score.toFixed(2)})\n     ${a.excerpt}`;
  });
  return `? ${query}\n${blocks.join("\n")}\n`;
}

/** Small talk gets no results, as in the bot; a question wrapped in a greeting is searched without it. */
function answer(engine: SearchEngine, smallTalk: SmallTalk, query: string, json: boolean): string {
  const started = process.hrtime.bigint();
  const reading = smallTalk.read(query);
  const answers = reading.question === null ? [] : engine.search(reading.question);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (reading.kind && !json) return `? ${query}\n  Small talk (${reading.kind}): nothing to search.\n`;
  return json ? jsonLine(query, answers, ms) : plainText(query, answers);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      corpus: { type: "string", default: CONFIG_DEFAULTS.CORPUS_DIR },
      timezone: { type: "string", default: CONFIG_DEFAULTS.SITE_TIMEZONE },
      "no-cache": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const { engine, save } = await openEngine(values.corpus, values.timezone, values["no-cache"]);
  const smallTalk = createSmallTalk(SMALL_TALK_WORDS);

  // A fresh index is saved once the first answer is out: the first answer does not wait for the write.
  if (positionals.length > 0) {
    for (const query of positionals) console.log(answer(engine, smallTalk, query, values.json));
    await save();
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === "" && !values.json) continue;
    process.stdout.write(answer(engine, smallTalk, line, values.json) + "\n");
    await save();
  }
  await save();
}

/** The engine over the folder, from the save in DATA_DIR when no page changed; `save` writes a fresh index, once. */
async function openEngine(dir: string, timezone: string, noCache: boolean): Promise<{ engine: SearchEngine; save: () => Promise<void> }> {
  const report = (skipped: readonly { file: string; reason: string }[]) => {
    for (const { file, reason } of skipped) console.error(`skipped ${file}: ${reason}`);
  };
  const logger = createLogger({ level: "warn", destination: pino.destination(2) });
  const pool = watchPoolStart(parsePoolFor(SEARCH_DEFAULTS, logger));
  if (noCache) {
    // Parsed as a start without a save parses, on the pool, and nothing kept.
    const reading = readPartsOnPool(dir, { timezone }, new Map(), pool.open);
    const language = await languageAfter(pool.started, reading);
    const read = await reading;
    const { corpus, skipped } = await corpusOfParts(read.parts, read.notPages);
    report(skipped);
    const index = indexCorpus(corpus, SEARCH_DEFAULTS, read.given ?? undefined);
    return { engine: createSearchEngine(corpus, { language, index }), save: async () => {} };
  }
  const { dataDir } = loadAskConfig(process.env);
  const corpusSave = createCorpusSave({ dataDir, logger, parsePool: pool.open });
  const cold = !corpusSave.exists();
  const loading = corpusSave.load(dir, { timezone });
  // Warm, the word lists load while the save is read on the thread pool.
  const language = cold ? await languageAfter(pool.started, loading) : loadLanguage();
  const { corpus, skipped } = await loading;
  report(skipped);
  const saved = corpusSave.indexOf(corpus);
  const index = saved ?? indexCorpus(corpus, SEARCH_DEFAULTS, corpusSave.takeGivenTerms());
  let pending = saved === undefined;
  const save = async () => {
    if (!pending) return;
    pending = false;
    await corpusSave.store(corpus, index);
  };
  return { engine: createSearchEngine(corpus, { language, index }), save };
}

/** A parse pool's factory, and a promise kept once it has opened a pool. */
function watchPoolStart(open: (() => ParsePool) | undefined): { open: (() => ParsePool) | undefined; started: Promise<void> } {
  if (!open) return { open, started: new Promise<void>(() => {}) };
  let opened = () => {};
  const started = new Promise<void>((resolve) => (opened = resolve));
  return {
    open: () => {
      opened();
      return open();
    },
    started,
  };
}

/**
 * The word lists, read once the parse workers have started or the reading is done (no pool needed): on a
 * start that parses every page, read at once they held the workers back for their half a second, since the
 * pool opens only when the folder has been listed.
 */
async function languageAfter(poolStarted: Promise<void>, reading: Promise<unknown>): Promise<Language> {
  await Promise.race([poolStarted, reading.then(() => undefined, () => undefined)]);
  return loadLanguage();
}

main().catch((error: unknown) => {
  console.error(`ask: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
