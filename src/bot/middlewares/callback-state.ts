import type { Context } from "telegraf";

const ANSWERED = "callbackAnswered";

/** Whether the update's button press has been acknowledged already (or an acknowledgement was tried and failed). */
export const callbackAnswered = (ctx: Context): boolean => ctx.state[ANSWERED] === true;

export const markCallbackAnswered = (ctx: Context): void => {
  ctx.state[ANSWERED] = true;
};
