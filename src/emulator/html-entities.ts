import type { TgEntity } from "./telegram-types.js";

/**
 * Telegram's HTML parse mode, following tdlib's parser (td/telegram/MessageEntity.cpp, parse_html) closely enough
 * that what it refuses, this refuses with the same words: a bot that passes here passes on Telegram.
 * Offsets and lengths are in UTF-16 code units, as in the Bot API; byte offsets in errors count UTF-8 bytes.
 */

export class HtmlParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "HtmlParseError";
  }
}

export interface ParsedText {
  text: string;
  entities: TgEntity[];
}

const SIMPLE_TAGS: Readonly<Record<string, string>> = Object.freeze({
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
});

const SUPPORTED_TAGS = new Set([...Object.keys(SIMPLE_TAGS), "a", "code", "pre", "span", "tg-emoji", "blockquote"]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({ lt: "<", gt: ">", amp: "&", quot: '"' });

const byteOffsetIn = (src: string, index: number): number => Buffer.byteLength(src.slice(0, index), "utf8");

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\r" || ch === "\n";

interface OpenTag {
  name: string;
  argument: string;
  expandable: boolean;
  offset: number;
  /** Entities created inside this tag before it closed; `pre` looks for its inner `code` among them. */
  innerFrom: number;
}

/** Decodes an HTML entity at `at` (which holds "&"); null when it is not one Telegram knows, so "&" stays literal. */
function decodeEntity(src: string, at: number): { char: string; end: number } | null {
  let end = at + 1;
  let code = 0;
  if (src[end] === "#") {
    end++;
    const hex = src[end] === "x";
    if (hex) end++;
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    while (end < src.length && digit.test(src[end] as string)) {
      code = code * (hex ? 16 : 10) + parseInt(src[end] as string, 16);
      end++;
      if (code >= 0x10ffff) return null;
    }
    if (code === 0 || end - at >= 10) return null;
  } else {
    while (end < src.length && /[a-zA-Z]/.test(src[end] as string)) end++;
    const named = NAMED_ENTITIES[src.slice(at + 1, end)];
    if (named === undefined) return null;
    code = named.codePointAt(0) as number;
  }
  if (src[end] === ";") end++;
  return { char: String.fromCodePoint(code), end };
}

/** Parses Telegram HTML into the text the user sees and its entities; throws HtmlParseError like Telegram would. */
export function parseTelegramHtml(src: string): ParsedText {
  const byteOffset = (index: number): number => byteOffsetIn(src, index);
  const entities: TgEntity[] = [];
  const open: OpenTag[] = [];
  let text = "";
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === "&") {
      const decoded = decodeEntity(src, i);
      text += decoded ? decoded.char : "&";
      i = decoded ? decoded.end : i + 1;
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i++;
      continue;
    }
    const begin = i;
    i++;
    if (src[i] !== "/") {
      const tag = readStartTag(src, begin, byteOffset(begin));
      i = tag.end;
      open.push({ ...tag, offset: text.length, innerFrom: entities.length });
      continue;
    }
    const closing = open.pop();
    if (!closing) throw new HtmlParseError(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
    while (i < src.length && !isSpace(src[i]) && src[i] !== ">") i++;
    const endName = src.slice(begin + 2, i);
    while (i < src.length && isSpace(src[i])) i++;
    if (src[i] !== ">") throw new HtmlParseError(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
    i++;
    if (endName !== "" && endName !== closing.name) {
      throw new HtmlParseError(
        `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${closing.name}>", found "</${endName}>"`,
      );
    }
    addEntity(entities, closing, text);
  }
  const unclosed = open[open.length - 1];
  if (unclosed) throw new HtmlParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  const nonEmpty = entities.filter((e) => e.length > 0);
  return trimText(text, nonEmpty.sort((a, b) => a.offset - b.offset || b.length - a.length));
}

function readStartTag(
  src: string,
  begin: number,
  beginByte: number,
): { name: string; argument: string; expandable: boolean; end: number } {
  const unclosed = () => new HtmlParseError(`Unclosed start tag at byte offset ${beginByte}`);
  let i = begin + 1;
  while (i < src.length && !isSpace(src[i]) && src[i] !== ">") i++;
  if (i >= src.length) throw unclosed();
  const name = src.slice(begin + 1, i).toLowerCase();
  if (!SUPPORTED_TAGS.has(name)) {
    throw new HtmlParseError(`Unsupported start tag "${name}" at byte offset ${beginByte}`);
  }
  let argument = "";
  let expandable = false;
  for (;;) {
    while (i < src.length && isSpace(src[i])) i++;
    if (i >= src.length) throw unclosed();
    if (src[i] === ">") break;
    const attrStart = i;
    while (i < src.length && !isSpace(src[i]) && src[i] !== "=" && src[i] !== ">") i++;
    const attr = src.slice(attrStart, i).toLowerCase();
    if (attr === "") throw new HtmlParseError(`Empty attribute name in the tag "${name}" at byte offset ${beginByte}`);
    while (i < src.length && isSpace(src[i])) i++;
    if (src[i] !== "=") {
      if (name === "blockquote" && attr === "expandable") {
        expandable = true;
        continue;
      }
      throw new HtmlParseError(
        `Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${beginByte}`,
      );
    }
    i++;
    while (i < src.length && isSpace(src[i])) i++;
    if (i >= src.length) throw unclosed();
    let value = "";
    const quote = src[i];
    if (quote === '"' || quote === "'") {
      i++;
      while (i < src.length && src[i] !== quote) {
        const decoded = src[i] === "&" ? decodeEntity(src, i) : null;
        value += decoded ? decoded.char : (src[i] as string);
        i = decoded ? decoded.end : i + 1;
      }
      if (src[i] === quote) i++;
    } else {
      // An unquoted value is an HTML name token: letters, digits, "." and "-" only, lowercased.
      const tokenStart = i;
      while (i < src.length && /[A-Za-z0-9.-]/.test(src[i] as string)) i++;
      value = src.slice(tokenStart, i).toLowerCase();
      if (i < src.length && !isSpace(src[i]) && src[i] !== ">") {
        throw new HtmlParseError(`Unexpected end of name token at byte offset ${byteOffsetIn(src, tokenStart)}`);
      }
    }
    if (i >= src.length) throw unclosed();
    if (name === "a" && attr === "href") argument = value;
    else if (name === "code" && attr === "class" && value.startsWith("language-")) argument = value.slice(9);
    else if (name === "span" && attr === "class" && value.startsWith("tg-")) argument = value.slice(3);
    else if (name === "tg-emoji" && attr === "emoji-id") argument = value;
  }
  if (name === "span" && argument !== "spoiler") {
    throw new HtmlParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${beginByte}`);
  }
  return { name, argument, expandable, end: i + 1 };
}

function addEntity(entities: TgEntity[], tag: OpenTag, text: string): void {
  const offset = tag.offset;
  const length = text.length - offset;
  const simple = SIMPLE_TAGS[tag.name];
  if (simple) entities.push({ type: simple, offset, length });
  else if (tag.name === "span") entities.push({ type: "spoiler", offset, length });
  else if (tag.name === "blockquote") {
    entities.push({ type: tag.expandable ? "expandable_blockquote" : "blockquote", offset, length });
  } else if (tag.name === "code") entities.push({ type: "code", offset, length, ...codeLanguage(tag.argument) });
  else if (tag.name === "pre") {
    // <pre><code class="language-x"> is one pre entity with a language, as Telegram merges it.
    const innerIndex = entities.findIndex(
      (e, index) => index >= tag.innerFrom && e.type === "code" && e.offset === offset && e.length === length,
    );
    const language = innerIndex >= 0 ? entities[innerIndex]?.language : undefined;
    if (innerIndex >= 0) entities.splice(innerIndex, 1);
    entities.push({ type: "pre", offset, length, ...(language ? { language } : {}) });
  } else if (tag.name === "tg-emoji") {
    if (tag.argument) entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: tag.argument });
  } else if (tag.name === "a") {
    const url = tag.argument || text.slice(offset);
    // Telegram silently drops a link whose URL it cannot make sense of, keeping the text.
    if (isLinkUrl(url)) entities.push({ type: "text_link", offset, length, url });
  }
}

const codeLanguage = (language: string): { language?: string } => (language ? { language } : {});

function isLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`);
    return ["http:", "https:", "tg:", "ton:", "mailto:"].includes(parsed.protocol);
  } catch {
    return false;
  }
}

/** Telegram strips leading and trailing whitespace from a message, entities shifted and clipped to match. */
export function trimText(text: string, entities: TgEntity[]): ParsedText {
  const lead = (/^\s*/.exec(text)?.[0] ?? "").length;
  const trimmed = text.slice(lead).replace(/\s+$/, "");
  const clipped = entities
    .map((e) => {
      const start = Math.max(e.offset - lead, 0);
      const end = Math.min(e.offset + e.length - lead, trimmed.length);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);
  return { text: trimmed, entities: clipped };
}
