import type { Follow } from "../../core/subscribers.js";

export interface FollowColumns {
  id: number;
  chat_id: number;
  query: string;
  created_at: number;
}

export const followFrom = (columns: FollowColumns): Follow => ({
  id: columns.id,
  chatId: columns.chat_id,
  query: columns.query,
  createdAt: columns.created_at,
});
