import { whatWasAsked } from "../../answers/what-was-asked.js";
import type { Answer } from "../../search/types.js";
import { TEXTS } from "../texts.js";

/**
 * The line before related coverage: what our articles don't give, in the reader's own words when they can
 * be put after "don’t give" or "don’t say", then what we have on the subject the passage does hold.
 */
export function relatedIntro(question: string, answer: Answer): string {
  const asked = whatWasAsked(question);
  const missing =
    asked === null
      ? answer.asked
        ? TEXTS.related.asked(TEXTS.related.nouns[answer.asked])
        : TEXTS.related.question(question.trim())
      : "give" in asked
        ? TEXTS.related.give(asked.give)
        : TEXTS.related.say(asked.say);
  const subject = answer.subject?.trim();
  return `${missing} ${subject ? TEXTS.related.on(subject) : TEXTS.related.closest}`;
}
