/** Telegram's limit on one message's text, counted after entities are parsed. */
export const MESSAGE_LIMIT = 4096;

/** Escapes text for Telegram's HTML parse mode: only &, < and > need it (and " inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Ranges in order, overlaps dropped, and neighbours joined: two matched words with only spaces between
 * them read as one phrase, so they make one bold span ("19 people", not "19" and "people").
 */
function joinedRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = joined.at(-1);
    if (end <= start || (last && start < last[1])) continue;
    if (last && /^[^\S\n]*$/.test(text.slice(last[1], start))) last[1] = end;
    else joined.push([start, end]);
  }
  return joined;
}

/** Wraps the given [start, end) ranges of a plain text in <b>, escaping everything else. */
export function highlightHtml(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = "";
  let at = 0;
  for (const [start, end] of joinedRanges(text, ranges)) {
    out += escapeHtml(text.slice(at, start)) + "<b>" + escapeHtml(text.slice(start, end)) + "</b>";
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/** The length Telegram counts for an HTML message: tags removed, entities decoded. */
export function visibleLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#\d+);/g, "x").length;
}

/**
 * Splits a list of HTML blocks (paragraphs, headline entries), each already escaped and balanced,
 * into messages under the limit, joining blocks with `separator`. A block too long on its own is cut
 * at a sentence or word boundary outside of tags.
 */
export function packBlocks(blocks: readonly string[], limit = MESSAGE_LIMIT - 96, separator = "\n\n"): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks.flatMap((b) => cutBlock(b, limit))) {
    const candidate = current ? current + separator + block : block;
    if (visibleLength(candidate) <= limit) current = candidate;
    else {
      if (current) messages.push(current);
      current = block;
    }
  }
  if (current) messages.push(current);
  return messages;
}

function cutBlock(block: string, limit: number): string[] {
  if (visibleLength(block) <= limit) return [block];
  // A block this long is plain escaped text in practice (a paragraph); tags are stripped to cut safely.
  const plain = block.replace(/<[^>]*>/g, "");
  const pieces: string[] = [];
  let rest = plain;
  while (visibleLength(rest) > limit) {
    let cut = limit;
    const window = rest.slice(0, limit);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? "));
    const space = window.lastIndexOf(" ");
    if (sentence > limit / 2) cut = sentence + 1;
    else if (space > limit / 2) cut = space;
    // Never cut inside an entity such as &amp;.
    const amp = rest.lastIndexOf("&", cut);
    if (amp > -1 && rest.indexOf(";", amp) >= cut) cut = amp;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
