import type { Translator } from "../i18n/translator.js";

/**
 * Every text delivery puts in front of a reader, in the reader's language (plain text: the composers escape it),
 * with the locale its dates are written in.
 */
export function createDeliveryTexts(tr: Translator) {
  const { t } = tr;
  return Object.freeze({
    locale: tr.locale,
    /** The label of the button under every pushed headline. */
    explainButton: t("button-explain"),
    /** The button of the n-th item in a message that lists several. */
    explainNumbered: (number: number) => t("button-explain-numbered", { number }),
    burstTitle: (count: number) => t("burst-title", { count }),
    /** What was left out of a burst over PUSH_BURST_MAX. */
    moreNew: (count: number) => t("more-new", { count }),
    readLink: t("read-link"),
    section: (heading: string) => t("new-section", { heading }),
    followNote: (query: string) => t("follow-note", { query }),
    digestTitle: (date: string) => t("digest-title", { date }),
    digestCount: (count: number) => t("digest-count", { count }),
    digestPart: (part: number, total: number) => t("digest-part", { part, total }),
    otherList: t("other-list"),
    /** The list of an article with no rubric. */
    articlesList: t("articles-list"),
  });
}

export type DeliveryTexts = ReturnType<typeof createDeliveryTexts>;

/** The chat's texts: delivery knows readers by chat id, and the app knows each chat's language. */
export type DeliveryTextsOf = (chatId: number) => DeliveryTexts;

/**
 * What /stats shows admins. It stays English: it is the operators' view of the bot, beside its English logs.
 */
export const STATS_TEXTS = Object.freeze({
  statsTitle: "Delivery",
  statsSubscribers: (instant: number, daily: number, off: number, inactive: number) =>
    `Subscribers: ${instant} instant, ${daily} daily, ${off} off, ${inactive} inactive`,
  statsFollows: (count: number) => `Follows: ${count}`,
  statsOutbox: (pending: number, sending: number) => `Outbox: ${pending} waiting, ${sending} being sent`,
  statsLastDay: (sent: number, failed: number) => `Last 24 h: ${sent} sent, ${failed} failed`,
  statsLeads: (self: string, database: string) =>
    database === "postgres" ? `Instance ${self} leads (PostgreSQL)` : `Instance ${self} (SQLite, one process)`,
  statsLedBy: (leader: string, self: string) => `Instance ${leader} leads; this one, ${self}, stands by`,
  statsNoLeader: (self: string) => `No instance leads right now (a standby takes over within seconds); this one is ${self}`,
  statsReachTitle: "Latest pushes (time until the last reader had it)",
  statsReachDone: (title: string, readers: number, after: string) => `${title}: ${readers} readers, the last after ${after}`,
  statsReachGoing: (title: string, readers: number, waiting: number) =>
    `${title}: ${readers} readers so far, ${waiting} waiting`,
  statsSourcesTitle: "Sources",
  statsNoSources: "No source polled yet",
  statsSource: (name: string, lastPoll: string, failures: number) =>
    failures > 0 ? `${name}: last poll ${lastPoll}, ${failures} failures in a row` : `${name}: last poll ${lastPoll}`,
  statsNever: "never",
  statsLastError: (error: string) => `last error: ${error}`,
});
