import { readCorpusEntries } from "../corpus/corpus-entries.js";

/** What tells a file changed without reading it. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
}

export type FolderListing = ReadonlyMap<string, FileFingerprint>;

/**
 * The entries of a folder with their size and modification time, as the corpus loader reads them
 * (links followed; hidden, temporary and backup files left out, so saving in an editor is no change).
 * A subfolder, a pipe or a looping link is listed too: its arrival is a change, and the reload it
 * brings names it, once, with why it is skipped.
 */
export async function listCorpusFiles(dir: string): Promise<FolderListing> {
  return new Map((await readCorpusEntries(dir)).map((entry) => [entry.name, { size: entry.size, mtimeMs: entry.mtimeMs }]));
}

/** Names of the files that are new in `current` or differ from their fingerprint in `previous`. */
export function changedFiles(previous: FolderListing, current: FolderListing): Set<string> {
  const changed = new Set<string>();
  for (const [name, print] of current) {
    const before = previous.get(name);
    if (!before || before.size !== print.size || before.mtimeMs !== print.mtimeMs) changed.add(name);
  }
  return changed;
}

export function sameListing(previous: FolderListing, current: FolderListing): boolean {
  return previous.size === current.size && changedFiles(previous, current).size === 0;
}
