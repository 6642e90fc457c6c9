import { describe, expect, it } from "vitest";
import { createFetchSendPort } from "../../src/delivery/fetch-send-port.js";
import { sendResultFromBotApiError } from "../../src/delivery/send-result.js";
import { renderButton } from "./helpers/emulator-port.js";

describe("Telegram's refusals, as the sender acts on them", () => {
  it("maps each answer to what the sender does", () => {
    const tooMany = { error_code: 429, description: "Too Many Requests: retry after 14", parameters: { retry_after: 14 } };
    expect(sendResultFromBotApiError(tooMany)).toEqual({ kind: "retry_after", seconds: 14 });
    expect(sendResultFromBotApiError({ error_code: 403, description: "Forbidden: bot was blocked by the user" })).toEqual({
      kind: "blocked",
      detail: "403 Forbidden: bot was blocked by the user",
    });
    expect(sendResultFromBotApiError({ error_code: 400, description: "Bad Request: chat not found" }).kind).toBe("blocked");
    expect(
      sendResultFromBotApiError({
        error_code: 400,
        description: "Bad Request: group chat was upgraded to a supergroup chat",
        parameters: { migrate_to_chat_id: -1001234567890 },
      }),
    ).toEqual({ kind: "migrated", toChatId: -1001234567890 });
    expect(sendResultFromBotApiError({ error_code: 502, description: "Bad Gateway" }).kind).toBe("transient");
    expect(sendResultFromBotApiError({ error_code: 400, description: "Bad Request: message is too long" })).toEqual({
      kind: "rejected",
      detail: "400 Bad Request: message is too long",
    });
  });

  it("never lets the bot token through in a network error", async () => {
    const token = "123456789:AAEhBP0av28s1hd82hfQ0xZ3SfTYfPVz6Kk";
    // Port 9 on loopback: nothing listens there, so the connection is refused.
    const send = createFetchSendPort({ apiRoot: "http://127.0.0.1:9", token, renderButton });
    const result = await send({ chatId: 1, threadId: null, text: "x", buttons: [] });
    expect(result.kind).toBe("transient");
    expect(JSON.stringify(result)).not.toContain(token);
  });
});
