import { API_ERRORS, badRequest } from "../api-error.js";
import type { TgChat, TgUser } from "../telegram-types.js";
import { requireChat, requireReachableChat, type MethodHandler } from "./context.js";

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

function member(user: TgUser, chat: TgChat, admins: readonly TgUser[]): Record<string, unknown> {
  const index = admins.findIndex((admin) => admin.id === user.id);
  if (chat.type === "private" || index < 0) return { status: "member", user };
  if (index === 0) return { status: "creator", user, is_anonymous: false };
  return { status: "administrator", user, can_be_edited: false, is_anonymous: false, can_manage_chat: true };
}

const sendChatAction: MethodHandler = (params, ctx) => {
  requireReachableChat(ctx, params.chat_id);
  if (!CHAT_ACTIONS.has(String(params.action))) throw badRequest("Bad Request: wrong parameter action in request");
  return true;
};

const getChat: MethodHandler = (params, ctx) => {
  const chat = requireChat(ctx, params.chat_id);
  return { ...chat, accent_color_id: 0, max_reaction_count: 11 };
};

const getChatMember: MethodHandler = (params, ctx) => {
  const chat = requireChat(ctx, params.chat_id);
  const userId = Number(params.user_id);
  const user = userId === ctx.bot.id ? ctx.bot : ctx.store.user(userId);
  if (!user) throw badRequest(API_ERRORS.userNotFound);
  return member(user, chat, ctx.store.admins(chat.id));
};

const getChatAdministrators: MethodHandler = (params, ctx) => {
  const chat = requireChat(ctx, params.chat_id);
  if (chat.type === "private") throw badRequest(API_ERRORS.noAdminsInPrivate);
  const admins = ctx.store.admins(chat.id);
  return admins.map((admin) => member(admin, chat, admins));
};

export const CHAT_METHODS: Readonly<Record<string, MethodHandler>> = Object.freeze({
  sendChatAction,
  getChat,
  getChatMember,
  getChatAdministrators,
});
