/**
 * The judging rules of ../shared/eval/score.mjs, for running a question set in-process: only the first
 * result is judged; it must be an expected target, hold the "must" text after normalization, and fit in
 * 600 characters; a question expecting "none" passes on no results, or on related coverage first
 * (the articles speak of the subject, not of what was asked).
 */
export type Target = { section: string | null } | { lead: true } | { headline: string };

export interface EvalCase {
  q: string;
  expect: "none" | Target[];
  must?: string;
}

export interface JudgedResult {
  kind: "section" | "headline";
  article: string;
  section: string | null;
  headline: string;
  excerpt: string;
  match?: "answer" | "related";
}

export const MAX_EXCERPT = 600;

export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase);
}

export const norm = (s: string | null | undefined): string =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

function matches(result: JudgedResult | undefined, target: Target): boolean {
  if (!result) return false;
  if ("section" in target) return result.kind === "section" && norm(result.section) === norm(target.section);
  if ("lead" in target) {
    const s = norm(result.section);
    return result.kind === "section" && (!s || ["lead", "intro", "introduction", norm(result.article)].includes(s));
  }
  const got = norm(result.headline);
  const want = norm(target.headline);
  return result.kind === "headline" && got.length > 0 && (got === want || got.includes(want) || want.includes(got));
}

/** Null when the case passes; otherwise why it failed, in the scorer's words. */
export function judge(c: EvalCase, results: readonly JudgedResult[]): string | null {
  const top = results[0]?.match === "related" ? undefined : results[0];
  const got = top ? `${top.kind} "${top.section ?? top.headline}"` : results.length > 0 ? "only related coverage" : "nothing";
  if (c.expect === "none") return top === undefined ? null : `expected no match, got ${got}`;
  if (!c.expect.some((target) => matches(top, target))) return `expected ${JSON.stringify(c.expect)}, got ${got}`;
  if (c.must && top) {
    if (top.excerpt.length > MAX_EXCERPT) return `excerpt is ${top.excerpt.length} characters, over ${MAX_EXCERPT}`;
    if (!norm(top.excerpt).includes(norm(c.must))) return `excerpt lacks "${c.must}": ${top.excerpt.slice(0, 160)}`;
  }
  return null;
}
