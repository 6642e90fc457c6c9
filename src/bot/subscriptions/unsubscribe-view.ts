import type { Follow } from "../../core/subscribers.js";
import type { UndoMode } from "../../subscriptions/unsubscribe.js";
import { unsubscribeKeyboard, type UnsubscribeStep } from "../keyboards/unsubscribe-keyboard.js";
import type { View } from "../replies.js";
import type { SubscriptionTexts } from "../subscription-texts.js";

/**
 * The message of /unsubscribe at each step: what stopped and what stays, the question about the follows, or the
 * follows dropped (`follows` are then the ones just dropped).
 */
export function unsubscribeView(
  T: SubscriptionTexts,
  step: UnsubscribeStep,
  undo: UndoMode | null,
  follows: readonly Follow[],
): View {
  const words = follows.map((follow) => follow.query);
  const html =
    step === "confirm"
      ? T.confirmDropFollows(words)
      : step === "dropped"
        ? T.followsDroppedToo(words)
        : T.unsubscribed(words, undo === null);
  return { html, markup: unsubscribeKeyboard(T.buttons, step, undo, follows.length > 0) };
}
