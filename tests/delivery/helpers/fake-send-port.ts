import type { OutgoingMessage, SendPort, SendResult } from "../../../src/delivery/types.js";

export interface SentCall {
  at: number;
  message: OutgoingMessage;
  result: SendResult;
}

/** A SendPort that records every call at the fake clock's time and answers as `answer` says (ok by default). */
export function createFakeSendPort(
  now: () => number,
  answer: (message: OutgoingMessage, call: number) => SendResult = () => ({ kind: "ok" }),
) {
  const calls: SentCall[] = [];
  const send: SendPort = async (message) => {
    const result = answer(message, calls.length);
    calls.push({ at: now(), message, result });
    return result;
  };
  return {
    send,
    calls,
    delivered: () => calls.filter((call) => call.result.kind === "ok"),
    to: (chatId: number) => calls.filter((call) => call.message.chatId === chatId),
  };
}
