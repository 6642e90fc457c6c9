import { createHash } from "node:crypto";
import { memoizeText } from "./load-memo.js";

/** Folds the typographic variants a title can come in, so one story compares equal to itself. */
export const normalizeTitle = memoizeText(foldTitle);

function foldTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A short stable id: the same input always gives the same id, across restarts. */
export function stableId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha1").update(parts.join("\u0000")).digest("base64url").slice(0, 12);
}

/** An id for an article from its file name: stable, short enough for callback data. */
export function articleIdFromFile(file: string): string {
  const base = file.replace(/\.[^.]+$/, "");
  return stableId("a", base);
}
