import { createFetchSendPort } from "../../../src/delivery/fetch-send-port.js";
import { DELIVERY_TEXTS } from "../../support/texts.js";
import type { SendPort } from "../../../src/delivery/types.js";
import type { OutboxButton } from "../../../src/store/types.js";

/** A stand-in for the bot layer's encoding of a button into callback_data. */
export const renderButton = (button: OutboxButton) => ({
  text: DELIVERY_TEXTS.explainButton,
  callback_data: `${button.kind}:${button.itemId}`,
});

/** Sends to the emulator over plain fetch, as the bot's SendPort does over Telegraf. */
export function emulatorSendPort(emu: { apiRoot: string; token: string }): SendPort {
  return createFetchSendPort({ apiRoot: emu.apiRoot, token: emu.token, renderButton });
}
