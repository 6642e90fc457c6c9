import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { createRetention } from "../../src/questions/retention.js";
import type { QuestionDraft } from "../../src/store/question-types.js";
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

describe("question retention", () => {
  it("deletes on start the questions older than the retention, and later those that grew old since", () => {
    let now = Date.parse("2026-12-01T12:00:00Z");
    const store = openMemoryStore(() => now);
    store.questions.add(asked("31 days old", now - 31 * DAY));
    store.questions.add(asked("29 days old", now - 29 * DAY));
    store.questions.add(asked("today", now));
    const retention = createRetention({ getStore: () => store.questions, days: 30, now: () => now, logger: silentLogger });
    retention.start();
    retention.stop();
    expect(store.questions.latest({ limit: 10, offset: 0 }).rows.map((r) => r.text)).toEqual(["today", "29 days old"]);

    now += 2 * DAY;
    expect(retention.pruneOnce()).toBe(1);
    expect(store.questions.latest({ limit: 10, offset: 0 }).rows.map((r) => r.text)).toEqual(["today"]);
  });

  it("keeps questions for the days configured", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const store = openMemoryStore(() => now);
    store.questions.add(asked("8 days old", now - 8 * DAY));
    store.questions.add(asked("6 days old", now - 6 * DAY));
    expect(createRetention({ getStore: () => store.questions, days: 7, now: () => now, logger: silentLogger }).pruneOnce()).toBe(1);
    expect(store.questions.latest({ limit: 10, offset: 0 }).rows.map((r) => r.text)).toEqual(["6 days old"]);
  });
});
