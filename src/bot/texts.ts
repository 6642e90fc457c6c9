import { escapeHtml } from "../format/html.js";
import { BOT_DEFAULTS } from "./defaults.js";
import { clip } from "./format/clip.js";

/** A command of the menu (setMyCommands) and of /help. */
export interface CommandHelp {
  command: string;
  description: string;
  /** A line of /help showing the command in use; plain text, escaped when shown. */
  example: string;
}

/**
 * Every text a reader can see, in one catalogue that the tests import too. Functions take raw values
 * (from the corpus or the reader) and escape them; the rest is our own HTML.
 */
export const TEXTS = Object.freeze({
  start: (botUsername: string) =>
    [
      "📰 I answer questions from our news articles: send me a question and I reply with the passage that answers it.",
      "Browse the newest headlines with /latest, or the articles section by section with /sections.",
      `In a group, mention me or use /ask; in any chat, type @${escapeHtml(botUsername)} and a question. /help lists everything.`,
    ].join("\n"),

  help: (botUsername: string, commands: readonly CommandHelp[]) =>
    [
      "<b>What I can do</b>",
      "",
      ...commands.map(
        (c) =>
          `/${c.command} — ${escapeHtml(c.description)}` +
          (c.example === `/${c.command}` ? "" : `\n<i>${escapeHtml(c.example)}</i>`),
      ),
      "",
      "Any message you send me in private is a question. Edit a question and I answer the edited version.",
      "In groups I answer only commands, messages that mention me and replies to my messages.",
      `In any chat, type <code>@${escapeHtml(botUsername)} your question</code> to pick an answer to send; with no question you get the latest headlines.`,
    ].join("\n"),

  commands: Object.freeze<CommandHelp[]>([
    { command: "ask", description: "ask a question (the way to ask in a group)", example: "/ask Why did Azerbaijan detain 19 people?" },
    { command: "search", description: "the same as /ask", example: "/search Zangezur corridor" },
    { command: "latest", description: "the newest headlines, 10 a page", example: "/latest" },
    { command: "sections", description: "browse the articles section by section", example: "/sections" },
    { command: "help", description: "this list", example: "/help" },
    { command: "start", description: "what this bot does", example: "/start" },
  ]),

  buttons: Object.freeze({
    latest: "📰 Latest",
    sections: "📚 Sections",
    more: "More answers ›",
    back: "‹ Back",
    wholeSection: "Whole section",
    older: "Older ›",
    newer: "‹ Newer",
    nextPage: "Next ›",
    previousPage: "‹ Previous",
    allArticles: "‹ All articles",
  }),

  answerPosition: (index: number, total: number) => `<i>Answer ${index + 1} of ${total}</i>`,
  readArticle: "Read the article",
  openStory: "Open the story",
  /** The name of an article's lead (the paragraphs before its first heading) on a button or a heading. */
  lead: "Introduction",

  notFound: (question: string) =>
    `I found nothing about “${escapeHtml(clip(question, BOT_DEFAULTS.echoMaxLength))}” in the articles I have. ` +
    "Try other words, or browse the newest headlines or the sections.",
  askUsage: "Ask like this: <code>/ask Why did Azerbaijan detain 19 people?</code>",
  tooLong: (limit: number) =>
    `That is too long for a question (I read up to ${limit} characters). Please ask in a sentence or two.`,
  noWords: "I answer questions written in words. Try something like <i>Why did Azerbaijan detain 19 people?</i>",
  onlyText: "I read text only. Send me your question as a message, or try /latest and /sections.",
  unknownCommand: "I don't know that command. /help lists what I can do.",
  slowDown: (seconds: number) =>
    `You're asking faster than I can answer 🙂 Please wait ${seconds} seconds, then ask again.`,
  staleList: "This list has changed since. Ask again, or send /latest or /sections for a fresh one.",
  failure: "Sorry, something went wrong on my side. Please try again in a moment.",

  latestTitle: (page: number, pages: number) => `<b>Latest headlines</b> · page ${page + 1} of ${pages}`,
  noHeadlines: "There are no headlines yet. Try again later.",
  articlesTitle: (page: number, pages: number) =>
    `<b>Articles</b> · page ${page + 1} of ${pages}\nChoose an article to see its sections.`,
  noArticles: "There are no articles yet. Try again later.",
  chooseSection: "Choose a section to read it.",
});
