import { describe, expect, it } from "vitest";
import { composeStats } from "../../src/delivery/compose-stats.js";
import { NEW_SOURCE_STATE } from "../../src/sources/feed-state.js";
import type { StoreStats } from "../../src/store/types.js";

describe("the delivery part of /stats", () => {
  it("shows subscribers by mode, follows, the outbox, the last day and each source", () => {
    const stats: StoreStats = {
      subscribers: { instant: 120, daily: 45, off: 7, inactive: 3 },
      follows: 31,
      outbox: { pending: 12, sending: 2 },
      last24h: { sent: 5400, failed: 4 },
      pushes: [],
      sources: [
        {
          ...NEW_SOURCE_STATE,
          name: "corpus",
          lastPollAt: "2023-03-28T04:00:00.000Z",
          lastSuccessAt: "2023-03-28T04:00:00.000Z",
        },
        {
          ...NEW_SOURCE_STATE,
          name: "feed:https://news.example/rss",
          lastPollAt: "2023-03-28T03:55:00.000Z",
          lastError: "HTTP 503 <Service Unavailable>",
          failures: 3,
        },
      ],
    };
    expect(composeStats(stats, "Asia/Baku").split("\n")).toEqual([
      "<b>Delivery</b>",
      "Subscribers: 120 instant, 45 daily, 7 off, 3 inactive",
      "Follows: 31",
      "Outbox: 12 waiting, 2 being sent",
      "Last 24 h: 5400 sent, 4 failed",
      "",
      "<b>Sources</b>",
      "• corpus: last poll 28 Mar 2023, 08:00",
      "• feed:https://news.example/rss: last poll 28 Mar 2023, 07:55, 3 failures in a row",
      "  last error: HTTP 503 &lt;Service Unavailable&gt;",
    ]);
  });

  it("masks a feed's key in its name and a password in its last error", () => {
    const stats: StoreStats = {
      subscribers: { instant: 0, daily: 0, off: 0, inactive: 0 },
      follows: 0,
      outbox: { pending: 0, sending: 0 },
      last24h: { sent: 0, failed: 0 },
      pushes: [],
      sources: [
        {
          ...NEW_SOURCE_STATE,
          name: "feed:https://news.example/rss?key=K3Y",
          lastError: "cannot fetch http://editor:pa55word@news.example/rss",
          failures: 1,
        },
      ],
    };
    const text = composeStats(stats, "Asia/Baku");
    expect(text).toContain("feed:https://news.example/rss?key=***");
    expect(text).toContain("http://***@news.example/rss");
    for (const secret of ["K3Y", "editor", "pa55word"]) expect(text).not.toContain(secret);
  });

  it("shows how long each recent push took to reach its last reader, or how many still wait", () => {
    const stats: StoreStats = {
      subscribers: { instant: 10_000, daily: 0, off: 0, inactive: 0 },
      follows: 0,
      outbox: { pending: 4000, sending: 3 },
      last24h: { sent: 16_000, failed: 0 },
      pushes: [
        { itemId: 9, title: "Iran <and> Iraq", readers: 6000, waiting: 4000, queuedAt: 0, lastSentAt: 240_000 },
        { itemId: 8, title: "Japan battles", readers: 10_000, waiting: 0, queuedAt: 1000, lastSentAt: 401_000 },
      ],
      sources: [],
    };
    expect(composeStats(stats, "Asia/Baku").split("\n").slice(5, 9)).toEqual([
      "",
      "<b>Latest pushes (time until the last reader had it)</b>",
      "• Iran &lt;and&gt; Iraq: 6000 readers so far, 4000 waiting",
      "• Japan battles: 10000 readers, the last after 6 min 40 s",
    ]);
  });
});
