import { describe, expect, it } from "vitest";
import { parseChatInput } from "../../src/chat/chat-input.js";

const parse = (line: string) => parseChatInput(line, "newsdesk_bot");

describe("parseChatInput", () => {
  it("reads #N as a pick, /quit as leaving, blank lines as nothing", () => {
    expect(parse("#2")).toEqual({ kind: "pick", number: 2 });
    expect(parse("#3.2")).toEqual({ kind: "press", message: 3, button: 2 });
    expect(parse(" #12.10 ")).toEqual({ kind: "press", message: 12, button: 10 });
    expect(parse(" /quit ")).toEqual({ kind: "quit" });
    expect(parse("   ")).toEqual({ kind: "empty" });
  });

  it("reads '@ query', '@newsdesk_bot query' and a bare '@' as inline queries, '@+' as the next page", () => {
    expect(parse("@ flood warning")).toEqual({ kind: "inline", query: "flood warning" });
    expect(parse("@newsdesk_bot flood")).toEqual({ kind: "inline", query: "flood" });
    expect(parse("@NewsDesk_Bot")).toEqual({ kind: "inline", query: "" });
    expect(parse("@")).toEqual({ kind: "inline", query: "" });
    expect(parse("@+")).toEqual({ kind: "inlineNext" });
  });

  it("sends everything else as a message, mentions of others and bare numbers included", () => {
    expect(parse("@alice look")).toEqual({ kind: "text", text: "@alice look" });
    expect(parse("@newsdesk_botty hi")).toEqual({ kind: "text", text: "@newsdesk_botty hi" });
    expect(parse("2")).toEqual({ kind: "text", text: "2" });
    expect(parse("/latest")).toEqual({ kind: "text", text: "/latest" });
    expect(parse("#2 is my pick")).toEqual({ kind: "text", text: "#2 is my pick" });
    expect(parse("#3.")).toEqual({ kind: "text", text: "#3." });
    expect(parse("#3.2.1")).toEqual({ kind: "text", text: "#3.2.1" });
  });

  it("reads /as and a Telegram language code as playing a reader of that language, and names a missing or bad code", () => {
    expect(parse("/as ru")).toEqual({ kind: "as", languageCode: "ru" });
    expect(parse(" /as az-Latn ")).toEqual({ kind: "as", languageCode: "az-Latn" });
    expect(parse("/as")).toEqual({ kind: "as", languageCode: null });
    expect(parse("/as Russian")).toEqual({ kind: "as", languageCode: null });
    expect(parse("/ask Why?")).toEqual({ kind: "text", text: "/ask Why?" });
  });
});
