import type { InlineKeyboardButton } from "telegraf/types";
import type { OutboxButton } from "../../store/types.js";
import { SUBSCRIPTION_TEXTS } from "../texts.js";
import { explainData, idKey } from "./subscription-data.js";

/** A queued message's button as Telegram takes it: the Explain button under a pushed headline. */
export function outboxButton(button: OutboxButton): InlineKeyboardButton.CallbackButton {
  return { text: SUBSCRIPTION_TEXTS.buttons.explain, callback_data: explainData.encode({ item: idKey(button.itemId) }) };
}
