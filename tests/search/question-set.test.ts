import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import type { SearchEngine } from "../../src/search/types.js";
import { createSmallTalk } from "../../src/answers/small-talk.js";
import { SMALL_TALK_WORDS } from "../../src/answers/small-talk-words.js";
import { judge, parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";

const OWN_SET = join(REPO_ROOT, "tests/search/questions.jsonl");
/** Written blind, in dev.jsonl's style, after the engine was tuned: how it does on questions it has not seen. */
const HELD_OUT_SET = join(REPO_ROOT, "tests/search/held-out.jsonl");
/**
 * Written blind later, from the page alone, by someone who had seen neither the engine nor the other
 * sets; a third of its no-answer questions ask the page's own names for facts it does not hold.
 */
const HELD_OUT_2_SET = join(REPO_ROOT, "tests/search/held-out-2.jsonl");
/** The shared set, as the project keeps a copy of it (tests/eval/dev.jsonl): a plain clone runs it too. */
const DEV_SET = join(REPO_ROOT, "tests/eval/dev.jsonl");
/**
 * Written blind by someone who never saw the engine (a copy of /work/blind2/near-miss-tune.jsonl): small talk,
 * off-topic messages, near misses that name the page's people and places for facts it does not give, and
 * answerable questions, mixed. A tuning set: read as `npm run ask` reads a message, small talk first.
 */
const NEAR_MISS_TUNE_SET = join(REPO_ROOT, "tests/search/near-miss-tune.jsonl");
/** Written blind on 2026-12-03 in the same mix, measured once (45 of 60), a tuning set since (tests/eval/blind-seed-2/README.md). */
const BLIND_SEED_2_SET = join(REPO_ROOT, "tests/eval/blind-seed-2/questions.jsonl");
const smallTalk = createSmallTalk(SMALL_TALK_WORDS);

let engine: SearchEngine;
beforeAll(async () => {
  engine = createSearchEngine(await loadSeedCorpus(), { language: loadLanguage() });
});

/** What `npm run ask` answers to a message: nothing for small talk, else the question it asks. */
function ask(message: string) {
  const { question } = smallTalk.read(message.replace(/\n/g, " "));
  return question === null ? [] : engine.search(question);
}

/** Runs a question set with the scorer's rules; prints what failed, for whoever tunes the engine next. */
function passRate(file: string): number {
  const cases = parseCases(readFileSync(file, "utf8"));
  const failures = cases
    .map((c) => ({ q: c.q, why: judge(c, ask(c.q)) }))
    .filter((f) => f.why !== null);
  if (failures.length > 0) console.log(`${file}: ${failures.length} of ${cases.length} failed\n${failures.map((f) => `FAIL ${JSON.stringify(f.q)}: ${f.why}`).join("\n")}`);
  return (cases.length - failures.length) / cases.length;
}

describe("question sets, judged like shared/eval/score.mjs", () => {
  it("passes at least 95% of the project's own questions", () => {
    const cases = parseCases(readFileSync(OWN_SET, "utf8"));
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(passRate(OWN_SET)).toBeGreaterThanOrEqual(0.95);
  });

  it("passes at least 95% of the held-out questions", () => {
    expect(passRate(HELD_OUT_SET)).toBeGreaterThanOrEqual(0.95);
  });

  it("passes at least 90% of the second held-out set", () => {
    expect(passRate(HELD_OUT_2_SET)).toBeGreaterThanOrEqual(0.9);
  });

  // Two of its 23 questions are known to fail (paraphrases sharing few words with the text).
  it("passes at least 90% of the shared dev questions", () => {
    expect(passRate(DEV_SET)).toBeGreaterThanOrEqual(0.9);
  });

  it("passes at least 86% of the blind near-miss tuning set", () => {
    expect(passRate(NEAR_MISS_TUNE_SET)).toBeGreaterThanOrEqual(0.86);
  });

  it("passes at least 75% of the second blind set on the seed page (47 of 60 on 2026-12-03)", () => {
    expect(passRate(BLIND_SEED_2_SET)).toBeGreaterThanOrEqual(0.75);
  });
});
