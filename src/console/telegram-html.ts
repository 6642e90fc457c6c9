import { raw } from "hono/html";
import type { Html } from "./layout.js";

/** The tags the bot's messages use (Telegram's HTML), shown as the reader's app shows them. */
const OWN_TAGS = new Set(["b", "strong", "i", "em", "u", "s", "code", "pre", "blockquote"]);
const TAG = /<(\/?)([a-zA-Z]+)((?:\s+href="[^"<>]*")?)\s*>/g;

const escapeAngles = (text: string) => text.replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Our Telegram HTML for a web page: the project's own tags kept, links only to http(s), and anything else shown as
 * text. The text between tags is already escaped by the composer (Telegram needs it so), so its entities stay.
 */
export function telegramHtml(message: string): Html {
  let out = "";
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    out += escapeAngles(message.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, closing, rawName, attribute] = match as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    const href = /href="([^"]*)"/.exec(attribute)?.[1] ?? null;
    if (OWN_TAGS.has(name) && !attribute) out += `<${closing}${name}>`;
    else if (name === "a" && closing) out += "</a>";
    else if (name === "a" && href !== null && /^https?:\/\//i.test(href)) out += `<a href="${href}" rel="noreferrer">`;
    else out += escapeAngles(whole);
  }
  out += escapeAngles(message.slice(last));
  return raw(out);
}
