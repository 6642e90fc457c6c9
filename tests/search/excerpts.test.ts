import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage } from "../../src/search/language.js";
import type { Corpus } from "../../src/corpus/types.js";
import type { Answer, SearchEngine } from "../../src/search/types.js";
import { createTermFolder, tokenize } from "../../src/search/tokenize.js";
import { parseCases } from "./helpers/score-rules.js";
import { REPO_ROOT, loadSeedCorpus } from "./helpers/seed.js";
import { analyzeSection, excerptOf, type AnalyzedSentence } from "../../src/search/excerpt.js";
import { SEARCH_DEFAULTS } from "../../src/search/defaults.js";

/** A whole sentence, or a run of them: starts with a capital, a digit or an opening quote; ends on . ! ? and any closing quotes. */
const WHOLE_SENTENCES = /^["“‘(\[]?[\p{Lu}\p{N}][\s\S]*[.!?]["”’)\]]*$/u;
const spaced = (text: string) => text.replace(/\s+/g, " ");
const fold = createTermFolder();

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
    // More answers stop where answers do, so the set yields fewer sections than questions times ten.
    expect(sections.length).toBeGreaterThan(80);
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
          { id: "a1", title: "Caspian ministers meet", subtitle: null, author: null, category: null, publishedAt: null, url: null, language: "en", file: "x.txt", sections: [{ heading: "The agreement", paragraphs: [long] }] },
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

describe("an excerpt of a question that asks for something", () => {
  const sentences = analyzeSection(
    [
      "Khojasan is a deep station with two escalator halls, next to Sulutapa.",
      "Both have lifts from the street to the platforms.",
      "The platforms are long enough for seven-carriage trains.",
      "Both stations were designed by the studio of architect Nigar Sultanova.",
    ],
    fold,
  );
  // The question's words by query word and weight, as a question parser gives them: Khojasan and Sulutapa weigh more.
  const matched = new Map([
    ["khojasan", { query: 0, weight: 1.5 }],
    ["sulutapa", { query: 1, weight: 1.5 }],
    ["station", { query: 2, weight: 1 }],
    ["design", { query: 3, weight: 2 }],
  ]);
  const settings = { ...SEARCH_DEFAULTS, excerptMaxSentences: 1 };
  const namesAPerson = (sentence: AnalyzedSentence) => /architect \p{Lu}/u.test(sentence.text);

  it("is the sentence that gives it, though another holds more of the question's words", () => {
    expect(excerptOf(sentences, matched, fold, settings, namesAPerson)).toMatchObject({ text: sentences[3]!.text, givingWeight: 3 });
    // Asked for nothing in particular: the sentence with most of the question.
    expect(excerptOf(sentences, matched, fold, settings)).toMatchObject({ text: sentences[0]!.text, givingWeight: 0 });
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

  it("mark the question's words in the excerpt, neighbouring words as one span", () => {
    expect(highlighted(topSection("Tasnim Velayati"))).toEqual(["Tasnim", "Velayati"]);
    expect(highlighted(engine.search("Nashville school shooting")[0]!)).toEqual(["Nashville school shooting"]);
  });

  it("mark only what the reader typed, with its folds and stems, never a synonym or a broader term", () => {
    const answer = engine.search("kids killed in nashville")[0]!;
    expect(answer.excerpt).toContain("children");
    expect(highlighted(answer)).toEqual(["Nashville"]);
    const borders = topSection("nov 4 interview state tv borders");
    const typed = new Set(tokenize("nov 4 interview state tv borders", fold).map((t) => t.term));
    const words = highlighted(borders).flatMap((span) => tokenize(span, fold).map((t) => t.term));
    expect(words.length).toBeGreaterThanOrEqual(5);
    for (const word of words) expect(typed, word).toContain(word);
  });

  it("point at the corpus's spelling when the question has a typo", () => {
    const answer = topSection("zangezor coridor");
    expect(highlighted(answer)).toContain("Zangezur");
    expect(highlighted(answer)).toContain("corridor");
  });
});
