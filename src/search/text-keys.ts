import { createHash } from "node:crypto";
import { keptUpTo } from "./kept.js";

/**
 * A passage's text as the answer list compares it (a reprint or a re-scrape has the same key), worked out once per
 * passage and kept for the last `kept` passages asked of: normalizing a section's text anew for every question cost
 * a tenth of an answer's time among 10,000 pages. The key is a digest, so that keeping many costs little.
 */
export function createTextKeys(kept: number): (doc: number, text: () => string) => string {
  const keys = keptUpTo<number, string>(kept);
  return (doc, text) => keys(doc, () => createHash("sha1").update(text().normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase()).digest("base64url"));
}
