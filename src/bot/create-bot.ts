import { Telegraf, type Context } from "telegraf";
import { createSmallTalk } from "../answers/small-talk.js";
import { SMALL_TALK_WORDS } from "../answers/small-talk-words.js";
import { createAnswerLists } from "./answer-lists.js";
import { BOT_DEFAULTS } from "./defaults.js";
import type { BotDeps } from "./deps.js";
import { answersFeature } from "./features/answers.js";
import { askFeature } from "./features/ask.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { latestFeature } from "./features/latest.js";
import { sectionsFeature } from "./features/sections.js";
import { startFeature } from "./features/start.js";
import { unsupportedFeature } from "./features/unsupported.js";
import { answerCallbackOnce } from "./middlewares/answer-callback-once.js";
import { errorBoundary } from "./middlewares/error-boundary.js";
import { createFloodControl } from "./middlewares/flood-control.js";
import { dropImpossibleUpdates } from "./middlewares/impossible-updates.js";
import { updateLogger } from "./middlewares/update-logger.js";
import { readerLanguage } from "./i18n/reader-language.js";
import { replyGuard } from "./telegram/reply-guard.js";

/**
 * The bot: the update logger, the guards (impossible shapes dropped, replies honouring 429, a button press answered
 * once), then the extra features (subscriptions...), the built-in ones, and the catch-all last. Nothing is sent until it is launched (see launch-bot.ts) or handed an update.
 */
export function createBot(token: string, deps: BotDeps): Telegraf<Context> {
  // Every call goes over HTTP, so that its result (or error) is known; webhook replies would hide them.
  const bot = new Telegraf<Context>(token, { telegram: { apiRoot: deps.apiRoot, webhookReply: false } });
  const features = deps.features ?? [];
  const lists = createAnswerLists(BOT_DEFAULTS.answerListsCapacity);
  const flood = createFloodControl({
    limit: BOT_DEFAULTS.floodLimit,
    windowMs: BOT_DEFAULTS.floodWindowMs,
    now: deps.now ?? Date.now,
  });

  bot.use(updateLogger(deps.logger));
  bot.use(dropImpossibleUpdates(deps.logger));
  bot.use(readerLanguage(deps));
  bot.use(replyGuard({ holds: deps.holds, logger: deps.logger, maxWaitMs: BOT_DEFAULTS.replyMaxWaitMs }));
  bot.use(answerCallbackOnce({ logger: deps.logger, secrets: [token] }));
  for (const feature of features) bot.use(feature.middleware);
  bot.use(startFeature(features));
  bot.use(languageFeature(deps));
  bot.use(latestFeature(deps));
  bot.use(sectionsFeature(deps));
  bot.use(answersFeature(deps, lists));
  const smallTalk = createSmallTalk(SMALL_TALK_WORDS);
  bot.use(inlineFeature(deps, smallTalk));
  bot.use(askFeature(deps, lists, flood, smallTalk));
  bot.use(unsupportedFeature());
  bot.catch(errorBoundary({ logger: deps.logger, token, fallbackTexts: deps.texts.en.bot }));
  return bot;
}
