import type { CorpusStatus } from "../app/corpus-hub.js";
import { composeDigest } from "../delivery/compose-digest.js";
import type { DeliveryTexts } from "../delivery/texts.js";
import { DELIVERY_DEFAULTS } from "../delivery/defaults.js";
import { groupBySimilarWording, type QuestionGroup } from "../questions/group-questions.js";
import type { DeliveryReport } from "../store/types.js";
import type { PassageVotes, QuestionRow } from "../store/question-types.js";
import type { Store, StoreStats } from "../store/types.js";
import { addDays, localParts, zonedTime } from "../time/zoned-time.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unanswered questions of the last weeks are grouped; older ones would hide what readers ask now. */
const UNANSWERED_WINDOW_DAYS = 30;
const UNANSWERED_LIMIT = 2000;

export interface Count {
  label: string;
  count: number;
}

export interface ReadersReport {
  byMode: StoreStats["subscribers"];
  byLanguage: Count[];
  byZone: Count[];
  /** Active readers who joined each day (UTC), and the running total. */
  perDay: Array<{ day: string; joined: number; total: number }>;
}

/** What the console's pages read: the store, the corpus, the digest composer, behind one port. */
export interface ConsoleData {
  latestQuestions(options: { search: string; page: number; pageSize: number }): Promise<{ rows: QuestionRow[]; total: number }>;
  unansweredGroups(): Promise<QuestionGroup<QuestionRow>[]>;
  questionsPerDay(): Promise<Array<{ day: string; count: number }>>;
  votesByPassage(): Promise<PassageVotes[]>;
  worstRated(limit: number): Promise<QuestionRow[]>;
  readers(): Promise<ReadersReport>;
  delivery(): Promise<{ stats: StoreStats; report: DeliveryReport }>;
  corpus(): CorpusStatus;
  /** The digest a reader in `zone` would get at `minutes` after local midnight, today or, if that is still to come, yesterday. */
  digestPreview(zone: string, minutes: number): Promise<{ at: number; messages: string[] }>;
}

function counted(values: Iterable<string>): Count[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function createConsoleData(deps: {
  getStore: () => Store;
  corpusStatus: () => CorpusStatus;
  now: () => number;
  /** The digest preview's texts: the console is in English. */
  deliveryTexts: DeliveryTexts;
}): ConsoleData {
  const store = () => deps.getStore();
  return {
    latestQuestions: ({ search, page, pageSize }) => store().questions.latest({ search, limit: pageSize, offset: page * pageSize }),
    unansweredGroups: async () => {
      const since = deps.now() - UNANSWERED_WINDOW_DAYS * DAY_MS;
      const rows = await store().questions.listByReply(["not_found", "related"], since, UNANSWERED_LIMIT);
      return groupBySimilarWording(rows, (row) => row.text);
    },
    questionsPerDay: () => store().questions.perDay(),
    votesByPassage: () => store().questions.votesByPassage(),
    worstRated: (limit) => store().questions.worstRated(limit),
    readers: async () => {
      const subscribers = await store().subscribers.listActive();
      const languages = await store().chatLanguages.all();
      const joined = counted(subscribers.map((s) => new Date(s.createdAt).toISOString().slice(0, 10))).sort((a, b) =>
        a.label.localeCompare(b.label),
      );
      let total = 0;
      return {
        byMode: (await store().stats(deps.now())).subscribers,
        byLanguage: counted(subscribers.map((s) => languages.get(s.chatId)?.language ?? "en")),
        byZone: counted(subscribers.map((s) => s.timezone)),
        perDay: joined.map(({ label, count }) => ({ day: label, joined: count, total: (total += count) })),
      };
    },
    delivery: async () => ({ stats: await store().stats(deps.now()), report: await store().deliveryReport(deps.now()) }),
    corpus: deps.corpusStatus,
    digestPreview: async (zone, minutes) => {
      const now = deps.now();
      const today = localParts(now, zone);
      let at = zonedTime(today, minutes, zone);
      if (at > now) at = zonedTime(addDays(today, -1), minutes, zone);
      const items = await store().items.listSeenBetween(at - DAY_MS, at, DELIVERY_DEFAULTS.digestMaxItems);
      return { at, messages: composeDigest(items, { timezone: zone, at, texts: deps.deliveryTexts }) };
    },
  };
}
