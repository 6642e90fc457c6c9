import { crc32 } from "node:zlib";

/**
 * The saved index's file layout, pure (bytes in, bytes out):
 *
 *   header (32 bytes, little-endian): magic "NDIDX\0\0\1", format version u32, analysis version u32,
 *   settings key u32, section count u32, body length u32, crc32 of the body u32;
 *   body: each section as its byte length u32 and 4 zero bytes, then its bytes padded to 8 bytes, so
 *   that a typed array (doubles included) can view it where it lies.
 *
 * A typed array is written as its bytes (a start reads it without parsing text); strings go in one blob.
 */
const MAGIC = Buffer.from("NDIDX\0\0\u0001", "latin1");
const HEADER_BYTES = 32;
/** Bumped whenever this layout, or what the sections hold, changes. */
export const FORMAT_VERSION = 2;

export interface SaveKey {
  /** See ANALYSIS_VERSION in src/search/tokenize.ts. */
  analysisVersion: number;
  /** A digest of everything else the index depends on (search settings, the site's timezone, the page parsers' version). */
  settingsKey: number;
}

export class SaveFormatError extends Error {}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/**
 * The save as chunks to write one after another: the header, then each section where it lies (a table of
 * postings is not copied into one big buffer first, which would hold the index twice in memory).
 */
export function encodeSave(key: SaveKey, sections: readonly Uint8Array[]): Uint8Array[] {
  const body: Uint8Array[] = [];
  let bodyLength = 0;
  let checksum = 0;
  const add = (chunk: Uint8Array) => {
    body.push(chunk);
    bodyLength += chunk.byteLength;
    checksum = crc32(chunk, checksum);
  };
  for (const section of sections) {
    const length = Buffer.alloc(8);
    length.writeUInt32LE(section.byteLength);
    add(length);
    add(section);
    add(Buffer.alloc(pad8(section.byteLength)));
  }
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(key.analysisVersion, 12);
  header.writeUInt32LE(key.settingsKey, 16);
  header.writeUInt32LE(sections.length, 20);
  header.writeUInt32LE(bodyLength, 24);
  header.writeUInt32LE(checksum, 28);
  return [header, ...body];
}

/**
 * The sections of a save, each a view into `bytes` (aligned to 8 bytes when `bytes` is). Throws
 * SaveFormatError, saying why, for another file, an old format or analysis, a truncated or corrupt body.
 */
export function decodeSave(bytes: Buffer, key: SaveKey): Uint8Array[] {
  if (bytes.byteLength < HEADER_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) throw new SaveFormatError("not a saved index");
  const version = bytes.readUInt32LE(8);
  if (version !== FORMAT_VERSION) throw new SaveFormatError(`format version ${version}, not ${FORMAT_VERSION}`);
  const analysis = bytes.readUInt32LE(12);
  if (analysis !== key.analysisVersion) throw new SaveFormatError(`analysis version ${analysis}, not ${key.analysisVersion}`);
  if (bytes.readUInt32LE(16) !== key.settingsKey) throw new SaveFormatError("saved with other search settings, timezone or page parsers");
  const count = bytes.readUInt32LE(20);
  const bodyLength = bytes.readUInt32LE(24);
  if (bytes.byteLength !== HEADER_BYTES + bodyLength) throw new SaveFormatError(`truncated: ${bytes.byteLength - HEADER_BYTES} of ${bodyLength} bytes`);
  const body = bytes.subarray(HEADER_BYTES);
  if (crc32(body) !== bytes.readUInt32LE(28)) throw new SaveFormatError("checksum mismatch");
  const sections: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 8 > body.byteLength) throw new SaveFormatError("section table runs past the end");
    const length = body.readUInt32LE(at);
    at += 8;
    if (at + length > body.byteLength) throw new SaveFormatError("section runs past the end");
    sections.push(body.subarray(at, at + length));
    at += length + pad8(length);
  }
  if (at !== body.byteLength) throw new SaveFormatError("bytes after the last section");
  return sections;
}

/** The bytes of a typed array, as they lie in memory (no copy). */
export function bytesOf(array: Int32Array | Float32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** A typed array over a section: a view where the section is aligned, else a copy. */
export function int32sOf(section: Uint8Array): Int32Array {
  if (section.byteLength % 4 !== 0) throw new SaveFormatError("a number table of odd length");
  return section.byteOffset % 4 === 0
    ? new Int32Array(section.buffer, section.byteOffset, section.byteLength / 4)
    : new Int32Array(section.slice().buffer);
}

export function float32sOf(section: Uint8Array): Float32Array {
  if (section.byteLength % 4 !== 0) throw new SaveFormatError("a number table of odd length");
  return section.byteOffset % 4 === 0
    ? new Float32Array(section.buffer, section.byteOffset, section.byteLength / 4)
    : new Float32Array(section.slice().buffer);
}

export function float64sOf(section: Uint8Array): Float64Array {
  if (section.byteLength % 8 !== 0) throw new SaveFormatError("a number table of odd length");
  return section.byteOffset % 8 === 0
    ? new Float64Array(section.buffer, section.byteOffset, section.byteLength / 8)
    : new Float64Array(section.slice().buffer);
}
