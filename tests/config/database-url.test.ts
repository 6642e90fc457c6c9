import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONFIG_ERRORS, ConfigError } from "../../src/config/errors.js";
import { loadConfig } from "../../src/config/load-config.js";
import { tempDir } from "../support/temp-dirs.js";

const CORPUS = fileURLToPath(new URL("../../corpus", import.meta.url));
const PASSWORD = "s3cret-Pa55word";

/** The start's whole message for this environment, or null when it starts. */
function failureOf(env: Record<string, string>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe("DATABASE_URL", () => {
  it("is read as given, and is null without it (the SQLite file in DATA_DIR)", () => {
    const url = `postgres://newsdesk:${PASSWORD}@db.internal:5432/newsdesk`;
    expect(loadConfig({ DATABASE_URL: url, CORPUS_DIR: CORPUS }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: `  ${url} `, CORPUS_DIR: CORPUS }).databaseUrl).toBe(url);
    expect(loadConfig({ CORPUS_DIR: CORPUS }).databaseUrl).toBeNull();
  });

  it.each([
    ["not a URL", `${PASSWORD}@127.0.0.1 newsdesk`],
    ["another database's scheme", `mysql://newsdesk:${PASSWORD}@127.0.0.1:3306/newsdesk`],
    ["no host", `postgres://newsdesk:${PASSWORD}@/newsdesk`],
    ["no database", `postgres://newsdesk:${PASSWORD}@127.0.0.1:5432`],
    ["a port out of range", `postgres://newsdesk:${PASSWORD}@127.0.0.1:99999/newsdesk`],
    ["no scheme", `newsdesk:${PASSWORD}@127.0.0.1:5432/newsdesk`],
    ["the scheme's slashes missing", `postgres:newsdesk:${PASSWORD}@127.0.0.1/newsdesk`],
    ["the scheme's colon missing", `postgres//newsdesk:${PASSWORD}@127.0.0.1/newsdesk`],
    ["a slash in an unencoded password", `postgres://newsdesk:${PASSWORD}/x@127.0.0.1/newsdesk`],
    ["a question mark in an unencoded password", `postgres://newsdesk:${PASSWORD}?x@127.0.0.1/newsdesk`],
    ["a % in an unencoded password, which no driver can decode", `postgres://newsdesk:${PASSWORD}%zz@127.0.0.1/newsdesk`],
  ])("malformed (%s) stops the start naming DATABASE_URL, and never shows the password", (_, url) => {
    const message = failureOf({ DATABASE_URL: url, CORPUS_DIR: CORPUS });
    expect(message).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain(PASSWORD.slice(0, 6));
  });

  it("lets CORPUS_DIR be unset with no ./corpus here: the pages come from the database, and corpusDir is null", () => {
    const url = "postgres://newsdesk@127.0.0.1:5432/newsdesk";
    const here = process.cwd();
    // A standby's machine: no corpus folder where it runs.
    process.chdir(tempDir("no-corpus"));
    try {
      expect(loadConfig({ DATABASE_URL: url }).corpusDir).toBeNull();
      expect(failureOf({})).toContain(CONFIG_ERRORS.notFolder("CORPUS_DIR", "./corpus"));
    } finally {
      process.chdir(here);
    }
    expect(loadConfig({ DATABASE_URL: url, CORPUS_DIR: CORPUS }).corpusDir).toBe(CORPUS);
  });

  it("still names a CORPUS_DIR that is given and missing, and requires one without DATABASE_URL", () => {
    const url = "postgres://newsdesk@127.0.0.1:5432/newsdesk";
    expect(failureOf({ DATABASE_URL: url, CORPUS_DIR: "/no/such/folder" })).toContain(CONFIG_ERRORS.notFolder("CORPUS_DIR", "/no/such/folder"));
    expect(failureOf({ CORPUS_DIR: "/no/such/folder" })).toContain(CONFIG_ERRORS.notFolder("CORPUS_DIR", "/no/such/folder"));
  });
});
