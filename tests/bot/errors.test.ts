import { describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import { createLogger } from "../../src/log/logger.js";
import { startHarness } from "./helpers/harness.js";

function capturedLogger(secret: string) {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", secrets: [secret], destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("when handling an update fails", () => {
  it("logs it without the token, apologises to the reader, and goes on with the next update", async () => {
    const token = "7000000001:newsdesk-emulator-test-token-0001";
    const log = capturedLogger(token);
    const h = await startHarness({ logger: log.logger });
    try {
      expect(h.emu.token).toBe(token);
      const alice = h.emu.user();
      // A network error: the HTTP client's error carries the request URL, which holds the token.
      h.emu.dropConnectionNext("sendMessage");
      alice.send("Zangezur corridor");
      const [apology] = await h.emu.waitForMessages(alice.id, 1);
      expect(h.emu.renderedText(apology!)).toBe(TEXTS.failure);

      alice.send("Zangezur corridor");
      const [, answer] = await h.emu.waitForMessages(alice.id, 2);
      expect(h.emu.renderedText(answer!).split("\n")[0]).toBe("Mounting tensions");
      await h.emu.idle();

      const records = log.records();
      const failure = records.find((r) => r.msg === "update failed");
      expect(failure?.error).toMatch(/sendMessage failed/);
      expect(String(failure?.stack)).toMatch(/^FetchError: request to http:\/\/127.0.0.1:\d+\/bot7000000001:/);
      expect(log.lines.join("")).not.toContain(token);
      expect(log.lines.join("")).not.toContain(token.split(":")[1]);

      // One line per update handled, with its latency.
      const handled = records.filter((r) => r.msg === "update handled");
      expect(handled).toHaveLength(2);
      for (const line of handled) {
        expect(line).toMatchObject({ type: "message", chatId: alice.id, chatType: "private" });
        expect(typeof line.latencyMs).toBe("number");
      }
      expect(handled[0]).toMatchObject({ failed: true });
    } finally {
      await h.stop();
    }
  });
});
