import { Composer, type Context } from "telegraf";
import type { InlineQueryResultArticle } from "telegraf/types";
import type { SmallTalk } from "../../answers/small-talk.js";
import type { Headline } from "../../corpus/types.js";
import type { Answer } from "../../search/types.js";
import { answerContext, readResults, shownAnswer } from "../answer-view.js";
import { headlineById, latestHeadlines } from "../corpus-view.js";
import { BOT_DEFAULTS } from "../defaults.js";
import type { BotDeps } from "../deps.js";
import { answerTitle } from "../format/answer.js";
import { clip } from "../format/clip.js";
import { formatHeadline, headlineMeta } from "../format/headlines.js";
import { relatedIntro } from "../format/related.js";
import { shortHash } from "../keyboards/callback-data.js";
import { readerZone } from "../reader-zone.js";
import { HTML_OPTIONS } from "../replies.js";
import { textsOf } from "../i18n/reader-texts.js";

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: "article",
    id,
    title: clip(title, BOT_DEFAULTS.headingMaxLength),
    description: clip(description.replace(/\s+/g, " ").trim(), BOT_DEFAULTS.inlineDescriptionLength),
    input_message_content: { message_text: html, ...HTML_OPTIONS },
  };
}

/** The offset Telegram sends back is ours (a number); anything else starts from the top. */
function parseOffset(offset: string): number {
  return /^\d{1,3}$/.test(offset) ? Number(offset) : 0;
}

/** What a result shows under its title: the article it comes from, then the excerpt; for a headline, its date. */
function describe(answer: Answer, timeZone: string, locale: string, headline: Headline | undefined): string {
  if (answer.kind === "headline") return headline ? headlineMeta(headline, timeZone, locale) : answer.excerpt;
  return answer.section === null ? answer.excerpt : `${answer.article} · ${answer.excerpt}`;
}

/** Results that read the same (a reprint, a re-scrape of one page) are shown once. */
function distinct(answers: readonly Answer[]): Answer[] {
  const seen = new Set<string>();
  return answers.filter((answer) => {
    const key = `${answerTitle(answer)}\n${answer.excerpt}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A question's inline results: its distinct answers, or else the related coverage with what it lacks. */
function questionResults(results: readonly Answer[]): Answer[] {
  const { answers, related } = readResults(results);
  return related ? [related] : distinct(answers);
}

/**
 * `@bot question` in any chat: answers as results to pick and send, a page at a time through
 * next_offset; with no question (or small talk), the latest headlines. At most `inlineMaxResults` in all.
 */
export function inlineFeature(deps: BotDeps, smallTalk: SmallTalk): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on("inline_query", async (ctx) => {
    const reading = smallTalk.read(ctx.inlineQuery.query);
    const offset = parseOffset(ctx.inlineQuery.offset);
    const timeZone = await readerZone(deps, ctx);
    const corpus = deps.getCorpus();
    // Ids only need to be unique within one answer; the query's hash keeps pages apart in clients' caches.
    const idPrefix = shortHash(ctx.inlineQuery.query.trim(), 10);
    const max = BOT_DEFAULTS.inlineMaxResults;
    const texts = textsOf(ctx);
    const context = answerContext(corpus, deps.getSearch(), timeZone, texts);
    const question = reading.question;
    const size = BOT_DEFAULTS.inlinePageSize;
    // Only the page asked for is composed: a headline's answer costs a second search for its explanation.
    const onPage = <T>(items: readonly T[]) => items.slice(offset, offset + size);
    const entries: readonly unknown[] = question === null ? latestHeadlines(corpus).slice(0, max) : questionResults(deps.getSearch().search(question, { limit: max }));
    const page: InlineQueryResultArticle[] =
      question === null
        ? onPage(entries as readonly Headline[]).map((h, i) =>
            article(`${idPrefix}-${offset + i}`, h.title, headlineMeta(h, timeZone, texts.locale), formatHeadline(h, timeZone, texts)),
          )
        : onPage(entries as readonly Answer[]).map((a, i) => {
            const headline = a.headlineId ? headlineById(corpus, a.headlineId) : undefined;
            const intro = a.match === "related" ? relatedIntro(question, a, texts) : undefined;
            const { html } = shownAnswer(a, context, { intro });
            return article(`${idPrefix}-${offset + i}`, answerTitle(a), describe(a, timeZone, texts.locale, headline), html);
          });
    const nextOffset = offset + size;
    await ctx.answerInlineQuery(page, {
      cache_time: BOT_DEFAULTS.inlineCacheSeconds,
      // Results are worded in the reader's language (and dated in their zone): Telegram must not share them.
      is_personal: true,
      next_offset: nextOffset < entries.length ? String(nextOffset) : "",
    });
  });
  return composer;
}
