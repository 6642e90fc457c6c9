/** Every text delivery puts in front of a reader or an admin (plain text: the composers escape it). */
export const DELIVERY_TEXTS = Object.freeze({
  /** The label of the button under every pushed headline. */
  explainButton: "Explain",
  /** The button of the n-th item in a message that lists several. */
  explainNumbered: (number: number) => `Explain ${number}`,
  burstTitle: (count: number) => (count === 1 ? "1 new headline" : `${count} new headlines`),
  /** What was left out of a burst over PUSH_BURST_MAX. */
  moreNew: (count: number) =>
    count === 1 ? "1 more new headline: see /latest" : `${count} more new headlines: see /latest`,
  readLink: "Read on the site",
  section: (heading: string) => `New section: ${heading}`,
  followNote: (query: string) => `You follow “${query}”`,
  digestTitle: (date: string) => `Your digest for ${date}`,
  digestCount: (count: number) => (count === 1 ? "1 new headline" : `${count} new headlines`),
  digestPart: (part: number, total: number) => `part ${part} of ${total}`,
  otherList: "More news",
  statsTitle: "Delivery",
  statsSubscribers: (instant: number, daily: number, off: number, inactive: number) =>
    `Subscribers: ${instant} instant, ${daily} daily, ${off} off, ${inactive} inactive`,
  statsFollows: (count: number) => `Follows: ${count}`,
  statsOutbox: (pending: number, sending: number) => `Outbox: ${pending} waiting, ${sending} being sent`,
  statsLastDay: (sent: number, failed: number) => `Last 24 h: ${sent} sent, ${failed} failed`,
  statsReachTitle: "Latest pushes (time until the last reader had it)",
  statsReachDone: (title: string, readers: number, after: string) => `${title}: ${readers} readers, the last after ${after}`,
  statsReachGoing: (title: string, readers: number, waiting: number) =>
    `${title}: ${readers} readers so far, ${waiting} waiting`,
  statsSourcesTitle: "Sources",
  statsNoSources: "No source polled yet",
  statsSource: (name: string, lastPoll: string, failures: number) =>
    failures > 0 ? `${name}: last poll ${lastPoll}, ${failures} failures in a row` : `${name}: last poll ${lastPoll}`,
  statsNever: "never",
  statsLastError: (error: string) => `last error: ${error}`,
});
