import { html } from "hono/html";
import { isTimezone } from "../../time/is-timezone.js";
import { formatClockTime } from "../../time/zoned-time.js";
import type { ConsoleData } from "../console-data.js";
import { layout, type Html } from "../layout.js";
import { telegramHtml } from "../telegram-html.js";
import { CONSOLE_TEXTS } from "../texts.js";
import { when } from "./when.js";

/** "08:00" as minutes after midnight; null when it is no time of day. */
function minutesOf(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** The daily digest a reader in a zone would get at an hour, composed as delivery composes it. */
export async function digestPage(data: ConsoleData, query: { zone: string; time: string }, defaults: { zone: string; minutes: number }): Promise<Html> {
  const t = CONSOLE_TEXTS.digest;
  const zone = query.zone.trim() || defaults.zone;
  const time = query.time.trim() || formatClockTime(defaults.minutes);
  const minutes = minutesOf(time);
  const problem = !isTimezone(zone) ? t.badZone(zone) : minutes === null ? t.badTime(time) : null;
  let preview: Html | string = "";
  if (problem === null && minutes !== null) {
    const { at, messages } = await data.digestPreview(zone, minutes);
    const moment = when(at, zone);
    preview =
      messages.length === 0
        ? html`<p>${t.empty(moment)}</p>`
        : html`<p>${t.at(moment, messages.length)}</p>${messages.map((message) => html`<div class="telegram">${telegramHtml(message)}</div>`)}`;
  }
  const body = html`
<form method="get" action="/digest">
<label>${t.zone} <input name="zone" value="${zone}" /></label>
<label>${t.time} <input name="time" value="${time}" size="5" /></label>
<button type="submit">${t.show}</button></form>
${problem ? html`<p><b>${problem}</b></p>` : preview}`;
  return layout("digest", t.title, body);
}
