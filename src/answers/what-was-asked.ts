/**
 * What a question asks, put so that it follows "Our articles don’t …": a thing to give ("what is the
 * population of Baku" → give "the population of Baku"), a clause to say ("how long is the Aras river" →
 * say "how long the Aras river is"), or null when English word order cannot be restored without knowing
 * the verb ("when did the war start": the reply then quotes the question).
 */
export type WhatWasAsked = { give: string } | { say: string } | null;

const WH = /^(how (?:many|much|long|old|far|big|large|often|tall|high|deep|wide|soon)|when|where|who|whom|whose|why|which|what|how)(?=\s|$)\s*(.*)$/i;
const BE = /^(is|are|was|were)\s+(.+)$/i;
/**
 * Auxiliaries whose subject comes after them: the clause needs the verb moved, which a rule cannot do safely. They may
 * follow the noun the question word asks of ("how many *days did* the drills last", "which country *does* …").
 */
const INVERTED =
  /^(?:[\p{L}’'-]+\s+){0,2}(do|does|did|can|could|will|would|shall|should|may|might|must|has|have|had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't)\b/iu;
const DETERMINER = /^(the|a|an|its|his|her|their|our|this|that|these|those)\s/i;
/** After "is", a participle or an -ing form is the predicate: "who is leading Iran" cannot become "who leading Iran is". */
const PREDICATE = /\b\p{Ll}+(?:ing|ed)\b/u;

export function whatWasAsked(question: string): WhatWasAsked {
  const text = question.trim().replace(/[\s?!.…]+$/u, "").replace(/\s+/g, " ");
  const what = /^what(?:'s|’s| is| are| was| were)\s+(.+)$/i.exec(text);
  if (what && DETERMINER.test(what[1]!)) return { give: what[1]! };
  const wh = WH.exec(text);
  if (!wh) return null;
  const asking = wh[1]!.toLowerCase();
  const rest = wh[2]!;
  if (rest === "") return null;
  const be = BE.exec(rest);
  if (be) {
    if (asking === "why" || PREDICATE.test(be[2]!)) return null;
    return { say: `${asking} ${be[2]} ${be[1]!.toLowerCase()}` };
  }
  if (INVERTED.test(rest)) return null;
  return { say: `${asking} ${rest}` };
}
