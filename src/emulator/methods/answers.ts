import { API_ERRORS, badRequest } from "../api-error.js";
import { validateReplyMarkup } from "../markup.js";
import { resolveOutgoingText } from "../message-text.js";
import type { InlineResult } from "../queries.js";
import type { MethodHandler } from "./context.js";

/** Telegram's limits on inline answers and callback notifications. */
const INLINE_RESULTS_LIMIT = 50;
const RESULT_ID_BYTES = 64;
const NEXT_OFFSET_BYTES = 64;
const CALLBACK_TEXT_LIMIT = 200;

const answerCallbackQuery: MethodHandler = (params, ctx) => {
  const text = params.text === undefined ? undefined : String(params.text);
  if (text !== undefined && text.length > CALLBACK_TEXT_LIMIT) throw badRequest(API_ERRORS.callbackTextTooLong);
  const query = ctx.queries.answerCallback(String(params.callback_query_id ?? ""));
  if (!query) throw badRequest(API_ERRORS.queryInvalid);
  ctx.emit({
    type: "callbackAnswer",
    userId: query.userId,
    showAlert: params.show_alert === true,
    ...(text ? { text } : {}),
    ...(params.url ? { url: String(params.url) } : {}),
  });
  return true;
};

function validateResult(value: unknown, seen: Set<string>): InlineResult {
  if (typeof value !== "object" || value === null) throw badRequest(API_ERRORS.jsonInvalid("results"));
  const result = value as InlineResult;
  const idBytes = typeof result.id === "string" ? Buffer.byteLength(result.id, "utf8") : 0;
  if (idBytes === 0 || idBytes > RESULT_ID_BYTES) throw badRequest(API_ERRORS.resultIdInvalid);
  if (seen.has(result.id)) throw badRequest(API_ERRORS.resultIdDuplicate);
  seen.add(result.id);
  if (typeof result.type !== "string") throw badRequest(API_ERRORS.resultInvalid("type is missing"));
  if (result.type === "article") {
    if (typeof result.title !== "string" || result.title.trim() === "") {
      throw badRequest(API_ERRORS.resultInvalid("article title is empty"));
    }
    if (!result.input_message_content) {
      throw badRequest(API_ERRORS.resultInvalid("article has no input_message_content"));
    }
  }
  const content = result.input_message_content;
  if (content && "message_text" in content) resolveOutgoingText({ ...content, text: content.message_text });
  validateReplyMarkup(result.reply_markup);
  return result;
}

const answerInlineQuery: MethodHandler = (params, ctx) => {
  const id = String(params.inline_query_id ?? "");
  if (!ctx.queries.inline(id)) throw badRequest(API_ERRORS.queryInvalid);
  if (!Array.isArray(params.results)) throw badRequest(API_ERRORS.jsonInvalid("results"));
  if (params.results.length > INLINE_RESULTS_LIMIT) throw badRequest(API_ERRORS.resultsTooMuch);
  const seen = new Set<string>();
  const results = (params.results as unknown[]).map((result) => validateResult(result, seen));
  if (Buffer.byteLength(String(params.next_offset ?? ""), "utf8") > NEXT_OFFSET_BYTES) {
    throw badRequest(API_ERRORS.nextOffsetInvalid);
  }
  if (!ctx.queries.answerInline(id, results)) throw badRequest(API_ERRORS.queryInvalid);
  return true;
};

export const ANSWER_METHODS: Readonly<Record<string, MethodHandler>> = Object.freeze({
  answerCallbackQuery,
  answerInlineQuery,
});
