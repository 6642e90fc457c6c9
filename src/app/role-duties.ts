import type { RunningBot } from "../bot/launch-bot.js";
import { fileParser } from "../corpus/load-corpus.js";
import type { Duties } from "./instance-roles.js";
import type { Opened } from "./open-parts.js";

/**
 * The leader's duties: what its predecessor left (Telegram's windows, the chats' languages) read again, the
 * folder loaded and watched, updates taken by long polling (a webhook takes them on every instance), then the
 * sender, digests, feeds and retention. Stopped in the other order, updates first and the sender last, once its
 * sends in flight are answered.
 */
export function leaderDuties(deps: { parts: Opened; reload(): Promise<void>; pollUpdates: (() => Promise<RunningBot>) | null }): Duties {
  const { parts } = deps;
  let polling: RunningBot | null = null;
  return {
    async start() {
      await deps.reload();
      await parts.sources.loadCorpus();
      // A start from the saved index parses nothing: the parsers are loaded now, not when the first page lands.
      void fileParser().catch(() => undefined);
      if (deps.pollUpdates) polling = await deps.pollUpdates();
      parts.delivery.start();
      parts.sources.start();
      parts.retention.start();
    },
    async stop() {
      await polling?.stop();
      polling = null;
      parts.retention.stop();
      await parts.sources.stop();
      await parts.delivery.stop();
    },
  };
}

/** A standby's duty: answering from the shared corpus, kept as the leader changes it. */
export function standbyDuties(parts: Opened): Duties {
  return {
    start: () => parts.sources.followShared(),
    stop: () => parts.sources.stop(),
  };
}
