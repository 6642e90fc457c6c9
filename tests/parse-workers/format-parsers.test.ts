import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseFileBytes } from "../../src/corpus/file-formats.js";
import { parseCorpusFile } from "../../src/corpus/parse-corpus-file.js";
import { createFormatParsers } from "../../src/parse-workers/format-parsers.js";
import { fixture } from "../corpus/helpers/paths.js";

const OPTIONS = { timezone: "Asia/Baku" };

describe("a parse worker's format parsers", () => {
  it("are imported once a format, when first asked for", () => {
    const parserOf = createFormatParsers();
    expect(parserOf("html")).toBe(parserOf("html"));
    expect(parserOf("page")).not.toBe(parserOf("markdown"));
  });

  it("leave the Markdown and HTML parsers unloaded until a file of theirs comes", () => {
    // In a process of its own: this one has loaded every parser already.
    const probe = fileURLToPath(new URL("./fixtures/parsers-loaded.ts", import.meta.url));
    const steps = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", probe], { encoding: "utf8" }));
    expect(steps.worker).toEqual({ readability: false, yaml: false });
    expect(steps.page).toEqual({ readability: false, yaml: false });
    expect(steps.html.readability).toBe(true);
    expect(steps.markdown).toEqual({ readability: true, yaml: true });
  });

  it("parse each format as the main thread's parser does", async () => {
    const parserOf = createFormatParsers();
    const files = [
      ["pages/red-bridge-crossing.txt", "page"],
      ["markdown/caspian-shipping-route.md", "markdown"],
      ["html/ganja-tram-line.html", "html"],
    ] as const;
    for (const [name, format] of files) {
      const bytes = await readFile(fixture(name));
      const result = parseFileBytes(await parserOf(format), name, bytes, OPTIONS);
      expect(result.ok).toBe(true);
      expect(result).toEqual(parseCorpusFile(name, bytes, OPTIONS));
    }
  });

  it("refuse a file of no format with the reason the main thread gives", () => {
    const bytes = Buffer.from("a,b\n1,2\n");
    expect(parseFileBytes(undefined, "table.csv", bytes, OPTIONS)).toEqual(parseCorpusFile("table.csv", bytes, OPTIONS));
    expect(parseFileBytes(undefined, "table.csv", bytes, OPTIONS)).toMatchObject({ ok: false, reason: expect.stringContaining(".csv") });
  });
});
