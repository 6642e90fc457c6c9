/** A fixture page (tests/app/fixtures/pages): an article, and headlines the seed page does not list. */
export const POWER_LINE_PAGE = "georgia-power-line.txt";
/** What dropping it pushes to an instant reader, in name order: its article and its new headlines. */
export const POWER_LINE_PUSHES: readonly string[] = Object.freeze([
  "Black Sea power cable to cost 2.3 billion euros",
  "Georgia and Azerbaijan agree on a new power line",
  "Inter Miami beat Orlando as Messi scores twice",
  "Talks on the Zangazur corridor resume in Brussels",
]);

export interface PageHeadline {
  title: string;
  /** As the site prints it: "28 March 2023 - 11:02". */
  at: string;
}

/** A page of the site in the scraped format the corpus reads: an article, then lists of headlines. */
export function sitePage(page: {
  title: string;
  category: string;
  at: string;
  paragraphs: readonly string[];
  lists: ReadonlyArray<{ name: string; headlines: readonly PageHeadline[] }>;
}): string {
  const indent = (line: string) => `    ${line}`;
  return [
    page.title,
    "",
    indent(`${page.category}  ${page.at}`),
    "",
    ...page.paragraphs.flatMap((paragraph) => [indent(paragraph), ""]),
    indent("Subscribe to our Telegram channel"),
    "",
    ...page.lists.flatMap((list) => [list.name, "", ...list.headlines.flatMap((h) => [indent(h.title), "", indent(h.at), ""])]),
    "All news",
    "",
  ].join("\n");
}

/** A page whose article is the story its own list names: one item, so one push to each instant reader. */
export function storyPage(story: { title: string; at: string; paragraph: string }): string {
  return sitePage({
    title: story.title,
    category: "REGION",
    at: story.at,
    paragraphs: [story.paragraph],
    lists: [{ name: "Latest news", headlines: [{ title: story.title, at: story.at }] }],
  });
}
