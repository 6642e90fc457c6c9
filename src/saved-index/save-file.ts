import { readFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The save's bytes, or null when there is none yet. Other read errors are thrown for the caller to log.
 * Read in one call: the promise API reads a file in 512 KB chunks, each a round trip through the thread
 * pool (400 for a 200 MB save), and a start has nothing else to do meanwhile.
 */
export async function readSaveFile(path: string): Promise<Buffer | null> {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Writes the save whole or not at all: into a temporary file beside it, then renamed over it, so a crash
 * or a second process mid-write leaves the old save or the new one, never half of one.
 */
export async function writeSaveFile(path: string, chunks: readonly Uint8Array[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const file = await open(temporary, "w");
    try {
      for (const chunk of chunks) {
        // A write may take less than it was given: the rest is written until the chunk is whole.
        for (let at = 0; at < chunk.byteLength; ) at += (await file.write(chunk, at, chunk.byteLength - at)).bytesWritten;
      }
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
