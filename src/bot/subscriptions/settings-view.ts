import { STORE_DEFAULTS } from "../../store/defaults.js";
import type { Follow, Subscriber } from "../../core/subscribers.js";
import type { ChatSettings } from "../../subscriptions/subscription-service.js";
import {
  digestHourKeyboard,
  followsKeyboard,
  quietKeyboard,
  settingsKeyboard,
  zoneKeyboard,
} from "../keyboards/settings-keyboards.js";
import type { SettingsPanel } from "../keyboards/subscription-data.js";
import type { View } from "../replies.js";
import type { SubscriptionTexts } from "../subscription-texts.js";
import { formatQuietHours } from "../../time/clock-time.js";
import { formatClockTime } from "../../time/zoned-time.js";


export const digestTimeOf = (subscriber: Subscriber | null): string =>
  formatClockTime(subscriber?.digestMinutes ?? STORE_DEFAULTS.digestMinutes);

/** Mode, digest hour, zone, quiet hours and follows, one a line. */
function formatSettings(T: SubscriptionTexts, settings: ChatSettings): string {
  const { subscriber } = settings;
  return [
    T.settingsTitle(settings.chatType),
    T.settingsMode(subscriber?.mode ?? "off", digestTimeOf(subscriber)),
    T.settingsZone(settings.zone),
    T.settingsQuiet(subscriber?.quiet ? formatQuietHours(subscriber.quiet) : null),
    T.settingsFollows(settings.follows.map((follow) => follow.query)),
  ].join("\n");
}

const withNotice = (notice: string | undefined, html: string): string => (notice ? `${notice}\n\n${html}` : html);

/** One panel of the settings message, with `notice` (what just changed) above it. */
export function settingsView(T: SubscriptionTexts, panel: SettingsPanel, settings: ChatSettings, notice?: string): View {
  const { subscriber } = settings;
  const { zone } = settings;
  switch (panel) {
    case "main":
      return { html: withNotice(notice, formatSettings(T, settings)), markup: settingsKeyboard(T.buttons, subscriber) };
    case "hour":
      return {
        html: withNotice(notice, T.hourPrompt(zone)),
        markup: digestHourKeyboard(T.buttons, subscriber?.mode === "daily" ? subscriber.digestMinutes : null),
      };
    case "zone":
      return { html: withNotice(notice, T.timezonePrompt(zone)), markup: zoneKeyboard(T.buttons, zone, true) };
    case "quiet": {
      const quiet = subscriber?.quiet ?? null;
      return { html: withNotice(notice, T.quietPrompt(quiet && formatQuietHours(quiet), zone)), markup: quietKeyboard(T.buttons, quiet, true) };
    }
    case "follows":
      return followsView(T, settings.follows, "s", notice);
  }
}

/** The stories a chat follows, a drop button each. */
export function followsView(T: SubscriptionTexts, follows: readonly Follow[], view: "l" | "s", notice?: string): View {
  return {
    html: withNotice(notice, follows.length > 0 ? T.followingTitle : T.followingNone),
    markup: followsKeyboard(T.buttons, follows, view),
  };
}
