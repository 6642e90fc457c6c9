import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { createRetention } from "../../src/questions/retention.js";
import type { QuestionDraft, QuestionStore } from "../../src/store/question-types.js";
import type { Store } from "../../src/store/types.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";

const DAY = 24 * 60 * 60 * 1000;

const asked = (text: string, askedAt: number): QuestionDraft => ({
  askedAt,
  chatHash: "chat",
  text,
  reply: "not_found",
  passage: null,
  language: "en",
});

const texts = async (store: Store) => (await store.questions.latest({ limit: 10, offset: 0 })).rows.map((r) => r.text);

/** The store's questions, with the prunes started kept, so that a test can await one that start() set off. */
function watchedPrunes(questions: QuestionStore) {
  const started: Array<Promise<number>> = [];
  const watched: QuestionStore = {
    ...questions,
    prune: (before) => {
      const pruning = questions.prune(before);
      started.push(pruning);
      return pruning;
    },
  };
  return { watched, started };
}

describe("question retention", () => {
  it("deletes on start the questions older than the retention, and later those that grew old since", async () => {
    let now = Date.parse("2026-12-01T12:00:00Z");
    const store = openMemoryStore(() => now);
    await store.questions.add(asked("31 days old", now - 31 * DAY));
    await store.questions.add(asked("29 days old", now - 29 * DAY));
    await store.questions.add(asked("today", now));
    const { watched, started } = watchedPrunes(store.questions);
    const retention = createRetention({ getStore: () => watched, days: 30, now: () => now, logger: silentLogger });
    retention.start();
    retention.stop();
    expect(await Promise.all(started)).toEqual([1]);
    expect(await texts(store)).toEqual(["today", "29 days old"]);

    now += 2 * DAY;
    expect(await retention.pruneOnce()).toBe(1);
    expect(await texts(store)).toEqual(["today"]);
  });

  it("keeps questions for the days configured", async () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const store = openMemoryStore(() => now);
    await store.questions.add(asked("8 days old", now - 8 * DAY));
    await store.questions.add(asked("6 days old", now - 6 * DAY));
    expect(await createRetention({ getStore: () => store.questions, days: 7, now: () => now, logger: silentLogger }).pruneOnce()).toBe(1);
    expect(await texts(store)).toEqual(["6 days old"]);
  });
});
