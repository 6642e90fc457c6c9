import type { InlineKeyboardButton } from "telegraf/types";
import type { VoteReason } from "../../store/question-types.js";
import type { BotTexts } from "../texts.js";
import { defineCallbackData } from "./callback-data.js";

/** A 👍 (u) or 👎 (d) on question `q`'s answer; the question's id in base 36 keeps the data short. */
export const voteData = defineCallbackData("F1", { q: "key", vote: "key" });
/** The reason of a 👎: w(rong article), m(issing answer), o(utdated). */
export const reasonData = defineCallbackData("R1", { q: "key", why: "key" });

export const VOTES = { u: 1, d: -1 } as const;
export const REASONS: Readonly<Record<string, VoteReason>> = { w: "wrong_article", m: "missing", o: "outdated" };

export const questionKey = (id: number) => id.toString(36);
export function questionIdOf(key: string): number | null {
  const id = parseInt(key, 36);
  return /^[0-9a-z]+$/.test(key) && Number.isSafeInteger(id) ? id : null;
}

/** What the reader chose so far, shown on the buttons. */
export type FeedbackState = { vote: 1 | -1 | null; reason: VoteReason | null };

/** 👍 / 👎 under an answer, the reader's choice marked; after a 👎, one more row of reasons to pick from. */
export function feedbackRows(
  questionId: number,
  texts: BotTexts,
  state: FeedbackState = { vote: null, reason: null },
): InlineKeyboardButton[][] {
  const q = questionKey(questionId);
  const t = texts.feedback;
  const mark = (chosen: boolean, text: string) => (chosen ? `✓ ${text}` : text);
  const rows: InlineKeyboardButton[][] = [
    [
      { text: mark(state.vote === 1, t.up), callback_data: voteData.encode({ q, vote: "u" }) },
      { text: mark(state.vote === -1, t.down), callback_data: voteData.encode({ q, vote: "d" }) },
    ],
  ];
  if (state.vote === -1) {
    rows.push(
      Object.entries(REASONS).map(([code, reason]) => ({
        text: mark(state.reason === reason, t.reasons[reason]),
        callback_data: reasonData.encode({ q, why: code }),
      })),
    );
  }
  return rows;
}

/** Whether a row of a message's keyboard is one of the feedback rows (replaced when the reader votes). */
export function isFeedbackRow(row: readonly InlineKeyboardButton[]): boolean {
  return row.some((button) => "callback_data" in button && (voteData.pattern.test(button.callback_data) || reasonData.pattern.test(button.callback_data)));
}
