import { whatWasAsked } from "../../answers/what-was-asked.js";
import type { Answer } from "../../search/types.js";
import type { BotTexts } from "../texts.js";

/**
 * The line before related coverage: what our articles don't give, in the reader's own words when they can
 * be put after "don’t give" or "don’t say", then what we have on the subject the passage does hold.
 */
export function relatedIntro(question: string, answer: Answer, texts: BotTexts): string {
  const asked = whatWasAsked(question);
  const missing =
    asked === null
      ? answer.asked
        ? texts.related.asked(answer.asked)
        : texts.related.question(question.trim())
      : "give" in asked
        ? texts.related.give(asked.give)
        : texts.related.say(asked.say);
  const subject = answer.subject?.trim();
  return `${missing} ${subject ? texts.related.on(subject) : texts.related.closest}`;
}
