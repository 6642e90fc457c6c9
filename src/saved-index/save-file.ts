import { closeSync, fstatSync, openSync, read } from "node:fs";
import { promisify } from "node:util";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

const readAt = promisify(read);

/**
 * The save's bytes, or null when there is none yet. Other read errors are thrown for the caller to log.
 * The whole file is asked for in one read, issued before this first yields: the thread pool reads it while
 * the caller goes on (a start loads its word lists meanwhile). The promise API reads in 512 KB chunks, each
 * a round trip that waits for the event loop (400 for a 200 MB save).
 */
export async function readSaveFile(path: string): Promise<Buffer | null> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await readAt(fd, bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
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
