import { API_ERRORS, ApiError, badRequest } from "../api-error.js";
import type { MethodHandler } from "./context.js";

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

const getUpdates: MethodHandler = (params, ctx, scope) => {
  if (ctx.webhook.url() !== null) throw new ApiError(409, API_ERRORS.webhookActive);
  return ctx.queue.poll(params, scope.onClientGone);
};

/** Any http(s) URL is accepted: Telegram insists on HTTPS, but the bot under test listens on plain 127.0.0.1. */
const setWebhook: MethodHandler = (params, ctx) => {
  const url = String(params.url ?? "");
  if (url === "") return deleteWebhook(params, ctx, { onClientGone: () => {} });
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw badRequest(API_ERRORS.webhookUrlInvalid);
  }
  if (protocol !== "http:" && protocol !== "https:") throw badRequest(API_ERRORS.webhookUrlInvalid);
  const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
  if (secret !== undefined && !SECRET_TOKEN.test(secret)) throw badRequest(API_ERRORS.secretTokenInvalid);
  if (params.drop_pending_updates === true) ctx.queue.clear();
  ctx.queue.allow(params.allowed_updates);
  ctx.queue.releasePoll();
  ctx.webhook.set(url, secret);
  return true;
};

const deleteWebhook: MethodHandler = (params, ctx) => {
  if (params.drop_pending_updates === true) ctx.queue.clear();
  ctx.webhook.clear();
  return true;
};

const getWebhookInfo: MethodHandler = (_params, ctx) => ctx.webhook.info();

export const UPDATE_METHODS: Readonly<Record<string, MethodHandler>> = Object.freeze({
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
});
