import { all, type HtmlDocument, type HtmlElement, visibleText } from "./dom.js";

/** The article's fields a page may give as schema.org microdata (`itemprop` inside an `itemscope` of an Article type). */
export interface MicrodataArticle {
  headline: string | null;
  alternativeHeadline: string | null;
  author: string | null;
  articleSection: string | null;
  datePublished: string | null;
}

const ARTICLE_SCOPE = ["Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report"]
  .map((type) => `[itemscope][itemtype$="/${type}"]`)
  .join(", ");

/** A property's value as microdata defines it: a meta's content, a time's datetime, a link's href, else its text. */
function valueOf(element: HtmlElement): string | null {
  const attribute = element.getAttribute("content") ?? element.getAttribute("datetime");
  if (attribute !== null) return attribute.trim() || null;
  // A property that is an item itself (an author as a Person) is named by its own name property: "Text: <name>".
  const name = element.getAttribute("itemscope") !== null ? element.querySelector('[itemprop~="name"]') : null;
  return visibleText(name ?? element) || null;
}

/** The article's own properties: those whose nearest item is the article, not a publisher or an image inside it. */
export function readMicrodataArticle(document: HtmlDocument): MicrodataArticle | null {
  const scope = document.querySelector(ARTICLE_SCOPE);
  if (!scope) return null;
  const own = (property: string) =>
    all(scope, `[itemprop~="${property}"]`).filter((element) => element.parentElement?.closest("[itemscope]") === scope);
  const first = (property: string) => {
    const element = own(property)[0];
    return element ? valueOf(element) : null;
  };
  const authors = own("author").map(valueOf).filter((name): name is string => name !== null);
  return {
    headline: first("headline"),
    alternativeHeadline: first("alternativeHeadline"),
    author: authors.length > 0 ? authors.join(", ") : null,
    articleSection: first("articleSection"),
    datePublished: first("datePublished"),
  };
}
