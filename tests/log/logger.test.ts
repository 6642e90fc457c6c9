import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrubSecrets } from "../../src/log/logger.js";

const TOKEN = "123456789:AAH-secret-token-for-the-test";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

describe("logger", () => {
  it("writes one JSON line per call, at or above its level", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", destination });
    logger.debug({}, "hidden");
    logger.info({ updateId: 7, ms: 3 }, "update handled");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, updateId: 7, ms: 3, msg: "update handled" });
  });

  it("never lets the token through: not in a message, a field, an error, or a child's fields", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "debug", secrets: [TOKEN], destination });
    logger.error({ error: String(new Error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`)) }, "fetch failed");
    logger.child({ url: `https://api.telegram.org/bot${TOKEN}/sendMessage` }).warn({}, `retrying bot${TOKEN}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).toContain("[redacted]");
    }
  });

  it("scrubs every occurrence of every secret", () => {
    expect(scrubSecrets("a-b-a", ["a", ""])).toBe("[redacted]-b-[redacted]");
  });

  it("masks the user part and query values of every URL in a line: message, fields and a child's fields", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "debug", destination });
    const feed = "http://editor:pa55word@news.example.com/rss?key=K3Y";
    logger.warn({ error: `Request cannot be constructed from a URL that includes credentials: ${feed}` }, "feed poll failed");
    logger.child({ feed }).info({}, `polled ${feed}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      for (const secret of ["editor", "pa55word", "K3Y"]) expect(line).not.toContain(secret);
      expect(line).toContain("http://***@news.example.com/rss?key=***");
    }
  });
});
