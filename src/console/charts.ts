import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { html, raw } from "hono/html";
import type { Html } from "./layout.js";

/** A chart of values per day: one line per series, days as YYYY-MM-DD. */
export interface DayChart {
  title: string;
  days: readonly string[];
  series: ReadonlyArray<{ label: string; values: readonly number[] }>;
}

/**
 * The chart's data in an inert JSON block that the console's own script draws with uPlot. `<` is written as \u003c so
 * that no text in the data can close the block.
 */
export function dayChart(chart: DayChart): Html {
  const data = JSON.stringify({
    title: chart.title,
    x: chart.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000),
    series: chart.series,
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
