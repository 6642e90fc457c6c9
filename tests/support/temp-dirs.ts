import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

// Vitest evaluates this module once per test file, so the folders go when that file's tests are done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed after the test file's tests. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsdesk-${name}-`));
  made.push(dir);
  return dir;
}
