import { describe, expect, it } from "vitest";
import { TEXTS } from "../../support/texts.js";
import type { Article } from "../../../src/corpus/types.js";
import { formatSection } from "../../../src/bot/format/section.js";
import { MESSAGE_LIMIT, visibleLength } from "../../../src/format/html.js";

function longArticle(paragraphs: string[]): Article {
  return {
    id: "long",
    title: "A long read",
    subtitle: null,
    author: null,
    category: null,
    publishedAt: "2023-01-27T14:27:00+04:00",
    url: null,
    language: "en",
    sections: [{ heading: "Everything", paragraphs }],
    file: "long.txt",
  };
}

describe("formatSection", () => {
  it("splits a long section between paragraphs, each message under Telegram's limit", () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: ` + "News & views <here>. ".repeat(20));
    const messages = formatSection(longArticle(paragraphs), 0, "Asia/Baku", TEXTS);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(visibleLength(message)).toBeLessThan(MESSAGE_LIMIT);
    const escaped = paragraphs.map((p) => p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    // Every paragraph is whole in exactly one message, and in order.
    const found = escaped.map((p) => messages.findIndex((m) => m.split("\n\n").includes(p)));
    expect(found.every((i) => i >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    expect(messages[0]).toMatch(/^<b>Everything<\/b>\n<i>A long read<\/i> · 27 Jan 2023, 14:27/);
  });

  it("cuts a paragraph longer than a message between sentences", () => {
    const paragraph = "This sentence is about twenty-nine characters. ".repeat(200).trim();
    const messages = formatSection(longArticle([paragraph]), 0, "Asia/Baku", TEXTS);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(visibleLength(message)).toBeLessThan(MESSAGE_LIMIT);
    expect(messages.slice(1).every((m) => m.startsWith("This sentence"))).toBe(true);
  });
});
