import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_ERRORS } from "../../src/corpus/errors.js";
import { runAsk } from "./helpers/run-ask.js";

const corpusFixture = (name: string) => fileURLToPath(new URL(`../corpus/fixtures/${name}`, import.meta.url));

/** One line of the contract at the top of shared/eval/score.mjs, plus `ms`. */
interface JsonAnswer {
  query: string;
  results: Array<{ kind: string; match: string; article: string; section: string | null; headline: string; excerpt: string; score: number }>;
  ms: number;
}

const jsonLines = (stdout: string): JsonAnswer[] =>
  stdout
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as JsonAnswer);

describe.concurrent("ask --json", { timeout: 60_000 }, () => {
  it("prints one line per question read from stdin, in the scorer's contract", async () => {
    const questions = ["Why did Azerbaijan detain 19 people?", "Nashville school shooting", "bitcoin price prediction"];
    const { code, stdout, stderr } = await runAsk(["--json"], questions.join("\n") + "\n");
    expect(code).toBe(0);
    expect(stderr).not.toContain("skipped");
    const answers = jsonLines(stdout);
    expect(answers.map((a) => a.query)).toEqual(questions);
    for (const answer of answers) {
      expect(Object.keys(answer).sort()).toEqual(["ms", "query", "results"]);
      expect(answer.ms).toBeGreaterThanOrEqual(0);
      for (const result of answer.results) {
        expect(result).toEqual(
          expect.objectContaining({
            kind: expect.stringMatching(/^(section|headline)$/),
            article: expect.any(String),
            headline: expect.any(String),
            excerpt: expect.any(String),
            score: expect.any(Number),
          }),
        );
        expect(result).toHaveProperty("section");
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }
    }
    const [section, headline, none] = answers;
    expect(section!.results[0]).toMatchObject({
      kind: "section",
      article: "Iran’s growing paranoia toward Azerbaijan",
      section: "Azerbaijan’s response to Iranian assertiveness",
    });
    expect(section!.results[0]!.excerpt).toContain("detained 19 people");
    expect(headline!.results[0]).toMatchObject({
      kind: "headline",
      section: null,
      headline: "Three children, gunman confirmed dead in Nashville school shooting",
    });
    expect(none!.results).toEqual([]);
  });
});

describe.concurrent("ask --json match", { timeout: 60_000 }, () => {
  it("marks related coverage as related, which the scorer counts as no answer, and answers as answers", async () => {
    const { code, stdout } = await runAsk(["--json"], "what is the population of baku\nWhy did Azerbaijan detain 19 people?\n");
    expect(code).toBe(0);
    const [related, answered] = jsonLines(stdout);
    expect(related!.results.length).toBeGreaterThan(0);
    expect(related!.results[0]).toMatchObject({ match: "related" });
    expect(answered!.results[0]).toMatchObject({ match: "answer", section: "Azerbaijan’s response to Iranian assertiveness" });
  });
});

describe.concurrent("ask, small talk", { timeout: 60_000 }, () => {
  it("gives no results for greetings, thanks, goodbyes, fillers and emoji, and answers a question wrapped in a greeting", async () => {
    const smallTalk = ["hi", "good evening!", "thanks", "bye", "ok", "cool 👍", "who are you?", "what can you do"];
    const questions = [...smallTalk, "Why did Azerbaijan detain 19 people?", "Hello! Why did Azerbaijan detain 19 people?"];
    const { code, stdout } = await runAsk(["--json"], questions.join("\n") + "\n");
    expect(code).toBe(0);
    const answers = jsonLines(stdout);
    expect(answers.map((a) => a.query)).toEqual(questions);
    for (const answer of answers.slice(0, smallTalk.length)) expect(answer.results).toEqual([]);
    const [bare, wrapped] = answers.slice(smallTalk.length);
    expect(bare!.results[0]!.section).toBe("Azerbaijan’s response to Iranian assertiveness");
    expect(wrapped!.results.map((r) => r.excerpt)).toEqual(bare!.results.map((r) => r.excerpt));
  });
});

describe.concurrent("ask --corpus DIR", { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-ask-"));
    await copyFile(corpusFixture("bad/cut-off-list.txt"), join(dir, "cut-off-list.txt"));
    await copyFile(corpusFixture("markdown/caspian-shipping-route.md"), join(dir, "caspian-shipping-route.md"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names the bad file and its reason on stderr, and answers from the good one", async () => {
    const { code, stdout, stderr } = await runAsk(["--json", "--corpus", dir], "how many rail wagons can the new ferries carry\n");
    expect(code).toBe(0);
    const reason = CORPUS_ERRORS.listCutOff("Latest news", "Russian oil flows hold fast even as Kremlin says output slashed");
    expect(stderr.split("\n").filter((line) => line.includes("cut-off-list.txt"))).toEqual([expect.stringContaining(reason)]);
    expect(stderr).not.toContain("caspian-shipping-route.md");
    const [answer] = jsonLines(stdout);
    expect(answer!.results[0]).toMatchObject({
      kind: "section",
      article: "Kazakhstan and Azerbaijan expand the Middle Corridor",
      section: "Ferry capacity",
    });
    expect(answer!.results[0]!.excerpt).toContain("Each vessel will carry up to 56 rail wagons");
  });
});

describe.concurrent("ask, plain output", { timeout: 60_000 }, () => {
  it("shows the section's heading and the excerpt for a question given as an argument, and names small talk", async () => {
    const { code, stdout } = await runAsk(["Why is Iran afraid of the Zangezur corridor?", "thanks a lot"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Why is Iran afraid of the Zangezur corridor?");
    expect(stdout).toContain("Mounting tensions");
    expect(stdout).toContain("2023-01-27 14:27");
    expect(stdout).toContain("Iran fears that this corridor could cut off its access to Armenia");
    expect(stdout).not.toMatch(/^\s*[{[]/);
    expect(stdout.endsWith("? thanks a lot\n  Small talk (thanks): nothing to search.\n\n")).toBe(true);
  });
});
