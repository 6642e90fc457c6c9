import { describe, expect, it } from "vitest";
import { TEXTS } from "../../support/texts.js";
import type { Article } from "../../../src/corpus/types.js";
import { CALLBACK_DATA_LIMIT, defineCallbackData } from "../../../src/bot/keyboards/callback-data.js";
import { answerKeyboard } from "../../../src/bot/keyboards/answer-keyboard.js";
import { latestKeyboard } from "../../../src/bot/keyboards/latest-keyboard.js";
import { articleSectionsKeyboard, articlesKeyboard } from "../../../src/bot/keyboards/sections-keyboard.js";
import { resolveWholeSection } from "../../../src/bot/keyboards/whole-section.js";

const article: Article = {
  id: "a-very-long-article-identifier-derived-from-a-file-name-that-goes-on-and-on",
  title: "Title",
  subtitle: null,
  author: null,
  category: null,
  publishedAt: null,
  url: null,
  language: "en",
  sections: Array.from({ length: 12 }, (_, i) => ({ heading: `Heading ${i}`, paragraphs: [`Text ${i}`] })),
  file: "x.txt",
};

describe("callback data", () => {
  const codec = defineCallbackData("t1", { list: "key", page: "int" });

  it("decodes what it encodes and refuses what it did not", () => {
    expect(codec.decode(codec.encode({ list: "abc", page: 3 }))).toEqual({ list: "abc", page: 3 });
    expect(codec.decode("t1:abc")).toBeNull();
    expect(codec.decode("t1:abc:x")).toBeNull();
    expect(codec.decode("t0:abc:3")).toBeNull();
    expect(codec.pattern.test("t1:garbage")).toBe(true);
  });

  it("refuses to encode data over Telegram's 64 bytes", () => {
    expect(CALLBACK_DATA_LIMIT).toBe(64);
    const wide = defineCallbackData("w9", { a: "key", b: "key", c: "key" });
    const key = "k".repeat(24);
    expect(() => wide.encode({ a: key, b: key, c: key })).toThrow("callback data over 64 bytes");
  });

  it("keeps every button of every keyboard within Telegram's 64 bytes", () => {
    const keyboards = [
      answerKeyboard({ list: "AbCdEfGh", index: 5, total: 10, section: { article, sectionIndex: 11 }, texts: TEXTS }),
      latestKeyboard("AbCdEfGh", 999, 2000, TEXTS),
      articlesKeyboard("AbCdEfGh", [article], 3, 9, TEXTS),
      articleSectionsKeyboard({ article, sectionIndexes: [10, 11], page: 1, pages: 2, articlesList: "AbCdEfGh", texts: TEXTS }),
    ];
    const data = keyboards.flatMap((k) => k.inline_keyboard.flat()).map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(data.length).toBeGreaterThan(8);
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThan(CALLBACK_DATA_LIMIT);
  });

  it("finds a section again from its button, but not once the section changed", () => {
    const corpus = { articles: [article], headlines: [] };
    const [, , row] = articleSectionsKeyboard({ article, sectionIndexes: [0, 1, 2], page: 0, pages: 2, articlesList: "x", texts: TEXTS }).inline_keyboard;
    const button = row?.[0];
    const data = button && "callback_data" in button ? button.callback_data : "";
    expect(resolveWholeSection(corpus, data)?.sectionIndex).toBe(2);
    const edited = { ...article, sections: article.sections.map((s, i) => (i === 2 ? { ...s, paragraphs: ["Rewritten"] } : s)) };
    expect(resolveWholeSection({ articles: [edited], headlines: [] }, data)).toBeNull();
  });
});
