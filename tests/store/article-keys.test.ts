import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log/logger.js";
import { STORE_DEFAULTS } from "../../src/store/defaults.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { normalizeTitle } from "../../src/store/story-key.js";
import { tempDir } from "../support/temp-dirs.js";
import { EARLIER_HEADLINES, section } from "./fixtures/headlines.js";
import { SITE_ZONE } from "./fixtures/open-store.js";

const ARTICLE = "Iran’s growing paranoia toward Azerbaijan";

describe("an article's key", () => {
  it("an article's first section recorded under the former section key is still known: no second push after an upgrade", async () => {
    const dataDir = tempDir("article-keys");
    const open = () => createSqliteStore({ dataDir, siteTimezone: SITE_ZONE, logger: silentLogger, now: () => 1000 });
    const lead = section(ARTICLE, ARTICLE, { sectionIndex: 0 });
    const first = open();
    await first.items.record("corpus", EARLIER_HEADLINES);
    expect(await first.items.record("corpus", [lead])).toHaveLength(1);
    await first.close();

    // The row as a build from before articles were keyed as stories wrote it.
    const db = new Database(join(dataDir, STORE_DEFAULTS.fileName));
    const former = `s:${normalizeTitle(ARTICLE)}|${normalizeTitle(ARTICLE)}`;
    expect(db.prepare("UPDATE items SET title_key = ? WHERE kind = 'section'").run(former).changes).toBe(1);
    db.close();

    const reopened = open();
    expect(await reopened.items.unseen("corpus", [lead])).toEqual([]);
    expect(await reopened.items.record("corpus", [lead])).toEqual([]);
    await reopened.close();
  });
});
