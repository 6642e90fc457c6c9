/** Shortens plain text to at most `max` characters (code points, so an emoji is never cut in half). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("").trimEnd() + "…";
}

/** Like clip, for a limit in UTF-16 units, as Telegram counts an alert: characters beyond the BMP count twice. */
export function clipUtf16(text: string, max: number): string {
  let clipped = clip(text, max);
  for (let limit = max - 1; clipped.length > max; limit--) clipped = clip(text, limit);
  return clipped;
}
