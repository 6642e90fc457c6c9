import type { Context } from "telegraf";
import type { ReaderLanguage } from "../store/types.js";

const KNOWN: readonly ReaderLanguage[] = ["en", "ru", "az"];

/**
 * The reader's language, from the language_code Telegram sends with each update ("en-US" is English), reduced to
 * the languages the site writes in. The one place to read it: a per-chat setting replaces this when it lands.
 */
export function readerLanguage(ctx: Context): ReaderLanguage {
  const code = ctx.from?.language_code?.toLowerCase().split(/[-_]/)[0] ?? "";
  return (KNOWN as readonly string[]).includes(code) ? (code as ReaderLanguage) : "other";
}
