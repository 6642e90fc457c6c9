import { Composer } from "telegraf";
import type { BotFeature } from "../deps.js";
import { openSubscribeData } from "../keyboards/subscription-data.js";
import type { SubscriptionDeps } from "../subscriptions/deps.js";
import { chatLifecycleFeature } from "./chat-lifecycle.js";
import { explainFeature } from "./explain.js";
import { followFeature } from "./follow.js";
import { quietFeature } from "./quiet.js";
import { settingsFeature } from "./settings.js";
import { statsFeature } from "./stats.js";
import { subscribeFeature } from "./subscribe.js";
import { timezoneFeature } from "./timezone.js";

/**
 * Subscriptions as one bot feature: /subscribe, /follow and /following, /timezone, /quiet, /settings,
 * /unsubscribe, the Explain button of pushes, /stats for admins, and the Subscribe button under /start.
 */
export function subscriptionFeature(deps: SubscriptionDeps): BotFeature {
  return {
    middleware: Composer.compose([
      chatLifecycleFeature(deps),
      subscribeFeature(deps),
      settingsFeature(deps),
      timezoneFeature(deps),
      quietFeature(deps),
      followFeature(deps),
      explainFeature(deps),
      statsFeature(deps),
    ]),
    startButtons: (texts) => [{ text: texts.subscription.buttons.subscribe, callback_data: openSubscribeData.encode({}) }],
    commands: (texts) => [...texts.subscription.commands],
  };
}
