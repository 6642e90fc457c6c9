import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { isIgnoredFile } from "../corpus/load-corpus.js";

/** What tells a file changed without reading it. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
}

export type FolderListing = ReadonlyMap<string, FileFingerprint>;

/**
 * The page files of a folder with their size and modification time. Hidden, temporary and backup files
 * are left out by the same rule the corpus loader uses, so saving in an editor does not count as a change.
 */
export async function listCorpusFiles(dir: string): Promise<FolderListing> {
  const listing = new Map<string, FileFingerprint>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || isIgnoredFile(entry.name)) continue;
    try {
      const info = await stat(join(dir, entry.name));
      listing.set(entry.name, { size: info.size, mtimeMs: info.mtimeMs });
    } catch (error) {
      // Deleted between the listing and the stat: it is simply not there any more.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return listing;
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
