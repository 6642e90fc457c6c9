import { decodeHTML } from "entities";
import type { Token, Tokens } from "marked";

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Emphasis marks between two letters or digits ("2*3*4") are the text itself, not styling. */
function isIntraword(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.type === "text" && after?.type === "text" && WORD_END.test(before.raw) && WORD_START.test(after.raw);
}

/** Inline Markdown as the plain text a reader sees: marks removed, links by their text, images by their alt text, entities decoded. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return "";
  return tokens
    .map((token, i) => {
      switch (token.type) {
        case "strong":
        case "em":
        case "del":
          return isIntraword(tokens, i) ? token.raw : inlineText((token as Tokens.Strong).tokens);
        case "link":
        case "image":
          return token.type === "image" ? decodeHTML((token as Tokens.Image).text) : inlineText((token as Tokens.Link).tokens);
        case "codespan":
          return (token as Tokens.Codespan).text;
        case "escape":
          return (token as Tokens.Escape).text;
        case "br":
          return " ";
        case "html":
          return "";
        case "text":
          return "tokens" in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
        default:
          return "raw" in token ? decodeHTML(token.raw) : "";
      }
    })
    .join("");
}

export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();
