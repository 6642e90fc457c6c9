import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import { passagesOf } from "../../src/search/passages.js";
import { createCaptureLogger, type LogEntry } from "../sources/helpers/capture-logger.js";
import { FIXTURES, SITE_ZONE, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { waitUntil } from "./support/wait-until.js";

const PAGE = "caspian-ferries.md";
const SEGMENT_LOG = "new and changed pages indexed into a segment";

describe("a page dropped into the corpus folder", () => {
  const entries: LogEntry[] = [];
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await startNewsdesk({ logger: createCaptureLogger(entries) });
  });
  afterAll(async () => {
    await desk.stop();
  });

  it("is answered after indexing its own passages alone, not the whole corpus again", async () => {
    const { emu } = desk;
    desk.dropPage(PAGE);
    await waitUntil(() => entries.some((entry) => entry.message === SEGMENT_LOG), "the new page indexed");
    const parsed = parseCorpusFile(PAGE, readFileSync(`${FIXTURES}pages/${PAGE}`), { timezone: SITE_ZONE });
    if (!parsed.ok) throw new Error(parsed.reason);
    const indexed = entries.filter((entry) => entry.message === SEGMENT_LOG).map((entry) => entry.fields.passages);
    expect(indexed).toEqual([passagesOf(parsed.corpus).length]);

    const reader = emu.user();
    reader.send("how many rail wagons does a ro-ro ferry carry?");
    const [answer] = await emu.waitForMessages(reader.id, 1);
    expect(shown(emu, answer)).toContain("56 rail wagons");
  });
});
