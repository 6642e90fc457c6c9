import { API_ERRORS, badRequest } from "./api-error.js";
import { HtmlParseError, parseTelegramHtml, trimText, type ParsedText } from "./html-entities.js";
import type { TgEntity } from "./telegram-types.js";

/** Telegram's limit on a message's text, counted after entities are parsed (UTF-16 code units, as html.ts counts). */
const TEXT_LIMIT = 4096;

/**
 * The text a user sees for what the bot sent, or the 400 Telegram answers. Only HTML parse mode is implemented:
 * the project formats in HTML (or with entities, telegraf/format), so Markdown is refused rather than half-parsed.
 */
export function resolveOutgoingText(source: { text?: unknown; parse_mode?: unknown; entities?: unknown }): ParsedText {
  if (source.text === undefined || source.text === null) throw badRequest(API_ERRORS.textEmpty);
  const raw = String(source.text);
  const parsed = renderFormatted(raw, source.parse_mode, source.entities);
  if (parsed.text.length === 0) throw badRequest(API_ERRORS.textEmpty);
  if (parsed.text.length > TEXT_LIMIT) throw badRequest(API_ERRORS.textTooLong);
  return parsed;
}

/** The text and entities a user sees, without the emptiness and length checks: for rendering what is already stored. */
export function renderFormatted(raw: string, parseMode: unknown, entities: unknown): ParsedText {
  if (parseMode === undefined || parseMode === null || parseMode === "") {
    return trimText(raw, entities === undefined ? [] : checkEntities(entities, raw.length));
  }
  if (typeof parseMode !== "string" || parseMode.toLowerCase() !== "html") {
    throw badRequest(API_ERRORS.unsupportedParseMode);
  }
  try {
    return parseTelegramHtml(raw);
  } catch (error) {
    if (error instanceof HtmlParseError) throw badRequest(API_ERRORS.cantParseEntities(error.reason));
    throw error;
  }
}

function checkEntities(value: unknown, textLength: number): TgEntity[] {
  if (!Array.isArray(value)) throw badRequest(API_ERRORS.jsonInvalid("entities"));
  return value.map((item: unknown) => {
    const e = item as Partial<TgEntity> | null;
    const valid =
      e !== null &&
      typeof e === "object" &&
      typeof e.type === "string" &&
      Number.isInteger(e.offset) &&
      Number.isInteger(e.length) &&
      (e.offset as number) >= 0 &&
      (e.length as number) > 0 &&
      (e.offset as number) + (e.length as number) <= textLength;
    if (!valid) throw badRequest(API_ERRORS.cantParseEntities(`invalid entity ${JSON.stringify(item)}`));
    return { ...(e as TgEntity) };
  });
}

const COMMAND = /(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?)(?![A-Za-z0-9_@])/g;
const MENTION = /(^|[^A-Za-z0-9_@])(@[A-Za-z][A-Za-z0-9_]{3,31})(?![A-Za-z0-9_])/g;
const URL = /(^|\s)(https?:\/\/[^\s]+)/g;

/** The entities a Telegram client attaches to text a user types: commands, @mentions and links. */
export function detectUserEntities(text: string): TgEntity[] {
  const found: TgEntity[] = [];
  for (const [pattern, type] of [
    [COMMAND, "bot_command"],
    [MENTION, "mention"],
    [URL, "url"],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const lead = match[1] ?? "";
      const body = match[2] ?? "";
      found.push({ type, offset: (match.index ?? 0) + lead.length, length: body.length });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
