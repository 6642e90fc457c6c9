import { isArticleItem } from "../core/items.js";
import type { Follow, Subscriber } from "../core/subscribers.js";
import type { OutboxDraft, StoredItem } from "../store/types.js";
import { escapeHtml } from "../format/html.js";
import { composePush, type ComposedMessage } from "./compose-push.js";
import { afterQuietHours } from "./quiet-hours.js";
import type { DeliveryTextsOf } from "./texts.js";

/** Whether a followed story's words match an item's text (the search engine's matcher, typos tolerated). */
export type MatchFollow = (query: string, text: string) => boolean;

/** Whether an article of the corpus explains an item, so that its push offers Explain. */
export type CanExplain = (item: StoredItem) => boolean;

/** The text a follow is matched against. */
export function followText(item: Pick<StoredItem, "kind" | "article" | "title" | "subtitle" | "tag">): string {
  const parts = item.kind === "section" ? [item.article, item.title] : [item.title, item.subtitle, item.tag];
  return parts.filter(Boolean).join(" ");
}

/** One new item, with the follows it matches worked out once for every chat. */
interface Candidate {
  item: StoredItem;
  matched(query: string): boolean;
  /** Asked once per item, and only for an item someone gets: it costs a search. */
  explainable(): boolean;
  composed: Map<string, ComposedMessage>;
}

function candidate(item: StoredItem, matchFollow: MatchFollow, canExplain: CanExplain): Candidate {
  const text = followText(item);
  const matches = new Map<string, boolean>();
  let explainable: boolean | undefined;
  return {
    item,
    explainable: () => (explainable ??= canExplain(item)),
    matched(query) {
      let result = matches.get(query);
      if (result === undefined) {
        result = matchFollow(query, text);
        matches.set(query, result);
      }
      return result;
    },
    composed: new Map(),
  };
}

/** An item chosen for one chat, and the follow that brought it, if any. */
interface Chosen {
  candidate: Candidate;
  follow: Follow | null;
}

/**
 * At most `max` items a chat from one ingest, the followed ones first (the reader asked for those), in the
 * items' order; the rest are counted for the "N more" offer.
 */
function capPicks(picks: readonly Chosen[], max: number): { kept: Chosen[]; left: number } {
  if (picks.length <= max) return { kept: [...picks], left: 0 };
  const ranked = [...picks.filter((pick) => pick.follow), ...picks.filter((pick) => !pick.follow)];
  const kept = new Set(ranked.slice(0, max));
  return { kept: picks.filter((pick) => kept.has(pick)), left: picks.length - max };
}

function pushDraft(subscriber: Subscriber, pick: Chosen, notBefore: number, textsOf: DeliveryTextsOf): OutboxDraft {
  const { item, composed } = pick.candidate;
  const query = pick.follow?.query ?? null;
  const texts = textsOf(subscriber.chatId);
  const key = `${subscriber.timezone}|${texts.locale}|${query ?? ""}`;
  let message = composed.get(key);
  if (!message) {
    message = composePush(item, { timezone: subscriber.timezone, followQuery: query, explainable: pick.candidate.explainable(), texts });
    composed.set(key, message);
  }
  return {
    chatId: subscriber.chatId,
    threadId: subscriber.threadId,
    purpose: "push",
    subject: String(item.id),
    itemId: item.id,
    text: message.text,
    buttons: message.buttons,
    entry: message.entry,
    notBefore,
  };
}

/** The offer of what a capped burst left out, as a row of its own (keyed by the first item left out). */
function moreDraft(subscriber: Subscriber, left: number, firstLeftId: number, notBefore: number, textsOf: DeliveryTextsOf): OutboxDraft {
  const note = `<i>${escapeHtml(textsOf(subscriber.chatId).moreNew(left))}</i>`;
  return {
    chatId: subscriber.chatId,
    threadId: subscriber.threadId,
    purpose: "push",
    subject: `more:${firstLeftId}`,
    itemId: null,
    text: note,
    buttons: [],
    entry: note,
    notBefore,
  };
}

/**
 * Who gets each new item pushed, as outbox rows: instant subscribers get every new headline and every new
 * article (once, by its first section, whatever source it came from); a chat whose
 * follow matches gets the headline or section whatever its mode; daily subscribers get nothing here (their
 * digest reads the items later). A chat gets an item once, however many reasons it has, and at most
 * `maxPerChat` items from one ingest, plus one row offering the rest. During a reader's quiet hours the rows
 * wait for the window's end in the reader's zone. Each chat's rows are worded in its language.
 */
export function planPushes(input: {
  items: readonly StoredItem[];
  subscribers: readonly Subscriber[];
  follows: readonly Follow[];
  matchFollow: MatchFollow;
  canExplain: CanExplain;
  now: number;
  /** PUSH_BURST_MAX. */
  maxPerChat: number;
  /** Each chat's texts, in the language kept for it. */
  textsOf: DeliveryTextsOf;
}): OutboxDraft[] {
  const followsByChat = new Map<number, Follow[]>();
  for (const follow of input.follows) {
    const list = followsByChat.get(follow.chatId) ?? [];
    list.push(follow);
    followsByChat.set(follow.chatId, list);
  }
  const candidates = input.items.map((item) => candidate(item, input.matchFollow, input.canExplain));
  const drafts: OutboxDraft[] = [];
  for (const subscriber of input.subscribers) {
    if (!subscriber.active) continue;
    const follows = followsByChat.get(subscriber.chatId) ?? [];
    const picks: Chosen[] = [];
    for (const each of candidates) {
      const follow = follows.find((candidate) => each.matched(candidate.query)) ?? null;
      const instant = subscriber.mode === "instant" && (each.item.kind === "headline" || isArticleItem(each.item));
      if (follow || instant) picks.push({ candidate: each, follow });
    }
    if (picks.length === 0) continue;
    const notBefore = afterQuietHours(input.now, subscriber.timezone, subscriber.quiet);
    const { kept, left } = capPicks(picks, input.maxPerChat);
    for (const pick of kept) drafts.push(pushDraft(subscriber, pick, notBefore, input.textsOf));
    const firstLeft = picks.find((pick) => !kept.includes(pick));
    if (left > 0 && firstLeft) drafts.push(moreDraft(subscriber, left, firstLeft.candidate.item.id, notBefore, input.textsOf));
  }
  return drafts;
}
