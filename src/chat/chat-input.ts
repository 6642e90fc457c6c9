/** What a line typed into the terminal chat asks for. */
export type ChatInput =
  | { kind: "empty" }
  | { kind: "quit" }
  | { kind: "pick"; number: number }
  | { kind: "press"; message: number; button: number }
  | { kind: "inline"; query: string }
  | { kind: "inlineNext" }
  /** Play a reader whose Telegram app is in this language (its `language_code`); null when none was given right. */
  | { kind: "as"; languageCode: string | null }
  | { kind: "text"; text: string };

/** A Telegram `language_code` as the apps send it: "ru", "az", "en", or one with a region or script ("pt-BR"). */
export function readLanguageCode(text: string): string | null {
  const code = text.trim();
  return /^[a-z]{2}(-[A-Za-z0-9]{2,8})*$/.test(code) ? code : null;
}

/**
 * "#N" picks from the latest numbered list, "#M.N" presses button N of message #M; a line starting with "@" is an inline query (the bot's own
 * "@username " prefix, as typed in Telegram, is dropped), "@+" the next page; anything else is a message.
 */
export function parseChatInput(line: string, botName: string): ChatInput {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "empty" };
  if (trimmed === "/quit") return { kind: "quit" };
  const as = /^\/as(?:\s+(.*))?$/.exec(trimmed);
  if (as) return { kind: "as", languageCode: readLanguageCode(as[1] ?? "") };
  const pick = /^#(\d+)$/.exec(trimmed);
  if (pick) return { kind: "pick", number: Number(pick[1]) };
  const press = /^#(\d+)\.(\d+)$/.exec(trimmed);
  if (press) return { kind: "press", message: Number(press[1]), button: Number(press[2]) };
  if (trimmed === "@+") return { kind: "inlineNext" };
  if (trimmed.startsWith("@")) {
    const mention = `@${botName}`;
    const hasMention =
      trimmed.toLowerCase().startsWith(mention.toLowerCase()) && /^(\s|$)/.test(trimmed.slice(mention.length));
    const query = hasMention ? trimmed.slice(mention.length) : trimmed.slice(1);
    if (hasMention || query === "" || /^\s/.test(query)) return { kind: "inline", query: query.trim() };
  }
  return { kind: "text", text: line };
}
