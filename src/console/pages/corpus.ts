import { html } from "hono/html";
import { formatDateTime } from "../../time/format-date.js";
import type { ConsoleData } from "../console-data.js";
import { layout, table, type Html } from "../layout.js";
import { CONSOLE_TEXTS } from "../texts.js";

/** The pages loaded from the corpus folder and the feeds, and the files skipped with their reasons. */
export function corpusPage(data: ConsoleData, zone: string): Html {
  const t = CONSOLE_TEXTS.corpus;
  const { files, feeds, skipped } = data.corpus();
  const body = html`
<p>${t.loaded(files.articles.length, files.headlines.length)}<br />${t.fromFeeds(feeds.articles.length, feeds.headlines.length)}</p>
${table(
  t.articleColumns,
  files.articles.map((article) => [article.file, article.title, formatDateTime(article.publishedAt, zone) ?? "", article.sections.length]),
)}
<h2>${t.skipped}</h2>
${skipped.length === 0 ? html`<p>${t.noneSkipped}</p>` : table(t.skippedColumns, skipped.map((file) => [file.file, file.reason]))}`;
  return layout("corpus", t.title, body);
}
