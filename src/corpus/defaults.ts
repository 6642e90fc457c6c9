/**
 * The version of what the page parsers make of a file. A save (src/saved-index/) holds each file's parsed
 * articles and headlines and is rebuilt when this differs: bump it with every change that makes a page give
 * other articles, sections or headlines.
 */
export const PARSER_VERSION = 7;

/** What the parser knows of the site's page format, in one place. */
export const PAGE_FORMAT = Object.freeze({
  /** Lines of site chrome that are never content. Compared case-insensitively, whole line. */
  chromeLines: Object.freeze([
    "subscribe to our telegram channel",
    "all news",
    "подписывайтесь на наш telegram-канал",
    "все новости",
    "поиск",
    "меню",
    "telegram kanalımıza abunə olun",
    "bütün xəbərlər",
    "axtar",
    "axtarış",
    "menyu",
    "share",
    "print",
    "advertisement",
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
    "focus",
    "business",
    "technology",
    "tech",
    "science",
    "health",
    "lifestyle",
    "travel",
    "energy",
    "events",
    "exclusive",
    "columns",
    // The Russian and Azerbaijani editions' rubrics.
    "политика", "экономика", "регион", "мир", "общество", "мнение", "аналитика", "интервью", "спорт", "культура", "новости",
    "siyasət", "iqtisadiyyat", "region", "dünya", "cəmiyyət", "rəy", "analitika", "müsahibə", "idman", "mədəniyyət", "xəbərlər",
  ]),
  /** A line this much made of menu words, three words or more, is a menu with a word we do not know ("In Focus"). */
  minMenuShare: 0.6,
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
  chromePatterns: Object.freeze([
    /^(?:follow|subscribe to|join) (?:us|our)\b.{0,40}$/i,
    /^(?:A\s*[+\-−–]?\s*)+$/,
    /^(?:©|\(c\)\s|copyright\b)/i,
    /^.{0,80}\ball rights reserved\b.{0,40}$/i,
  ]),
  /** Headings that start a list of headlines; the list is named by the heading as written. */
  listHeadings: Object.freeze([
    "read also", "latest news", "most read", "related news", "more news",
    // The Russian and Azerbaijani editions' lists.
    "читайте также", "последние новости", "самое читаемое", "oxu", "həmçinin oxuyun", "son xəbərlər", "ən çox oxunanlar",
  ]),
  /** Tags the site appends to a headline's title (the site spells Opinion "Opionion"). */
  headlineTags: Object.freeze(["UPDATED", "Opionion", "Opinion", "VIDEO", "PHOTO", "EXCLUSIVE", "INTERVIEW", "LIVE"]),
  /** A section heading is a short line without closing punctuation, followed by a paragraph. */
  maxHeadingWords: 14,
  maxHeadingLength: 120,
  /** An element a template names as its standfirst may run longer than a heading, up to a sentence or two. */
  maxStandfirstLength: 240,
  /** Past this share of unreadable characters a file is taken for binary. */
  maxBinaryShare: 0.01,
  maxFileBytes: 5 * 1024 * 1024,
  /** Below this much prose an HTML page holds no article: an error page, a login wall, a list of teasers. */
  minArticleChars: 250,
});

/**
 * The month names of the Russian (in the genitive a date takes: "27 января 2023") and Azerbaijani
 * editions' dates, in the order of the year.
 */
export const OTHER_MONTHS = Object.freeze([
  ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
]);

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
