import type { SmallTalkKind } from "../answers/small-talk.js";
import { escapeHtml } from "../format/html.js";
import type { ChatType, DeliveryMode } from "../core/subscribers.js";
import { BOT_DEFAULTS } from "./defaults.js";
import { clip, clipUtf16 } from "./format/clip.js";
import { zoneLabel } from "../time/zone-names.js";

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
    previousSection: "‹ Previous section",
    nextSection: "Next section ›",
    backToArticle: "‹ Back to the article",
  }),

  answerPosition: (index: number, total: number) => `<i>Answer ${index + 1} of ${total}</i>`,
  readArticle: "Read the article",
  openStory: "Open the story",

  notFound: (question: string) =>
    `I found nothing about “${escapeHtml(clip(question, BOT_DEFAULTS.echoMaxLength))}” in our articles. ` +
    "Try other words, see the newest headlines with /latest, or browse the articles with /sections.",
  /** Related coverage: what the articles don't give, then the passage closest to it. */
  related: Object.freeze({
    give: (thing: string) => `Our articles don’t give ${escapeHtml(clip(thing, BOT_DEFAULTS.echoMaxLength))}.`,
    say: (clause: string) => `Our articles don’t say ${escapeHtml(clip(clause, BOT_DEFAULTS.echoMaxLength))}.`,
    asked: (noun: string) => `Our articles don’t give the ${noun} you asked for.`,
    question: (question: string) => `Our articles don’t answer “${escapeHtml(clip(question, BOT_DEFAULTS.echoMaxLength))}”.`,
    on: (subject: string) => `This is what we have on ${escapeHtml(clip(subject, BOT_DEFAULTS.echoMaxLength))}:`,
    closest: "This is the closest we have:",
    /** What a reader asked for, by the kind of thing the search says the question asks. */
    nouns: Object.freeze({ amount: "figure", date: "date", person: "name", place: "place", cause: "reason" }),
  }),
  /** Opens the section under a headline answer that explains the story. */
  explainedBy: "What our articles say:",
  /** Replies to small talk: short, friendly, and each pointing to /help. */
  smallTalk: Object.freeze<Record<SmallTalkKind, string>>({
    greeting: "Hello! 👋 Ask me about the news in your own words, like <i>Why did Azerbaijan detain 19 people?</i> /help lists what I can do.",
    thanks: "You're welcome! 🙂 Ask me anything else about the news whenever you like. /help lists what I can do.",
    goodbye: "Goodbye! 👋 Come back with a question any time. /help lists what I can do.",
    identity: "I'm a news bot: I answer questions from our articles with the passage that answers them. /help lists what I can do.",
    abilities:
      "Ask me a question in your own words and I reply with the passage of our articles that answers it. " +
      "/latest shows the newest headlines, /sections the articles. /help lists everything.",
    filler: "🙂 Ask me about the news whenever you like, like <i>Why does Iran oppose the Zangezur corridor?</i> /help lists what I can do.",
    blank: "Your message was empty 🙂 Send me a question in words, like <i>Why did Azerbaijan detain 19 people?</i> /help lists what I can do.",
  }),
  askUsage: "Ask like this: <code>/ask Why did Azerbaijan detain 19 people?</code>",
  tooLong: (limit: number) =>
    `That is too long for a question (I read up to ${limit} characters). Please ask in a sentence or two.`,
  onlyText: "I read text only. Send me your question as a message, or try /latest and /sections.",
  unknownCommand: "I don't know that command. /help lists what I can do.",
  slowDown: (seconds: number) =>
    `You're asking faster than I can answer 🙂 Please wait ${seconds} seconds, then ask again.`,
  staleList: "This list has changed since. Ask again, or send /latest or /sections for a fresh one.",
  failure: "Sorry, something went wrong on my side. Please try again in a moment.",

  /** The list an article with no rubric is shown under in /latest. */
  articlesList: "Articles",
  latestTitle: (page: number, pages: number) => `<b>Latest headlines</b> · page ${page + 1} of ${pages}`,
  noHeadlines: "There are no headlines yet. Try again later.",
  articlesTitle: (page: number, pages: number) =>
    `<b>Articles</b> · page ${page + 1} of ${pages}\nChoose an article to see its sections.`,
  noArticles: "There are no articles yet. Try again later.",
  chooseSection: "Choose a section to read it.",
});

/** “a”, “b”, “c”: a reader's words, quoted and escaped. */
function quoteList(words: readonly string[]): string {
  return words.map((word) => `“${escapeHtml(clip(word, BOT_DEFAULTS.echoMaxLength))}”`).join(", ");
}

/**
 * The subscription features' texts (subscribe, follows, quiet hours, time zone, settings, Explain, /stats).
 * Functions take raw values (a reader's words, a zone) and escape them; the rest is our own HTML.
 */
