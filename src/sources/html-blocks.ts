import { Parser } from "htmlparser2";

/** A block of an HTML fragment as plain text: a heading (h1-h6, with its level) or any other block. */
export interface HtmlBlock {
  /** 1-6 for h1-h6; null for a paragraph, a list item or any other block. */
  level: number | null;
  text: string;
}

/** Elements that end the line of text before them: each starts a block of its own. */
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tbody", "td", "th", "thead", "tr", "ul",
]);

/** Elements whose content is never text a reader sees. */
const HIDDEN_ELEMENTS = new Set(["script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg"]);

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff\u00ad]/g;

function tidy(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "").replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * An HTML fragment as its blocks of text, through htmlparser2's forgiving tokenizer: entities (named,
 * numeric, HTML5's whole table) are decoded, an attribute holding ">" does not end its tag, broken markup
 * is read as browsers do, and scripts, styles and comments are dropped.
 */
export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let text = "";
  let level: number | null = null;
  let hidden = 0;

  const endBlock = () => {
    const line = tidy(text);
    if (line) blocks.push({ level, text: line });
    text = "";
    level = null;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden++;
        if (!BLOCK_ELEMENTS.has(name)) return;
        endBlock();
        const heading = /^h([1-6])$/.exec(name);
        if (heading) level = Number(heading[1]);
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(hidden - 1, 0);
        else if (BLOCK_ELEMENTS.has(name)) endBlock();
      },
      ontext(chunk) {
        if (hidden === 0) text += chunk;
      },
      oncdatastart() {
        text += " ";
      },
    },
    { decodeEntities: true, recognizeCDATA: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return blocks;
}
