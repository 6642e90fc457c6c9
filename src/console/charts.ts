import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { html, raw } from "hono/html";
import type { Html } from "./layout.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A chart spans two weeks at least: one day alone would be a lone dot on a scale of years. */
const MIN_DAYS = 14;

/** A chart of values per day (YYYY-MM-DD, UTC): a day without a value is 0, or, for a running total, the day before's. */
export interface DayChart {
  title: string;
  /** The last day shown, unless a value comes later. */
  today: string;
  series: ReadonlyArray<{ label: string; byDay: ReadonlyMap<string, number>; between: "zero" | "carry" }>;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Every day of the chart, first to last, with each series' value on it. */
export function chartPoints(chart: DayChart): { x: number[]; values: number[][] } {
  const days = chart.series.flatMap((series) => [...series.byDay.keys()]).map(dayMs);
  const last = Math.max(dayMs(chart.today), ...days);
  const first = Math.min(last - (MIN_DAYS - 1) * DAY_MS, ...days);
  const x: number[] = [];
  for (let at = first; at <= last; at += DAY_MS) x.push(at / 1000);
  const values = chart.series.map((series) => {
    let previous = 0;
    return x.map((seconds) => {
      const value = series.byDay.get(new Date(seconds * 1000).toISOString().slice(0, 10));
      previous = value ?? (series.between === "carry" ? previous : 0);
      return previous;
    });
  });
  return { x, values };
}

/**
 * The chart's data in an inert JSON block that the console's own script draws with uPlot. `<` is written as \u003c so
 * that no text in the data can close the block.
 */
export function dayChart(chart: DayChart): Html {
  const { x, values } = chartPoints(chart);
  const data = JSON.stringify({
    title: chart.title,
    x,
    series: chart.series.map((series, i) => ({ label: series.label, values: values[i] })),
  }).replace(/</g, "\\u003c");
  return html`<div class="chart"><script type="application/json" data-chart>${raw(data)}</script></div>`;
}

/** Draws every chart of the page; served as a file, so that the pages run no inline script. */
export const CHART_SCRIPT = `
document.querySelectorAll("script[data-chart]").forEach(function (block) {
  var chart = JSON.parse(block.textContent);
  var colours = ["#2f6fdb", "#d9822b", "#2a9d5c"];
  var series = [{}].concat(chart.series.map(function (s, i) { return { label: s.label, stroke: colours[i % colours.length], width: 2 }; }));
  var data = [chart.x].concat(chart.series.map(function (s) { return s.values; }));
  new uPlot({ title: chart.title, width: Math.min(900, window.innerWidth - 60), height: 240, series: series,
    scales: { x: { time: true } }, axes: [{}, { label: "" }] }, data, block.parentNode);
});
`;

/** uPlot's files from the project's node_modules: the console never loads anything from a CDN. */
export function chartAssets(): { script: string; css: string } {
  const require = createRequire(import.meta.url);
  return {
    script: readFileSync(require.resolve("uplot/dist/uPlot.iife.min.js"), "utf8"),
    css: readFileSync(require.resolve("uplot/dist/uPlot.min.css"), "utf8"),
  };
}
