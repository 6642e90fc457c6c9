import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus/load-corpus.js";
import { CONFIG_DEFAULTS } from "../config/defaults.js";
import { createSearchEngine } from "../search/engine.js";
import { loadLanguage } from "../search/language.js";
import type { Answer, SearchEngine } from "../search/types.js";
import { createSmallTalk, type SmallTalk } from "../answers/small-talk.js";
import { SMALL_TALK_WORDS } from "../answers/small-talk-words.js";

const USAGE = `usage: npm run --silent ask -- [--json] [--corpus DIR] [--timezone ZONE] [question ...]
Answers the questions given, or one question a line from standard input.`;

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
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const { corpus, skipped } = await loadCorpus(values.corpus, { timezone: values.timezone });
  for (const { file, reason } of skipped) console.error(`skipped ${file}: ${reason}`);
  const engine = createSearchEngine(corpus, { language: loadLanguage() });
  const smallTalk = createSmallTalk(SMALL_TALK_WORDS);

  if (positionals.length > 0) {
    for (const query of positionals) console.log(answer(engine, smallTalk, query, values.json));
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === "" && !values.json) continue;
    process.stdout.write(answer(engine, smallTalk, line, values.json) + "\n");
  }
}

main().catch((error: unknown) => {
  console.error(`ask: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
