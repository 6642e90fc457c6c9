import { describe, expect, it } from "vitest";
import { NEW_SOURCE_STATE } from "../../src/sources/feed-state.js";
import { EARLIER_HEADLINES, headline, IRAQ, JAPAN, section } from "./fixtures/headlines.js";
import { BACKENDS } from "./support/backends.js";

const titles = (items: ReadonlyArray<{ title: string }>) => items.map((item) => item.title);

describe.each(BACKENDS)("items seen on %s", (_backend, open) => {
  it("records a source's first poll as history and returns nothing: no flood on first start", async () => {
    const store = await open(() => 1000);
    expect(await store.items.record("corpus", EARLIER_HEADLINES)).toEqual([]);
    expect(await store.items.listSeenBetween(0, 2000, 100)).toEqual([]);
  });

  it("returns only the items never seen before on later polls", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.items.record("corpus", EARLIER_HEADLINES);
    now = 2000;
    const fresh = await store.items.record("corpus", [...EARLIER_HEADLINES, JAPAN]);
    expect(titles(fresh)).toEqual([JAPAN.title]);
    expect(fresh[0]).toMatchObject({ source: "corpus", seenAt: 2000, url: JAPAN.url });
    expect(await store.items.get(fresh[0]!.id)).toMatchObject({ title: JAPAN.title, list: "Latest news" });
    now = 3000;
    expect(await store.items.record("corpus", [...EARLIER_HEADLINES, JAPAN])).toEqual([]);
  });

  it("treats one story from two sources or two lists as one item", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.items.record("corpus", EARLIER_HEADLINES);
    await store.items.record("feed:https://news.example/rss", []);
    now = 2000;
    expect(titles(await store.items.record("corpus", [JAPAN]))).toEqual([JAPAN.title]);

    now = 3000;
    const sameTitle = headline("JAPAN BATTLES TO PERSUADE BIG BRANDS TO HELP WITH MILITARY EXPANSION.", {
      list: "Read also",
    });
    const sameLink = headline("Japan courts big brands for its military build-up", {
      url: "https://www.caliber.az/en/post/japan-battles-to-persuade-big-brands?utm_source=rss#top",
    });
    expect(await store.items.record("feed:https://news.example/rss", [sameTitle, sameLink, IRAQ, IRAQ])).toHaveLength(1);
    expect(titles(await store.items.listSeenBetween(0, 4000, 100))).toEqual([IRAQ.title, JAPAN.title]);
  });

  it("learns a story's link when a copy with one arrives, so a retitled copy with that link stays one story", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.items.record("corpus", []);
    now = 2000;
    await store.items.record("corpus", [headline(JAPAN.title)]);
    await store.items.record("corpus", [JAPAN]);
    const retitled = headline("Japan courts big brands", { url: JAPAN.url });
    expect(await store.items.record("corpus", [retitled])).toEqual([]);
  });

  it("keeps sections of different articles apart even with the same heading", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.items.record("corpus", []);
    now = 2000;
    const fresh = await store.items.record("corpus", [
      section("Iran’s growing paranoia toward Azerbaijan", "Potential consequences", {
        url: "https://caliber.az/en/post/irans-growing-paranoia",
      }),
      section("Iran’s growing paranoia toward Azerbaijan", "Mounting tensions", {
        url: "https://caliber.az/en/post/irans-growing-paranoia",
      }),
      section("Georgia after the Oslo award", "Potential consequences", { articleId: "georgia-oslo" }),
    ]);
    expect(fresh).toHaveLength(3);
  });

  it("keeps the no-flood rule for a source whose poller saved its state before its first batch", async () => {
    let now = 1000;
    const store = await open(() => now);
    await store.sources.saveState("corpus", { ...NEW_SOURCE_STATE, lastPollAt: "2023-03-28T04:00:00.000Z" });
    expect(await store.items.record("corpus", EARLIER_HEADLINES)).toEqual([]);
    now = 2000;
    expect(titles(await store.items.record("corpus", [JAPAN]))).toEqual([JAPAN.title]);
    expect(await store.sources.getState("corpus")).toMatchObject({ lastPollAt: "2023-03-28T04:00:00.000Z", failures: 0 });
  });

  it("keeps a source's state for conditional requests and backoff", async () => {
    const store = await open(() => 1000);
    expect(await store.sources.getState("feed:a")).toBeNull();
    const state = {
      etag: 'W/"abc"',
      lastModified: "Tue, 28 Mar 2023 04:00:00 GMT",
      lastPollAt: "2023-03-28T04:00:00.000Z",
      lastSuccessAt: "2023-03-28T03:55:00.000Z",
      lastError: "HTTP 503",
      failures: 2,
      nextPollAt: "2023-03-28T04:20:00.000Z",
    };
    await store.sources.saveState("feed:a", state);
    expect(await store.sources.getState("feed:a")).toEqual(state);
  });
});
