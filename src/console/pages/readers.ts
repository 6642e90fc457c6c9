import { html } from "hono/html";
import { dayChart } from "../charts.js";
import type { ConsoleData, Count } from "../console-data.js";
import { layout, table, type Html } from "../layout.js";
import { CONSOLE_TEXTS } from "../texts.js";

/** Subscribers by mode, language and time zone, and how many there were over time. */
export async function readersPage(data: ConsoleData, today: string): Promise<Html> {
  const t = CONSOLE_TEXTS.readers;
  const report = await data.readers();
  const counts = (rows: readonly Count[]) => (rows.length === 0 ? html`<p>${t.none}</p>` : table(t.columns, rows.map((r) => [r.label, r.count])));
  const modes = (["instant", "daily", "off", "inactive"] as const).map((mode) => [t.modes[mode], report.byMode[mode]]);
  const body = html`
<h2>${t.byMode}</h2>
${table(t.columns, modes)}
<h2>${t.overTime}</h2>
${
  report.perDay.length === 0
    ? html`<p>${t.none}</p>`
    : dayChart({
        title: t.overTime,
        today,
        series: [{ label: t.title, byDay: new Map(report.perDay.map((d) => [d.day, d.total])), between: "carry" }],
      })
}
<h2>${t.byLanguage}</h2>
${counts(report.byLanguage)}
<h2>${t.byZone}</h2>
${counts(report.byZone)}`;
  return layout("readers", t.title, body, { charts: report.perDay.length > 0 });
}
