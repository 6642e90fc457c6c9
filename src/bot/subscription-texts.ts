import { escapeHtml } from "../format/html.js";
import type { Translator } from "../i18n/translator.js";
import type { ChatType, DeliveryMode } from "../core/subscribers.js";
import { zoneLabel } from "../time/zone-names.js";
import { BOT_DEFAULTS } from "./defaults.js";
import { clip, clipUtf16 } from "./format/clip.js";
import { commandHelp, type CommandHelp } from "./texts.js";

/**
 * The subscription features' texts (subscribe, follows, quiet hours, time zone, settings, Explain, /stats) in the
 * reader's language. Functions take raw values (a reader's words, a zone) and escape them; the rest is our own HTML.
 */
export function createSubscriptionTexts(tr: Translator) {
  const { t } = tr;
  const button = (key: string) => t(`button-${key}`);
  const zone = (name: string) => escapeHtml(zoneLabel(name));
  /** “a”, “b”, “c”: a reader's words, quoted (as the language quotes) and escaped. */
  const quoteList = (words: readonly string[]) =>
    words.map((word) => t("quoted", { text: escapeHtml(clip(word, BOT_DEFAULTS.echoMaxLength)) })).join(", ");
  const modeSet = (mode: DeliveryMode, digestAt: string, zoneName: string) =>
    t(`mode-set-${mode}`, mode === "daily" ? { time: escapeHtml(digestAt), zone: zone(zoneName) } : {});

  return Object.freeze({
    commands: Object.freeze<CommandHelp[]>([
      commandHelp(tr, "subscribe", true),
      commandHelp(tr, "follow", true),
      commandHelp(tr, "following"),
      commandHelp(tr, "timezone", true),
      commandHelp(tr, "quiet", true),
      commandHelp(tr, "settings"),
      commandHelp(tr, "unsubscribe"),
    ]),

    buttons: Object.freeze({
      subscribe: button("subscribe"),
      instant: button("instant"),
      daily: button("daily"),
      off: button("off"),
      chosen: (caption: string) => t("button-chosen", { caption }),
      digestHour: button("digest-hour"),
      timezone: button("timezone"),
      quiet: button("quiet"),
      follows: button("follows"),
      noQuiet: button("no-quiet"),
      dropFollow: (words: string) => t("button-drop-follow", { words }),
      backToSettings: button("back-to-settings"),
      explain: button("explain"),
      undoUnsubscribe: button("undo-unsubscribe"),
      dropFollowsToo: button("drop-follows-too"),
      dropFollowsYes: button("drop-follows-yes"),
      keepFollows: button("keep-follows"),
      /** Under a message that lists several pushed items: the button of item `number`. */
      explainNumbered: (number: number) => t("button-explain-numbered", { number }),
    }),

    subscribePrompt: (digestAt: string, zoneName: string) =>
      [
        t("subscribe-prompt-title"),
        t("subscribe-prompt-instant"),
        t("subscribe-prompt-daily", { time: escapeHtml(digestAt), zone: zone(zoneName) }),
        t("subscribe-prompt-off"),
        t("subscribe-prompt-hint"),
      ].join("\n"),
    subscribeUsage: t("subscribe-usage"),
    modeSet,
    unsubscribed: (follows: readonly string[], wasOff: boolean) =>
      t(wasOff ? "unsubscribed-was-off" : "unsubscribed") +
      (follows.length > 0 ? `\n${t("unsubscribed-follows-stay", { follows: quoteList(follows) })}` : ""),
    confirmDropFollows: (follows: readonly string[]) => t("confirm-drop-follows", { follows: quoteList(follows) }),
    followsDroppedToo: (follows: readonly string[]) => t("follows-dropped-too", { follows: quoteList(follows) }),
    undone: (modeSetText: string) => t("undone", { modeSet: modeSetText }),
    welcomeBack: t("welcome-back"),
    adminsOnly: t("admins-only"),
    channelAdminsOnly: t("channel-admins-only"),

    timeUsage: t("time-usage"),
    hourPrompt: (zoneName: string) => t("hour-prompt", { zone: zone(zoneName) }),

    timezonePrompt: (zoneName: string) => t("timezone-prompt", { zone: zone(zoneName) }),
    timezoneSet: (zoneName: string, localTime: string) => t("timezone-set", { zone: zone(zoneName), time: escapeHtml(localTime) }),
    timezoneUnknown: (text: string) => t("timezone-unknown", { text: escapeHtml(clip(text, 60)) }),
    timezoneNoLocation: t("timezone-no-location"),

    quietPrompt: (window: string | null, zoneName: string) =>
      (window ? t("quiet-prompt-window", { window: escapeHtml(window), zone: zone(zoneName) }) : t("quiet-prompt-none")) +
      `\n${t("quiet-prompt-hint")}`,
    quietSet: (window: string, zoneName: string) => t("quiet-set", { window: escapeHtml(window), zone: zone(zoneName) }),
    quietOff: t("quiet-off"),
    quietSame: (time: string) => t("quiet-same", { time: escapeHtml(time) }),
    quietOneTime: (time: string) => t("quiet-one-time", { time: escapeHtml(time) }),
    quietBadTime: (text: string) => t("quiet-bad-time", { text: escapeHtml(clip(text, 40)) }),

    followUsage: t("follow-usage"),
    followAdded: (words: string) => t("follow-added", { words: escapeHtml(words) }),
    followStopwords: (words: readonly string[]) => t("follow-stopwords", { words: quoteList(words), count: words.length }),
    followCommon: (words: readonly string[]) => t("follow-common", { words: quoteList(words), count: words.length }),
    followTooLong: (max: number) => t("follow-too-long", { max }),
    followLimit: (max: number) => t("follow-limit", { max }),
    followingTitle: `${t("following-title")}\n${t("following-hint")}`,
    followingNone: t("following-none"),
    followDropped: (words: string) => t("follow-dropped", { words: clip(words, 60) }),

    settingsTitle: (chatType: ChatType) => t("settings-title", { chatType }),
    settingsMode: (mode: DeliveryMode, digestAt: string) => t("settings-mode", { mode, time: escapeHtml(digestAt) }),
    settingsZone: (zoneName: string) => t("settings-zone", { zone: zone(zoneName) }),
    settingsQuiet: (window: string | null) => t("settings-quiet", { window: window ? escapeHtml(window) : t("settings-none") }),
    settingsFollows: (follows: readonly string[]) =>
      t("settings-follows", { follows: follows.length > 0 ? quoteList(follows) : t("settings-none") }),

    statsInPrivate: (botUsername: string) => t("stats-in-private", { bot: escapeHtml(botUsername) }),

    explainNone: (title: string) => t("explain-none", { title: escapeHtml(clip(title, 120)) }),
    explainGone: t("explain-gone"),
    /** Alerts are plain text, and short. */
    explainAlert: (heading: string, excerpt: string) => clipUtf16(`${heading}: ${excerpt}`, BOT_DEFAULTS.alertMaxLength),
    explainNoneAlert: (title: string) => clipUtf16(t("explain-none-alert", { title }), BOT_DEFAULTS.alertMaxLength),
  });
}

export type SubscriptionTexts = ReturnType<typeof createSubscriptionTexts>;
