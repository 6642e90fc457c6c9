const NEWLINE = 10;
const SPACE = 32;

/**
 * Finds lines by their first word in a text file sorted by it, such as WordNet's index files, by binary
 * search over the bytes: nothing is parsed at start. Parsing WordNet's four index files into a Map took
 * about 600 ms of every start, most of a warm start's budget; a lookup here costs a few microseconds.
 * Lines that start with a space (WordNet's licence header) are skipped. The file must be sorted by byte
 * order of its keys (each key ends at the first space), which WordNet's are.
 */
export function createSortedLines(bytes: Buffer): (key: string) => string | null {
  let start = 0;
  while (start < bytes.length && bytes[start] === SPACE) {
    const end = bytes.indexOf(NEWLINE, start);
    start = end === -1 ? bytes.length : end + 1;
  }
  const first = start;

  /** The line's key against `key`: negative when the line's comes first. */
  const compare = (at: number, key: Buffer): number => {
    for (let i = 0; ; i++) {
      const byte = bytes[at + i];
      const ended = byte === undefined || byte === SPACE || byte === NEWLINE;
      if (i === key.length) return ended ? 0 : 1;
      if (ended) return -1;
      if (byte !== key[i]) return byte! - key[i]!;
    }
  };

  return (text) => {
    // Keys are ASCII: a word with any other letter is in no WordNet file.
    if (text === "" || !/^[\x21-\x7e]+$/.test(text)) return null;
    const key = Buffer.from(text, "latin1");
    let low = first;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = Math.max(low, bytes.lastIndexOf(NEWLINE, middle - 1) + 1);
      const found = bytes.indexOf(NEWLINE, lineStart);
      const lineEnd = found === -1 ? bytes.length : found;
      const order = compare(lineStart, key);
      if (order === 0) return bytes.toString("latin1", lineStart, lineEnd);
      if (order < 0) low = lineEnd + 1;
      else high = lineStart;
    }
    return null;
  };
}
