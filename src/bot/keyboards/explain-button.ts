import type { InlineKeyboardButton } from "telegraf/types";
import type { OutboxButton } from "../../store/types.js";
import type { SubscriptionTexts } from "../subscription-texts.js";
import { explainData, idKey } from "./subscription-data.js";

/** A queued message's button as Telegram takes it: the Explain button under a pushed headline, numbered in a list. */
export function outboxButton(labels: SubscriptionTexts["buttons"], button: OutboxButton): InlineKeyboardButton.CallbackButton {
  return {
    text: button.number === undefined ? labels.explain : labels.explainNumbered(button.number),
    callback_data: explainData.encode({ item: idKey(button.itemId) }),
  };
}
