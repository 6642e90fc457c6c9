import type { TgEntity } from "../emulator/telegram-types.js";

interface Markers {
  open: string;
  close: string;
}

const ANSI = Object.freeze({
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  underline: ["\x1b[4m", "\x1b[24m"],
  strikethrough: ["\x1b[9m", "\x1b[29m"],
  code: ["\x1b[36m", "\x1b[39m"],
  link: ["\x1b[34m", "\x1b[39m"],
});

const PLAIN = Object.freeze({
  bold: ["*", "*"],
  italic: ["_", "_"],
  underline: ["", ""],
  strikethrough: ["~", "~"],
  code: ["`", "`"],
  link: ["", ""],
});

const QUOTE_TYPES = new Set(["blockquote", "expandable_blockquote"]);
const QUOTE_MARGIN = "> ";

function markersFor(entity: TgEntity, text: string, color: boolean): Markers {
  const style = color ? ANSI : PLAIN;
  const pair = (key: keyof typeof ANSI): Markers => ({ open: style[key][0] ?? "", close: style[key][1] ?? "" });
  switch (entity.type) {
    case "bold":
    case "italic":
    case "underline":
    case "strikethrough":
    case "code":
      return pair(entity.type);
    case "pre":
      return color ? pair("code") : { open: "```\n", close: "\n```" };
    case "spoiler":
      return { open: "||", close: "||" };
    case "text_link": {
      const label = text.slice(entity.offset, entity.offset + entity.length);
      if (!entity.url || label === entity.url) return { open: "", close: "" };
      const [on, off] = style.link;
      return { open: "", close: ` ${on}<${entity.url}>${off}` };
    }
    default:
      return QUOTE_TYPES.has(entity.type) ? { open: QUOTE_MARGIN, close: "" } : { open: "", close: "" };
  }
}

/**
 * Turns a message's text and entities into what a terminal can show: with color, ANSI styles (bold, italic,
 * underline, strikethrough, code in cyan); without, light markup (*bold*, _italic_, ~struck~, `code`). Links always
 * show their target, as "text <url>", since a terminal cannot hide it behind the text; quotes get a "> " margin.
 */
export function renderText(text: string, entities: readonly TgEntity[], color: boolean): string {
  const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const open: Array<{ entity: TgEntity; markers: Markers }> = [];
  let out = "";
  let next = 0;
  for (let at = 0; at <= text.length; at++) {
    for (let k = open.length - 1; k >= 0; k--) {
      const item = open[k];
      if (item && item.entity.offset + item.entity.length <= at) {
        out += item.markers.close;
        open.splice(k, 1);
      }
    }
    if (at === text.length) break;
    for (; next < sorted.length && (sorted[next] as TgEntity).offset <= at; next++) {
      const entity = sorted[next] as TgEntity;
      const markers = markersFor(entity, text, color);
      out += markers.open;
      open.push({ entity, markers });
    }
    const ch = text[at] as string;
    out += ch;
    if (ch === "\n" && open.some((item) => QUOTE_TYPES.has(item.entity.type))) out += QUOTE_MARGIN;
  }
  return out;
}
