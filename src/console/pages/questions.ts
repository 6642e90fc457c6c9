import { html } from "hono/html";
import type { QuestionRow } from "../../store/question-types.js";
import { dayChart } from "../charts.js";
import type { ConsoleData } from "../console-data.js";
import { layout, table, type Html } from "../layout.js";
import { CONSOLE_TEXTS } from "../texts.js";
import { when } from "./when.js";

export const QUESTIONS_PAGE_SIZE = 50;

function passage(row: QuestionRow): Html | string {
  if (!row.passage) return "";
  const { article, heading, excerpt } = row.passage;
  return html`<b>${heading ?? article}</b>${heading ? html`<br /><span class="muted">${article}</span>` : ""}<div class="excerpt">${excerpt}</div>`;
}

function votes(row: QuestionRow): string {
  if (row.up + row.down === 0) return "";
  const reasons = row.reasons.map((reason) => CONSOLE_TEXTS.reasons[reason]);
  return `${CONSOLE_TEXTS.votes(row.up, row.down)}${reasons.length > 0 ? ` (${reasons.join(", ")})` : ""}`;
}

/** The latest questions (searchable, paged), the questions per day, and the unanswered ones grouped by wording. */
export async function questionsPage(data: ConsoleData, query: { search: string; page: number }, zone: string, today: string): Promise<Html> {
  const t = CONSOLE_TEXTS.questions;
  const { rows, total } = await data.latestQuestions({ search: query.search, page: query.page, pageSize: QUESTIONS_PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / QUESTIONS_PAGE_SIZE));
  const link = (page: number, text: string) =>
    html`<a href="/questions?${new URLSearchParams({ q: query.search, page: String(page) }).toString()}">${text}</a>`;
  const perDay = await data.questionsPerDay();
  const groups = await data.unansweredGroups();
  const body = html`
<form method="get" action="/questions"><label>${t.search} <input type="search" name="q" value="${query.search}" /></label>
<button type="submit">${t.searchButton}</button></form>
${
  perDay.length > 0
    ? dayChart({ title: t.perDay, today, series: [{ label: t.title, byDay: new Map(perDay.map((d) => [d.day, d.count])), between: "zero" }] })
    : ""
}
<h2>${t.unanswered}</h2>
<p class="muted">${t.unansweredHint}</p>
${
  groups.length === 0
    ? html`<p>${t.noUnanswered}</p>`
    : groups.map(
        (group) => html`<div class="group" data-group><b>${t.groupCount(group.members.length)}</b> <span class="muted">${group.terms.join(" · ")}</span>
<ul>${group.members.map((row) => html`<li>${row.text} <span class="muted">(${CONSOLE_TEXTS.replies[row.reply]}, ${when(row.askedAt, zone)})</span></li>`)}</ul></div>`,
      )
}
<h2>${t.latest(total)}</h2>
${
  rows.length === 0
    ? html`<p>${t.none}</p>`
    : table(
        t.columns,
        rows.map((row) => [
          when(row.askedAt, zone),
          row.text,
          CONSOLE_TEXTS.replies[row.reply],
          passage(row),
          row.passage ? row.passage.score.toFixed(2) : "",
          row.language,
          votes(row),
        ]),
      )
}
<p>${query.page > 0 ? link(query.page - 1, t.newer) : ""} ${t.page(query.page, pages)} ${query.page + 1 < pages ? link(query.page + 1, t.older) : ""}</p>`;
  return layout("questions", t.title, body, { charts: perDay.length > 0 });
}
