import { describe, expect, it } from "vitest";
import { decodeSave, encodeSave, FORMAT_VERSION, int32sOf, SaveFormatError, bytesOf } from "../../src/saved-index/binary-format.js";

const KEY = { analysisVersion: 3, settingsKey: 0xabcdef };
const postings = Int32Array.from([0, 4, 9, 12]);
const sample = () => Buffer.concat(encodeSave(KEY, [Buffer.from("zangezur\nshusha"), bytesOf(postings), Buffer.from("odd")]));

const refusal = (bytes: Buffer, key = KEY) => {
  try {
    decodeSave(bytes, key);
  } catch (error) {
    if (error instanceof SaveFormatError) return error.message;
    throw error;
  }
  return null;
};

describe("saved index file format", () => {
  it("gives back each section as written, typed arrays readable where they lie", () => {
    const [terms, table, odd] = decodeSave(sample(), KEY);
    expect(Buffer.from(terms!).toString()).toBe("zangezur\nshusha");
    expect([...int32sOf(table!)]).toEqual([0, 4, 9, 12]);
    expect(Buffer.from(odd!).toString()).toBe("odd");
  });

  it("refuses a truncated save", () => {
    const bytes = sample();
    expect(refusal(bytes.subarray(0, bytes.length - 3))).toMatch(/truncated/);
    expect(refusal(bytes.subarray(0, 10))).toMatch(/not a saved index/);
  });

  it("refuses a save whose body changed, by its checksum", () => {
    const bytes = Buffer.from(sample());
    bytes[bytes.length - 8]! ^= 0x40;
    expect(refusal(bytes)).toMatch(/checksum/);
  });

  it("refuses another format, another analysis version, other settings and another file", () => {
    const old = Buffer.from(sample());
    old.writeUInt32LE(FORMAT_VERSION - 1, 8);
    expect(refusal(old)).toMatch(/format version/);
    expect(refusal(sample(), { ...KEY, analysisVersion: 4 })).toMatch(/analysis version 3, not 4/);
    expect(refusal(sample(), { ...KEY, settingsKey: 1 })).toMatch(/settings/);
    expect(refusal(Buffer.from("Title\nSubtitle\nREGION  27 January 2023 - 14:27\n".repeat(3)))).toMatch(/not a saved index/);
  });
});
