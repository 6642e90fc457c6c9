/** Shortens plain text to at most `max` characters (code points, so an emoji is never cut in half). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("").trimEnd() + "…";
}
