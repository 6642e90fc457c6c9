import type { SmallTalkKind } from "../answers/small-talk.js";
import { escapeHtml } from "../format/html.js";
import { isLanguage } from "../i18n/languages.js";
import type { Translator } from "../i18n/translator.js";
import { BOT_DEFAULTS } from "./defaults.js";
import { clip } from "./format/clip.js";

/** A command of the menu (setMyCommands) and of /help. */
export interface CommandHelp {
  command: string;
  description: string;
  /** A line of /help showing the command in use; plain text, escaped when shown. */
  example: string;
}

/** What a reader asked for, by the kind of thing the search says the question asks. */
type AskedKind = "amount" | "date" | "person" | "place" | "cause";

const SMALL_TALK_KINDS: readonly SmallTalkKind[] = ["greeting", "thanks", "goodbye", "identity", "abilities", "filler", "blank"];

/** A command with its description and example from the catalogue; without an example, the bare command. */
export function commandHelp(tr: Translator, command: string, withExample = false): CommandHelp {
  return {
    command,
    description: tr.t(`command-${command}`),
    example: withExample ? tr.t(`command-${command}-example`) : `/${command}`,
  };
}

const echo = (text: string) => escapeHtml(clip(text, BOT_DEFAULTS.echoMaxLength));

/**
 * Every text of the bot's own features in the reader's language, worded by the catalogue (src/i18n/locales).
 * Functions take raw values (from the corpus or the reader) and escape them; the rest is our own HTML.
 */
export function createBotTexts(tr: Translator) {
  const { t } = tr;
  const button = (key: string) => t(`button-${key}`);
  return Object.freeze({
    language: tr.language,
    locale: tr.locale,
    start: (botUsername: string) =>
      [t("start-what"), t("start-browse"), t("start-inline", { bot: escapeHtml(botUsername) })].join("\n"),

    help: (botUsername: string, commands: readonly CommandHelp[]) =>
      [
        t("help-title"),
        "",
        ...commands.map(
          (c) =>
            `/${c.command} — ${escapeHtml(c.description)}` +
            (c.example === `/${c.command}` ? "" : `\n<i>${escapeHtml(c.example)}</i>`),
        ),
        "",
        t("help-private"),
        t("help-groups"),
        t("help-inline", { bot: escapeHtml(botUsername) }),
      ].join("\n"),

    commands: Object.freeze<CommandHelp[]>([
      commandHelp(tr, "ask", true),
      commandHelp(tr, "search", true),
      commandHelp(tr, "latest"),
      commandHelp(tr, "sections"),
      commandHelp(tr, "language"),
      commandHelp(tr, "help"),
      commandHelp(tr, "start"),
    ]),

    buttons: Object.freeze({
      latest: button("latest"),
      sections: button("sections"),
      more: button("more"),
      back: button("back"),
      wholeSection: button("whole-section"),
      older: button("older"),
      newer: button("newer"),
      nextPage: button("next-page"),
      previousPage: button("previous-page"),
      allArticles: button("all-articles"),
      previousSection: button("previous-section"),
      nextSection: button("next-section"),
      backToArticle: button("back-to-article"),
    }),

    answerPosition: (index: number, total: number) => t("answer-position", { index: index + 1, total }),
    readArticle: t("read-article"),
    openStory: t("open-story"),
    /** Before an answer from a page in another language than the question's: which language, in the reader's. */
    otherLanguage: (language: string) =>
      t("answer-other-language", { language: isLanguage(language) ? t(`language-name-${language}`) : escapeHtml(language) }),

    notFound: (question: string) => t("not-found", { question: echo(question) }),
    /** Related coverage: what the articles don't give, then the passage closest to it. */
    related: Object.freeze({
      give: (thing: string) => t("related-give", { thing: echo(thing) }),
      say: (clause: string) => t("related-say", { clause: echo(clause) }),
      asked: (asked: AskedKind) => t("related-asked", { asked }),
      question: (question: string) => t("related-question", { question: echo(question) }),
      on: (subject: string) => t("related-on", { subject: echo(subject) }),
      closest: t("related-closest"),
    }),
    /** Opens the section under a headline answer that explains the story. */
    explainedBy: t("explained-by"),
    /** Replies to small talk: short, friendly, and each pointing to /help. */
    smallTalk: Object.freeze(
      Object.fromEntries(SMALL_TALK_KINDS.map((kind) => [kind, t(`small-talk-${kind}`)])) as Record<SmallTalkKind, string>,
    ),
    askUsage: t("ask-usage"),
    tooLong: (limit: number) => t("too-long", { limit }),
    onlyText: t("only-text"),
    unknownCommand: t("unknown-command"),
    slowDown: (seconds: number) => t("slow-down", { seconds }),
    staleList: t("stale-list"),
    failure: t("failure"),

    /** The list an article with no rubric is shown under in /latest. */
    articlesList: t("articles-list"),
    latestTitle: (page: number, pages: number) => t("latest-title", { page: page + 1, pages }),
    noHeadlines: t("no-headlines"),
    articlesTitle: (page: number, pages: number) => `${t("articles-title", { page: page + 1, pages })}\n${t("articles-choose")}`,
    noArticles: t("no-articles"),
    chooseSection: t("choose-section"),

    languagePrompt: t("language-prompt"),
    languageSet: t("language-set"),

    /** The commands of the kept questions' feature (src/bot/features/questions.ts). */
    questionCommands: Object.freeze<CommandHelp[]>([commandHelp(tr, "privacy")]),
    /** The buttons under an answer, and what a press says. */
    feedback: Object.freeze({
      up: t("feedback-up"),
      down: t("feedback-down"),
      reasons: Object.freeze({
        wrong_article: t("feedback-reason-wrong-article"),
        missing: t("feedback-reason-missing"),
        outdated: t("feedback-reason-outdated"),
      }),
      thanks: t("feedback-thanks"),
      askReason: t("feedback-ask-reason"),
      gone: t("feedback-gone"),
    }),
    privacy: (days: number) =>
      ["title", "questions", "identity", "retention", "subscriptions"].map((part) => t(`privacy-${part}`, { days })).join("\n"),
    /** /console: the one-time link to the editors' console. */
    console: Object.freeze({
      link: (url: string, minutes: number) => t("console-link", { url: escapeHtml(url), minutes }),
      adminsOnly: t("console-admins-only"),
      off: t("console-off"),
      privateOnly: t("console-private-only"),
    }),
  });
}

export type BotTexts = ReturnType<typeof createBotTexts>;
