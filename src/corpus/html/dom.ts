import { parseHTML } from "linkedom";

/**
 * The little of the DOM the HTML reader uses. The project compiles without the DOM library (it runs on
 * Node), so linkedom's document is seen through this interface, in this one place.
 */
export interface HtmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<HtmlElement>;
  readonly parentElement: HtmlElement | null;
  readonly previousElementSibling: HtmlElement | null;
  readonly nextElementSibling: HtmlElement | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  closest(selectors: string): HtmlElement | null;
  matches(selectors: string): boolean;
  remove(): void;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement;
  readonly body: HtmlElement | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  cloneNode(deep: boolean): HtmlDocument;
}

/** An attribute written with a capital, as React writes them (`dateTime`, `itemProp`): a cheap test before the walk. */
const CAPITALISED_ATTRIBUTE = /\s[a-z-]*[A-Z][\w-]*=/;

/**
 * Parses HTML by the browsers' forgiving rules: broken markup gives a document, never an error. Attribute names
 * are made lowercase, as a browser makes them in HTML: linkedom keeps `dateTime` as written, and the readers ask
 * for `datetime`.
 */
export function parseDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  if (CAPITALISED_ATTRIBUTE.test(html)) {
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of [...element.attributes]) {
        if (name === name.toLowerCase()) continue;
        element.removeAttribute(name);
        element.setAttribute(name.toLowerCase(), value);
      }
    }
  }
  return document as unknown as HtmlDocument;
}

/** An element's text as a reader sees it: runs of white space (no-break spaces included) made one space. */
export function visibleText(element: HtmlElement | null): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

export const all = (root: HtmlDocument | HtmlElement, selectors: string): HtmlElement[] => Array.from(root.querySelectorAll(selectors));
