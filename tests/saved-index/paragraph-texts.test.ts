import { describe, expect, it } from "vitest";
import type { Section } from "../../src/corpus/types.js";
import { SaveFormatError } from "../../src/saved-index/binary-format.js";
import { decodeParagraphs, encodeParagraphs, savedSection } from "../../src/saved-index/paragraph-texts.js";

const SECTIONS: Section[] = [
  { heading: null, paragraphs: ["Azerbaijan detained 19 people.", "Tehran denied it."] },
  { heading: "Empty", paragraphs: [] },
  { heading: "Летние события", paragraphs: ["Президент сказал «да».", "", "Emoji 🚀 and a pair: 𝔘."] },
  { heading: "Bakı", paragraphs: ["Qarabağ dəmir yolu xətti"] },
];

describe("the saved paragraphs", () => {
  it("give every section's paragraphs back, in any script, each read when asked", () => {
    const [ends, text] = encodeParagraphs(SECTIONS);
    const texts = decodeParagraphs(ends!, text!);
    expect(texts.count).toBe(6);
    let first = 0;
    const read = SECTIONS.map((section) => {
      const saved = savedSection(section.heading, texts, first, section.paragraphs.length);
      first += section.paragraphs.length;
      return saved;
    });
    expect(read).toEqual(SECTIONS);
    expect(read[2]!.paragraphs[2]).toBe("Emoji 🚀 and a pair: 𝔘.");
  });

  it("are read from bytes that lie anywhere in a larger buffer", () => {
    const [ends, text] = encodeParagraphs(SECTIONS);
    const padded = Buffer.concat([Buffer.alloc(8), Buffer.from(ends!), Buffer.from(text!)]);
    const texts = decodeParagraphs(padded.subarray(8, 8 + ends!.byteLength), padded.subarray(8 + ends!.byteLength));
    expect(texts.read(2, 3)).toEqual(SECTIONS[2]!.paragraphs);
  });

  it("refuse a table that disagrees with the text", () => {
    const [ends, text] = encodeParagraphs(SECTIONS);
    expect(() => decodeParagraphs(ends!, text!.subarray(0, text!.byteLength - 1))).toThrow(SaveFormatError);
    const shuffled = new Int32Array(new Int32Array(ends!.buffer.slice(ends!.byteOffset, ends!.byteOffset + ends!.byteLength)));
    [shuffled[0], shuffled[1]] = [shuffled[1]!, shuffled[0]!];
    expect(() => decodeParagraphs(new Uint8Array(shuffled.buffer), text!)).toThrow(/out of order/);
  });

  it("refuse to save a text UTF-8 cannot carry (a lone surrogate), rather than change it", () => {
    expect(() => encodeParagraphs([{ heading: null, paragraphs: ["broken \ud800 text"] }])).toThrow(/surrogate/);
    expect(() => encodeParagraphs([{ heading: null, paragraphs: ["broken \udc00 text"] }])).toThrow(/surrogate/);
  });
});
