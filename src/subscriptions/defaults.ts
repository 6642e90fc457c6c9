/** The subscription rules' limits, in one place. */
export const SUBSCRIPTION_RULES = Object.freeze({
  /** Stories one chat may follow; each costs a match per new item. */
  maxFollows: 20,
  /** A follow is a few words, not a paragraph. */
  maxFollowLength: 100,
});

export type SubscriptionRules = { [K in keyof typeof SUBSCRIPTION_RULES]: number };
