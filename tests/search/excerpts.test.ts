import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import type { Corpus } from "../../src/corpus/types.js";
import type { Answer, SearchEngine } from "../../src/search/types.js";
import { parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";

/** A whole sentence, or a run of them: starts with a capital, a digit or an opening quote; ends on . ! ? and any closing quotes. */
const WHOLE_SENTENCES = /^["“‘(\[]?[\p{Lu}\p{N}][\s\S]*[.!?]["”’)\]]*$/u;
const spaced = (text: string) => text.replace(/\s+/g, " ");

let corpus: Corpus;
let engine: SearchEngine;
let language: ReturnType<typeof loadLanguage>;
beforeAll(async () => {
  corpus = await loadSeedCorpus();
  language = loadLanguage();
  engine = createSearchEngine(corpus, { language });
});

function topSection(question: string): Answer {
  const answer = engine.search(question)[0];
  expect(answer?.kind, question).toBe("section");
  return answer!;
}

const paragraphsOf = (answer: Answer): string[] =>
  corpus.articles.find((a) => a.id === answer.articleId)!.sections[answer.sectionIndex!]!.paragraphs;

describe("a section's excerpt", () => {
  it.each([
    ["Why did Azerbaijan detain 19 people?", "Azerbaijan also detained 19 people, alleging that they were working for Iranian intelligence services."],
    ["When did Israel open its embassy in Baku?", "but while Israel has had an embassy in Baku since 1993, the reverse had heretofore not been the case."],
    ["What did Iran's Foreign Minister emphasize in the call with Bayramov?", "is a priority for Iran’s foreign policy."],
    ["rally around the flag", "fostering a “rally around the flag” effect, which could help mitigate public frustration."],
    ["What is a Karimah state?", "establish a theocratic Karimah state in Azerbaijan modelled after Iran"],
  ])("holds the sentence that answers %j", (question, sentence) => {
    expect(spaced(topSection(question).excerpt)).toContain(sentence);
  });

  it("is the answering sentence, not the section's first lines", () => {
    const answer = topSection("Why did Azerbaijan detain 19 people?");
    expect(answer.section).toBe("Azerbaijan’s response to Iranian assertiveness");
    expect(answer.excerpt).not.toContain("Baku has taken strong measures");
    expect(answer.excerpt.startsWith("Azerbaijan also detained 19 people")).toBe(true);
  });

  it("is cut only between sentences, copied as written from its section", () => {
    const cases = parseCases(readFileSync(join(REPO_ROOT, "tests/search/questions.jsonl"), "utf8"));
    const sections = cases.flatMap((c) => engine.search(c.q)).filter((a) => a.kind === "section");
    expect(sections.length).toBeGreaterThan(100);
    for (const answer of sections) {
      expect(answer.excerpt.length).toBeLessThanOrEqual(600);
      expect(answer.excerpt, answer.excerpt).toMatch(WHOLE_SENTENCES);
      // Every paragraph's share of the excerpt is a verbatim run of that paragraph.
      const text = paragraphsOf(answer).join(" ");
      expect(text, answer.excerpt).toContain(answer.excerpt);
    }
  });

  it("keeps typographic quotes and apostrophes as they are", () => {
    const mosaic = topSection("mosaic defense").excerpt;
    expect(mosaic).toContain("“mosaic defence”");
    expect(mosaic).toContain("“forward defence”");
    expect(mosaic).toContain("Iran’s");
    const axis = topSection("What is the axis of resistance?").excerpt;
    expect(axis).toContain("the so-called “axis of resistance,” shoulder the burden");
    const aliyev = topSection("What did Aliyev say about the three previous Iranian presidents?").excerpt;
    expect(aliyev).toContain("“I worked with three previous Iranian presidents");
    for (const excerpt of [mosaic, axis, aliyev]) expect(excerpt).not.toMatch(/['"]/);
  });

  it("stays within 600 characters when one sentence is longer than that, cut on words", () => {
    const long =
      "The ministers agreed that the corridor would " +
      Array.from({ length: 30 }, (_, i) => `link the port of town number ${i + 1} with the railway`).join(", ") +
      ", and that the sturgeon fisheries would be protected along the whole route.";
    expect(long.length).toBeGreaterThan(1200);
    const own = createSearchEngine(
      {
        articles: [
          { id: "a1", title: "Caspian ministers meet", subtitle: null, author: null, category: null, publishedAt: null, url: null, file: "x.txt", sections: [{ heading: "The agreement", paragraphs: [long] }] },
        ],
        headlines: [],
      },
      { language },
    );
    const [answer] = own.search("sturgeon fisheries protected");
    expect(answer).toBeDefined();
    expect(answer!.excerpt.length).toBeLessThanOrEqual(600);
    expect(answer!.excerpt).toContain("sturgeon fisheries would be protected");
    for (const word of answer!.excerpt.replace(/^…|…$/g, "").split(" ")) expect(long.split(" ")).toContain(word);
  });
});

describe("a headline's excerpt", () => {
  it("is the headline with its tag, its subtitle and its date", () => {
    expect(engine.search("Israeli embassy Azerbaijan resumes work")[0]?.excerpt).toBe(
      "Israeli embassy in Azerbaijan resumes work [UPDATED] (27 March 2023 - 22:10)",
    );
    expect(engine.search("Biden democracy summit")[0]?.excerpt).toBe(
      'Biden\'s "democracy summit" poses questions for EU identity — Op-ed by EU Observer (28 March 2023 - 04:00)',
    );
  });
});

describe("highlights", () => {
  const highlighted = (answer: Answer) => answer.highlights.map(([start, end]) => answer.excerpt.slice(start, end));

  it("mark the question's words in the excerpt", () => {
    expect(highlighted(topSection("Tasnim Velayati"))).toEqual(["Tasnim", "Velayati"]);
    expect(highlighted(engine.search("Nashville school shooting")[0]!)).toEqual(["Nashville", "school", "shooting"]);
  });

  it("mark whole words that stand for a word of the question", () => {
    const question = "nov 4 interview state tv borders";
    const words = question.split(" ");
    const standIns = words.flatMap((word) => [word, ...language.synonyms(word).synonyms, ...language.synonyms(word).broader]);
    const answer = topSection(question);
    expect(answer.highlights.length).toBeGreaterThanOrEqual(words.length);
    for (const [start, end] of answer.highlights) {
      expect(start).toBeLessThan(end);
      expect(answer.excerpt.slice(start - 1, start)).not.toMatch(/[\p{L}\p{N}]/u);
      expect(answer.excerpt.slice(end, end + 1)).not.toMatch(/[\p{L}\p{N}]/u);
      const word = answer.excerpt.slice(start, end).toLowerCase();
      expect(standIns.some((w) => word.startsWith(w.slice(0, 5))), word).toBe(true);
    }
  });

  it("point at the corpus's spelling when the question has a typo", () => {
    const answer = topSection("zangezor coridor");
    expect(highlighted(answer)).toContain("Zangezur");
    expect(highlighted(answer)).toContain("corridor");
  });
});
