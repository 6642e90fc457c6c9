import { html } from "hono/html";
import type { ConsoleData } from "../console-data.js";
import { layout, table, type Html } from "../layout.js";
import { CONSOLE_TEXTS } from "../texts.js";

const WORST_SHOWN = 20;

const share = (up: number, down: number) => (up + down === 0 ? "" : `${Math.round((100 * up) / (up + down))}%`);

/** Votes per article and section, and the worst-rated answers with their questions and the 👎 reasons. */
export async function feedbackPage(data: ConsoleData): Promise<Html> {
  const t = CONSOLE_TEXTS.feedback;
  const [passages, worst] = await Promise.all([data.votesByPassage(), data.worstRated(WORST_SHOWN)]);
  const body = html`
<h2>${t.byPassage}</h2>
${
  passages.length === 0
    ? html`<p>${t.noVotes}</p>`
    : table(
        t.passageColumns,
        passages.map((p) => [p.article, p.heading ?? t.lead, p.up, p.down, share(p.up, p.down)]),
      )
}
<h2>${t.worst}</h2>
${
  worst.length === 0
    ? html`<p>${t.noVotes}</p>`
    : table(
        t.worstColumns,
        worst.map((row) => [
          row.text,
          row.passage ? html`<b>${row.passage.heading ?? row.passage.article}</b><div class="excerpt">${row.passage.excerpt}</div>` : "",
          row.up,
          row.down,
          row.reasons.map((reason) => CONSOLE_TEXTS.reasons[reason]).join(", "),
        ]),
      )
}`;
  return layout("feedback", t.title, body);
}
