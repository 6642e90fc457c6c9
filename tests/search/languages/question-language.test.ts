import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { questionLanguage } from "../../../src/search/languages/question-language.js";
import { parseCases } from "../helpers/score-rules.js";
import { REPO_ROOT } from "../helpers/seed.js";

describe("a question's language", () => {
  it("is Russian in Cyrillic, Azerbaijani with its letters or function words, else English", () => {
    expect(questionLanguage("Почему Иран против Зангезурского коридора?")).toBe("ru");
    expect(questionLanguage("İran niyə Zəngəzur dəhlizinə qarşıdır?")).toBe("az");
    expect(questionLanguage("Iran Zəngəzur")).toBe("az");
    expect(questionLanguage("dəmir yolu harada olacaq")).toBe("az");
    expect(questionLanguage("why does Iran oppose the Zangezur corridor?")).toBe("en");
  });

  it("stays English for English questions with a Turkish name or an Azerbaijani-looking short word", () => {
    expect(questionLanguage("Who is Mevlüt Çavuşoğlu?")).toBe("en");
    expect(questionLanguage("Kim Jong Un visit")).toBe("en");
  });

  it("is English for every question of the English sets", () => {
    const files = ["tests/search/questions.jsonl", "tests/search/held-out.jsonl", "tests/search/held-out-2.jsonl", "tests/eval/dev.jsonl"];
    const questions = files.flatMap((file) => parseCases(readFileSync(join(REPO_ROOT, file), "utf8")).map((c) => c.q));
    expect(questions.filter((q) => questionLanguage(q) !== "en")).toEqual([]);
  });
});
