import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { UndoMode } from "../../subscriptions/unsubscribe.js";
import type { SubscriptionTexts } from "../subscription-texts.js";
import { unsubscribeData } from "./subscription-data.js";

/** Where the reader is after /unsubscribe: just unsubscribed, asked about their follows, or with them dropped. */
export type UnsubscribeStep = "done" | "confirm" | "dropped";

/** Undo (when there is a mode to bring back) and Stop my follows too (when there are follows); Yes / Keep to confirm. */
export function unsubscribeKeyboard(
  B: SubscriptionTexts["buttons"],
  step: UnsubscribeStep,
  undo: UndoMode | null,
  hasFollows: boolean,
): InlineKeyboardMarkup {
  const button = (text: string, act: string): InlineKeyboardButton => ({
    text,
    callback_data: unsubscribeData.encode({ act, undo: undo ?? "none" }),
  });
  if (step === "confirm") return { inline_keyboard: [[button(B.dropFollowsYes, "yes"), button(B.keepFollows, "keep")]] };
  const row = [
    ...(undo ? [button(B.undoUnsubscribe, "undo")] : []),
    ...(step === "done" && hasFollows ? [button(B.dropFollowsToo, "drop")] : []),
  ];
  return { inline_keyboard: row.length > 0 ? [row] : [] };
}
