import { html, raw } from "hono/html";
import { CONSOLE_TEXTS } from "./texts.js";

export type Html = ReturnType<typeof html>;

export const PAGES = ["questions", "feedback", "readers", "delivery", "corpus", "digest"] as const;
export type PageName = (typeof PAGES)[number];

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { background: #20324d; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.2rem; align-items: baseline; flex-wrap: wrap; }
header a { color: #cfe0ff; text-decoration: none; } header a.on { color: #fff; font-weight: 600; border-bottom: 2px solid #fff; }
header strong { margin-right: 1rem; }
main { padding: 1rem 1.2rem 3rem; max-width: 72rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f0f2f5; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.excerpt { color: #555; font-size: 13px; max-width: 28rem; }
.group { background: #fff; border: 1px solid #ddd; padding: .4rem .8rem; margin: .4rem 0; }
.group ul { margin: .2rem 0; }
.telegram { background: #fff; border: 1px solid #ccc; border-radius: 8px; padding: .6rem .9rem; white-space: pre-wrap; max-width: 34rem; margin: .5rem 0; }
.chart { background: #fff; border: 1px solid #ddd; margin: .5rem 0 1.5rem; }
.muted { color: #777; }
`;

/** The shared frame of every page: the nav, the title, and the chart library when the page draws charts. */
export function layout(active: PageName, title: string, body: Html, options: { charts?: boolean } = {}): Html {
  const nav = PAGES.map((name) => html`<a href="/${name}" class="${name === active ? "on" : ""}">${CONSOLE_TEXTS.nav[name]}</a>`);
  const charts = options.charts
    ? html`<link rel="stylesheet" href="/assets/uplot.css" /><script src="/assets/uplot.js"></script><script src="/assets/charts.js" defer></script>`
    : "";
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8" /><title>${title} · ${CONSOLE_TEXTS.siteTitle}</title><style>${raw(STYLE)}</style>${charts}</head>
<body>
<header><strong>${CONSOLE_TEXTS.siteTitle}</strong>${nav}</header>
<main><h1>${title}</h1>${body}</main>
</body>
</html>`;
}

/** A plain page with no data: the answer to a request without a session, or to an unknown address. */
export function plainPage(text: string): Html {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${CONSOLE_TEXTS.siteTitle}</title></head><body><p>${text}</p></body></html>`;
}

/** A table of rows of cells; numbers are right-aligned. */
export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<Html | string | number>>): Html {
  const cell = (value: Html | string | number) => (typeof value === "number" ? html`<td class="num">${value}</td>` : html`<td>${value}</td>`);
  // A table of labels and figures needs no header row.
  const head = headers.some((h) => h !== "") ? html`<thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead>` : "";
  return html`<table>${head}<tbody>${rows.map(
    (row) => html`<tr>${row.map(cell)}</tr>`,
  )}</tbody></table>`;
}
