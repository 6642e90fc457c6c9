import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../src/store/question-types.js";
import { BACKENDS } from "./support/backends.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-11-02T10:00:00Z");

function draft(text: string, over: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    askedAt: START,
    chatHash: "chat-a",
    text,
    reply: "answer",
    passage: { articleId: "iran", article: "Iran’s growing paranoia", heading: "Mounting tensions", excerpt: "The corridor…", score: 0.8 },
    language: "en",
    ...over,
  };
}

describe.each(BACKENDS)("kept questions on %s", (_backend, open) => {
  it("keeps a question with its reply, passage, score and language, and no chat id", async () => {
    const store = await open(() => START);
    const id = await store.questions.add(draft("Zangezur corridor", { language: "az" }));
    expect(await store.questions.get(id)).toEqual({ id, up: 0, down: 0, reasons: [], ...draft("Zangezur corridor", { language: "az" }) });
    const none = await store.questions.add(draft("penguins", { reply: "not_found", passage: null }));
    expect((await store.questions.get(none))?.passage).toBeNull();
  });

  it("keeps one vote per reader and question: pressing the other one changes it, and a 👍 drops the 👎's reason", async () => {
    const store = await open(() => START);
    const id = await store.questions.add(draft("Zangezur corridor"));
    expect(await store.questions.vote(id, "reader-1", -1, START)).toBe(true);
    expect(await store.questions.setReason(id, "reader-1", "outdated", START)).toBe(true);
    expect(await store.questions.vote(id, "reader-2", 1, START)).toBe(true);
    expect(await store.questions.get(id)).toMatchObject({ up: 1, down: 1, reasons: ["outdated"] });

    await store.questions.vote(id, "reader-1", -1, START);
    expect(await store.questions.get(id)).toMatchObject({ up: 1, down: 1, reasons: ["outdated"] });
    await store.questions.vote(id, "reader-1", 1, START);
    expect(await store.questions.get(id)).toMatchObject({ up: 2, down: 0, reasons: [] });
    // A reason needs a 👎 of that reader's.
    expect(await store.questions.setReason(id, "reader-1", "missing", START)).toBe(false);
    expect(await store.questions.vote(id + 100, "reader-1", 1, START)).toBe(false);
  });

  it("lists the newest first, searches the text with LIKE's wildcards taken literally, and pages", async () => {
    const store = await open(() => START);
    for (let i = 0; i < 5; i++) await store.questions.add(draft(`question ${i}`, { askedAt: START + i }));
    await store.questions.add(draft("100% sure_thing?", { askedAt: START + 10 }));
    const first = await store.questions.latest({ limit: 2, offset: 0 });
    expect(first.total).toBe(6);
    expect(first.rows.map((r) => r.text)).toEqual(["100% sure_thing?", "question 4"]);
    expect((await store.questions.latest({ limit: 2, offset: 4 })).rows.map((r) => r.text)).toEqual(["question 1", "question 0"]);
    expect((await store.questions.latest({ search: "QUESTION 3", limit: 10, offset: 0 })).rows.map((r) => r.text)).toEqual(["question 3"]);
    expect((await store.questions.latest({ search: "0%", limit: 10, offset: 0 })).rows.map((r) => r.text)).toEqual(["100% sure_thing?"]);
    expect((await store.questions.latest({ search: "e_t", limit: 10, offset: 0 })).rows.map((r) => r.text)).toEqual(["100% sure_thing?"]);
  });

  it("lists questions by reply since a time, and counts them per day", async () => {
    const store = await open(() => START);
    await store.questions.add(draft("old miss", { reply: "not_found", passage: null, askedAt: START - 2 * DAY }));
    await store.questions.add(draft("miss", { reply: "not_found", passage: null }));
    await store.questions.add(draft("near", { reply: "related", askedAt: START + 1 }));
    await store.questions.add(draft("hit"));
    expect((await store.questions.listByReply(["not_found", "related"], START - DAY, 10)).map((r) => r.text)).toEqual(["near", "miss"]);
    expect(await store.questions.perDay()).toEqual([
      { day: "2026-10-31", count: 1 },
      { day: "2026-11-02", count: 3 },
    ]);
  });

  it("adds votes up per article section, and ranks the worst-rated answers", async () => {
    const store = await open(() => START);
    const good = await store.questions.add(draft("corridor"));
    const bad = await store.questions.add(draft("detained", { passage: { articleId: "iran", article: "Iran’s growing paranoia", heading: "Response", excerpt: "19 people", score: 0.5 } }));
    const mixed = await store.questions.add(draft("tensions"));
    await store.questions.vote(good, "r1", 1, START);
    await store.questions.vote(mixed, "r1", 1, START);
    await store.questions.vote(mixed, "r2", -1, START);
    await store.questions.vote(bad, "r1", -1, START);
    await store.questions.setReason(bad, "r1", "wrong_article", START);
    expect(await store.questions.votesByPassage()).toEqual([
      { articleId: "iran", article: "Iran’s growing paranoia", heading: "Mounting tensions", up: 2, down: 1 },
      { articleId: "iran", article: "Iran’s growing paranoia", heading: "Response", up: 0, down: 1 },
    ]);
    expect((await store.questions.worstRated(10)).map((r) => [r.text, r.reasons])).toEqual([
      ["detained", ["wrong_article"]],
      ["tensions", []],
    ]);
  });

  it("deletes the questions asked before a time, with their votes", async () => {
    const store = await open(() => START);
    const old = await store.questions.add(draft("old", { askedAt: START - 31 * DAY }));
    const kept = await store.questions.add(draft("recent", { askedAt: START - DAY }));
    await store.questions.vote(old, "r1", -1, START);
    expect(await store.questions.prune(START - 30 * DAY)).toBe(1);
    expect(await store.questions.get(old)).toBeNull();
    expect(await store.questions.get(kept)).not.toBeNull();
    expect(await store.questions.votesByPassage()).toEqual([]);
  });
});