export const SUBSCRIPTION_TEXTS = Object.freeze({
  commands: Object.freeze<CommandHelp[]>([
    { command: "subscribe", description: "get new headlines: each as it comes, or a daily digest", example: "/subscribe daily 08:00" },
    { command: "follow", description: "follow a story: its new headlines come whatever your subscription", example: "/follow Zangezur corridor" },
    { command: "following", description: "the stories you follow, to drop one", example: "/following" },
    { command: "timezone", description: "your time zone (a city, an offset, or share your location)", example: "/timezone Berlin" },
    { command: "quiet", description: "hours without pushes (they wait until the end)", example: "/quiet 23:00-07:00" },
    { command: "settings", description: "your subscription, hour, zone, quiet hours and follows", example: "/settings" },
    { command: "unsubscribe", description: "stop the headlines (your follows stay unless you say)", example: "/unsubscribe" },
  ]),

  buttons: Object.freeze({
    subscribe: "🔔 Subscribe",
    instant: "Every new headline",
    daily: "Daily digest",
    off: "Off",
    chosen: (caption: string) => `✓ ${caption}`,
    digestHour: "🕗 Digest hour",
    timezone: "🌍 Time zone",
    quiet: "🌙 Quiet hours",
    follows: "📌 Follows",
    noQuiet: "No quiet hours",
    dropFollow: (words: string) => `✖ ${words}`,
    backToSettings: "‹ Settings",
    explain: "Explain",
    undoUnsubscribe: "↩ Undo",
    dropFollowsToo: "Stop my follows too",
    dropFollowsYes: "Yes, stop them",
    keepFollows: "‹ Keep them",
    /** Under a message that lists several pushed items: the button of item `number`. */
    explainNumbered: (number: number) => `Explain ${number}`,
  }),

  subscribePrompt: (digestAt: string, zone: string) =>
    [
      "<b>How would you like to get new headlines?</b>",
      "• <b>Every new headline</b>: each one as it is published.",
      `• <b>Daily digest</b>: one message a day at ${escapeHtml(digestAt)} (${escapeHtml(zoneLabel(zone))}), with the headlines since the last one.`,
      "• <b>Off</b>: none, except the stories you /follow.",
      "<i>For another hour: /subscribe daily 07:30</i>",
    ].join("\n"),
  subscribeUsage:
    "Send /subscribe and choose, or say it at once: <code>/subscribe daily 08:00</code>, <code>/subscribe instant</code> or <code>/subscribe off</code>.",
  modeSet: (mode: DeliveryMode, digestAt: string, zone: string) =>
    mode === "instant"
      ? "✅ You'll get every new headline as it is published."
      : mode === "daily"
        ? `✅ You'll get a daily digest at ${escapeHtml(digestAt)} (${escapeHtml(zoneLabel(zone))}).`
        : "✅ Subscription off: no headlines, except the stories you follow.",
  unsubscribed: (follows: readonly string[], wasOff: boolean) =>
    (wasOff ? "Headlines were off already." : "You're unsubscribed: no more headlines. /subscribe brings them back any time.") +
    (follows.length > 0
      ? `\nThe stories you follow stay, and their headlines still come: ${quoteList(follows)}.`
      : ""),
  confirmDropFollows: (follows: readonly string[]) =>
    `Stop following ${quoteList(follows)} too? Their headlines will stop coming; you can /follow them again any time.`,
  followsDroppedToo: (follows: readonly string[]) =>
    `You're unsubscribed, and you no longer follow ${quoteList(follows)}. /subscribe and /follow bring them back any time.`,
  undone: (modeSet: string) => `↩ Undone. ${modeSet}`,
  welcomeBack: "👋 Welcome back! Your subscription and follows are on again. /settings shows them.",
  adminsOnly: "Only the group's admins can change its subscription.",
  channelAdminsOnly: "Only the channel's admins can change its subscription.",

  timeUsage:
    "Write the time like <code>08:00</code>, <code>19:30</code>, <code>19</code> or <code>7pm</code>: <code>/subscribe daily 7pm</code>.",
  hourPrompt: (zone: string) =>
    `Choose the hour of your daily digest (${escapeHtml(zoneLabel(zone))}), or send <code>/subscribe daily 07:30</code> for another time.`,

  timezonePrompt: (zone: string) =>
    `Your time zone is <b>${escapeHtml(zoneLabel(zone))}</b>. Choose another below, send a city or an offset from UTC ` +
    "(<code>/timezone Berlin</code>, <code>/timezone UTC+4</code>), or share your location.",
  timezoneSet: (zone: string, localTime: string) =>
    `✅ Time zone set to <b>${escapeHtml(zoneLabel(zone))}</b> (it's ${escapeHtml(localTime)} there now).`,
  timezoneUnknown: (text: string) =>
    `I don't know the time zone “${escapeHtml(clip(text, 60))}”. Send a city (<code>/timezone Berlin</code>, <code>/timezone new york</code>), ` +
    "an offset from UTC (<code>/timezone UTC+4</code>), or share your location; or send /timezone and choose.",
  timezoneNoLocation: "I can't tell the time zone of that location. Send a city instead, like <code>/timezone Berlin</code>.",

  quietPrompt: (window: string | null, zone: string) =>
    (window
      ? `Quiet hours: <b>${escapeHtml(window)}</b> (${escapeHtml(zoneLabel(zone))}). Headlines that come then wait until they end.`
      : "No quiet hours: headlines come whenever they are published.") +
    "\nChoose below, or send <code>/quiet 23:00-07:00</code> or <code>/quiet off</code>.",
  quietSet: (window: string, zone: string) =>
    `✅ Quiet hours ${escapeHtml(window)} (${escapeHtml(zoneLabel(zone))}): headlines that come then wait until they end.`,
  quietOff: "✅ No quiet hours: headlines come whenever they are published.",
  quietSame: (time: string) =>
    `The start and end are the same (${escapeHtml(time)}): quiet hours need two different times, like <code>/quiet 23:00-07:00</code>.`,
  quietOneTime: (time: string) =>
    `That is one time; quiet hours need a start and an end, like <code>/quiet ${escapeHtml(time)}-07:00</code>.`,
  quietBadTime: (text: string) =>
    `I can't read “${escapeHtml(clip(text, 40))}” as a time of day: write it like <code>23:00</code>, <code>7</code> or <code>11pm</code> ` +
    "(hours 0 to 23, minutes 0 to 59), as in <code>/quiet 23:00-07:00</code>.",

  followUsage:
    "Tell me what to follow, like <code>/follow Zangezur corridor</code>: new headlines and sections about it come as they arrive.",
  followAdded: (words: string) =>
    `📌 Following “${escapeHtml(words)}”. New headlines and sections about it will come as they arrive, whatever your subscription. /following lists your follows.`,
  followStopwords: (words: readonly string[]) =>
    `${quoteList(words)} ${words.length > 1 ? "are words" : "is a word"} too common to follow: nearly every headline has ` +
    `${words.length > 1 ? "them" : "it"}. Add a word that names the story, like <code>/follow Zangezur corridor</code>.`,
  followCommon: (words: readonly string[]) =>
    `${quoteList(words)} ${words.length > 1 ? "are" : "is"} in most of the articles I have, so following ` +
    `${words.length > 1 ? "them" : "it"} would send you nearly everything. Add a word that names the story, or /subscribe to get every headline.`,
  followTooLong: (max: number) => `That is too long to follow: a few words (up to ${max} characters) work best.`,
  followLimit: (max: number) => `You follow ${max} stories already, the most I keep. Drop one in /following first.`,
  followingTitle: "<b>Stories you follow</b>\nPress one to stop following it.",
  followingNone: "You follow no story yet. Try <code>/follow Zangezur corridor</code>.",
  followDropped: (words: string) => `Stopped following “${clip(words, 60)}”.`,

  settingsTitle: (chatType: ChatType) =>
    chatType === "channel"
      ? "<b>This channel's settings</b>"
      : chatType === "private"
        ? "<b>Your settings</b>"
        : "<b>This group's settings</b>",
  settingsMode: (mode: DeliveryMode, digestAt: string) =>
    "Headlines: " +
    (mode === "instant" ? "every new headline" : mode === "daily" ? `a daily digest at ${escapeHtml(digestAt)}` : "off"),
  settingsZone: (zone: string) => `Time zone: ${escapeHtml(zoneLabel(zone))}`,
  settingsQuiet: (window: string | null) => `Quiet hours: ${window ? escapeHtml(window) : "none"}`,
  settingsFollows: (follows: readonly string[]) => `Follows: ${follows.length > 0 ? quoteList(follows) : "none"}`,

  statsInPrivate: (botUsername: string) =>
    `📊 I send /stats in private only, and I can't write to you yet: open a chat with @${escapeHtml(botUsername)}, press Start, and ask there.`,

  explainNone: (title: string) =>
    `I have no article that explains “${escapeHtml(clip(title, 120))}” yet. Ask me in your own words, or try /latest.`,
  explainGone: "I no longer have that headline.",
  /** Alerts are plain text, and short. */
  explainAlert: (heading: string, excerpt: string) => clipUtf16(`${heading}: ${excerpt}`, BOT_DEFAULTS.alertMaxLength),
  explainNoneAlert: (title: string) =>
    clipUtf16(`I have no article that explains “${title}” yet.`, BOT_DEFAULTS.alertMaxLength),
});
