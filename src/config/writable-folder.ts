import { accessSync, constants, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Why `path` cannot serve as a folder the bot writes to, or null when it can: an existing folder
 * must take a file, a missing one needs its nearest existing ancestor to be a folder that takes one
 * (the store creates the rest). A real file is written and removed, because permissions alone do not
 * tell: root passes every access check, yet a read-only mount or /proc refuses the write (and Node's
 * recursive mkdir loops forever under /proc).
 */
export function writableFolderProblem(path: string): string | null {
  let existing = resolve(path);
  for (;;) {
    const kind = kindOf(existing);
    if (kind === "folder") break;
    if (kind === "other") return existing === resolve(path) ? "it is not a folder" : `${existing} is not a folder`;
    const parent = dirname(existing);
    if (parent === existing) return "no part of it exists";
    existing = parent;
  }
  return probeWrite(existing);
}

function kindOf(path: string): "folder" | "other" | "missing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
}

function probeWrite(folder: string): string | null {
  const probe = join(folder, `.newsdesk-write-check-${process.pid}`);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${folder} cannot be written to${code ? ` (${code})` : ""}`;
  }
}
