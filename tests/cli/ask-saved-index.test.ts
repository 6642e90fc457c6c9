import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAsk } from "./helpers/run-ask.js";

const QUESTIONS = ["Why did Azerbaijan detain 19 people?", "zangezor coridor", "Nashville school shooting", "bitcoin price prediction"];

/** The answers of a run, without the time each took. */
const answersOf = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const { ms: _ms, ...answer } = JSON.parse(line) as { ms: number };
      return answer;
    });

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "newsdesk-ask-data-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("ask with the saved index", { timeout: 60_000 }, () => {
  it("saves the index in DATA_DIR on a cold run, and a warm run answers exactly as the cold one did", async () => {
    const cold = await runAsk(["--json", ...QUESTIONS], "", { dataDir });
    expect(cold.code).toBe(0);
    expect(await readdir(join(dataDir, "index"))).toEqual(["corpus.idx"]);
    const warm = await runAsk(["--json", ...QUESTIONS], "", { dataDir });
    expect(warm.code).toBe(0);
    expect(warm.stderr).toBe("");
    expect(answersOf(warm.stdout)).toEqual(answersOf(cold.stdout));
    expect(answersOf(warm.stdout)[0]).toMatchObject({ results: [expect.objectContaining({ section: "Azerbaijan’s response to Iranian assertiveness" })] });
  });

  it("rebuilds a damaged save, saying so in one line, with the same answers", async () => {
    const cold = await runAsk(["--json", ...QUESTIONS], "", { dataDir });
    await writeFile(join(dataDir, "index", "corpus.idx"), "not an index");
    const rebuilt = await runAsk(["--json", ...QUESTIONS], "", { dataDir });
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr.trim().split("\n")).toHaveLength(1);
    expect(rebuilt.stderr).toContain("saved index ignored");
    expect(answersOf(rebuilt.stdout)).toEqual(answersOf(cold.stdout));
  });

  it("--no-cache neither reads nor writes a save", async () => {
    const run = await runAsk(["--no-cache", "--json", QUESTIONS[0]!], "", { dataDir });
    expect(run.code).toBe(0);
    expect(answersOf(run.stdout)).toHaveLength(1);
    expect(await readdir(dataDir)).toEqual([]);
  });
});
