/** What the parser knows of the site's page format, in one place. */
export const PAGE_FORMAT = Object.freeze({
  /** Lines of site chrome that are never content. Compared case-insensitively, whole line. */
  chromeLines: Object.freeze([
    "subscribe to our telegram channel",
    "all news",
    "share",
    "print",
    "advertisement",
    "follow us",
    "read more",
    "back to top",
    "font size",
    "main page",
    "about us",
    "copy link",
    "log in",
    "sign in",
    "search results",
    "type to search",
    "privacy policy",
    "terms of use",
    "terms and conditions",
    "cookie policy",
    "contact us",
    "editorial policy",
    "sitemap",
  ]),
  /**
   * Words of the site's chrome: a line made only of them (one or several, "Facebook Twitter Telegram")
   * is a share bar, a menu or a language switch, never content.
   */
  chromeWords: Object.freeze([
    "facebook",
    "twitter",
    "x",
    "telegram",
    "whatsapp",
    "instagram",
    "youtube",
    "linkedin",
    "tiktok",
    "threads",
    "reddit",
    "pinterest",
    "vk",
    "vkontakte",
    "odnoklassniki",
    "messenger",
    "viber",
    "email",
    "e-mail",
    "rss",
    "search",
    "menu",
    "home",
    "close",
    "login",
    "subscribe",
    "contacts",
    "advertising",
    "az",
    "ru",
    "en",
    "tr",
    "eng",
    "рус",
  ]),
  /** The site's rubrics as its menu lists them: a line of several of them is the menu ("Politics Economy World"). */
  menuWords: Object.freeze([
    "politics",
    "economy",
    "region",
    "world",
    "society",
    "sport",
    "sports",
    "culture",
    "opinion",
    "analytics",
    "interview",
    "interviews",
    "news",
    "video",
    "photo",
    "multimedia",
    "special",
    "projects",
    "military",
    "in-focus",
  ]),
  /**
   * Where a title and its subtitle share one line, the site's standfirst forms mark the start of the
   * subtitle: "… Analysis by Reuters", "… Op-ed by EU Observer", "… Caliber.Az talks to a pundit".
   */
  standfirstStarts: Object.freeze([
    /\s(?=(?:Analysis|Op-ed|Opinion|Commentary|Column|Editorial|Review|Report|Interview) (?:by|with|from)\s)/,
    /\s(?=[\p{Lu}][\p{L}.]* talks to\s)/u,
  ]),
  /** Words that may stand lowercase in a person's name ("Ursula von der Leyen", "Leyla and Farid Aliyev"). */
  nameParticles: Object.freeze(["and", "de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "di", "du", "la", "le", "ul", "y", "&"]),
  maxAuthorWords: 8,
  /** Chrome recognized by its form: font-size controls (A+, A-, A), a copyright notice. */
  chromePatterns: Object.freeze([/^(?:A\s*[+\-−–]?\s*)+$/, /^(?:©|\(c\)\s|copyright\b)/i, /^.{0,80}\ball rights reserved\b.{0,40}$/i]),
  /** Headings that start a list of headlines; the list is named by the heading as written. */
  listHeadings: Object.freeze(["read also", "latest news", "most read", "related news", "more news"]),
  /** Tags the site appends to a headline's title (the site spells Opinion "Opionion"). */
  headlineTags: Object.freeze(["UPDATED", "Opionion", "Opinion", "VIDEO", "PHOTO", "EXCLUSIVE", "INTERVIEW", "LIVE"]),
  /** A section heading is a short line without closing punctuation, followed by a paragraph. */
  maxHeadingWords: 14,
  maxHeadingLength: 120,
  /** Past this share of unreadable characters a file is taken for binary. */
  maxBinaryShare: 0.01,
  maxFileBytes: 5 * 1024 * 1024,
  /** Below this much prose an HTML page holds no article: an error page, a login wall, a list of teasers. */
  minArticleChars: 250,
});

export const MONTHS = Object.freeze([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
