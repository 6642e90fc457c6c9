import { isArticleItem } from "../sources/article-item.js";
import type { Follow, OutboxDraft, StoredItem, Subscriber } from "../store/types.js";
import { composePush, type ComposedMessage } from "./compose-push.js";
import { afterQuietHours } from "./quiet-hours.js";

/** Whether a followed story's words match an item's text (the search engine's matcher, typos tolerated). */
export type MatchFollow = (query: string, text: string) => boolean;

/** Whether an article of the corpus explains an item, so that its push offers Explain. */
export type CanExplain = (item: StoredItem) => boolean;

/** The text a follow is matched against. */
export function followText(item: Pick<StoredItem, "kind" | "article" | "title" | "subtitle" | "tag">): string {
  const parts = item.kind === "section" ? [item.article, item.title] : [item.title, item.subtitle, item.tag];
  return parts.filter(Boolean).join(" ");
}

/**
 * Who gets each new item pushed, as outbox rows: instant subscribers get every new headline and every new
 * article (once, by its first section, whatever source it came from); a chat whose
 * follow matches gets the headline or section whatever its mode; daily subscribers get nothing here (their
 * digest reads the items later). A chat gets an item once, however many reasons it has. During a reader's
 * quiet hours the row waits for the window's end in the reader's zone.
 */
export function planPushes(input: {
  items: readonly StoredItem[];
  subscribers: readonly Subscriber[];
  follows: readonly Follow[];
  matchFollow: MatchFollow;
  canExplain: CanExplain;
  now: number;
}): OutboxDraft[] {
  const followsByChat = new Map<number, Follow[]>();
  for (const follow of input.follows) {
    const list = followsByChat.get(follow.chatId) ?? [];
    list.push(follow);
    followsByChat.set(follow.chatId, list);
  }
  const drafts: OutboxDraft[] = [];
  for (const item of input.items) {
    const text = followText(item);
    const matches = new Map<string, boolean>();
    const matched = (query: string): boolean => {
      let result = matches.get(query);
      if (result === undefined) {
        result = input.matchFollow(query, text);
        matches.set(query, result);
      }
      return result;
    };
    const composed = new Map<string, ComposedMessage>();
    let explainable: boolean | undefined;
    for (const subscriber of input.subscribers) {
      if (!subscriber.active) continue;
      const follow = followsByChat.get(subscriber.chatId)?.find((candidate) => matched(candidate.query)) ?? null;
      const instant = subscriber.mode === "instant" && (item.kind === "headline" || isArticleItem(item));
      if (!follow && !instant) continue;
      const key = `${subscriber.timezone}|${follow?.query ?? ""}`;
      let message = composed.get(key);
      if (!message) {
        // Asked once per item, and only for an item someone gets: it costs a search.
        explainable ??= input.canExplain(item);
        message = composePush(item, { timezone: subscriber.timezone, followQuery: follow?.query ?? null, explainable });
        composed.set(key, message);
      }
      drafts.push({
        chatId: subscriber.chatId,
        threadId: subscriber.threadId,
        purpose: "push",
        subject: String(item.id),
        itemId: item.id,
        text: message.text,
        buttons: message.buttons,
        notBefore: afterQuietHours(input.now, subscriber.timezone, subscriber.quiet),
      });
    }
  }
  return drafts;
}
