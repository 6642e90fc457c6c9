import { describe, expect, it } from "vitest";
import { createConsole } from "../../src/console/console-server.js";
import { createConsoleData } from "../../src/console/console-data.js";
import { silentLogger } from "../../src/log/logger.js";
import { DELIVERY_TEXTS } from "../support/texts.js";
import { freePort } from "../app/helpers.js";
import { openMemoryStore } from "../store/fixtures/open-store.js";

const store = openMemoryStore(Date.now);
const data = createConsoleData({
  getStore: () => store,
  corpusStatus: () => ({ files: { articles: [], headlines: [] }, feeds: { articles: [], headlines: [] }, skipped: [] }),
  now: Date.now,
  deliveryTexts: DELIVERY_TEXTS,
});

describe("the console's server", () => {
  it("gives no link before it listens nor after it stops, and refuses a taken port", async () => {
    const port = await freePort();
    const first = createConsole({ host: "127.0.0.1", port, data: data, siteTimezone: "Asia/Baku", now: Date.now, logger: silentLogger });
    const second = createConsole({ host: "127.0.0.1", port, data: data, siteTimezone: "Asia/Baku", now: Date.now, logger: silentLogger });
    expect(first.issueLink()).toBeNull();
    await first.start();
    try {
      expect(first.issueLink()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/login/[A-Za-z0-9_-]{43}$`));
      await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
      const refused = await fetch(`http://127.0.0.1:${port}/questions`);
      expect(refused.status).toBe(401);
      expect(await refused.text()).not.toContain("<table");
    } finally {
      await first.stop();
    }
    expect(first.issueLink()).toBeNull();
  });
});
