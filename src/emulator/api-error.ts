import type { ApiResponse, ResponseParameters } from "./telegram-types.js";

/** Every error description the emulator answers with, worded as Telegram words them. Tests import these. */
export const API_ERRORS = Object.freeze({
  unauthorized: "Unauthorized",
  notFound: "Not Found",
  chatNotFound: "Bad Request: chat not found",
  userNotFound: "Bad Request: user not found",
  textEmpty: "Bad Request: message text is empty",
  textTooLong: "Bad Request: message is too long",
  cantParseEntities: (reason: string) => `Bad Request: can't parse entities: ${reason}`,
  unsupportedParseMode: "Bad Request: unsupported parse_mode",
  buttonDataInvalid: "Bad Request: BUTTON_DATA_INVALID",
  buttonUrlInvalid: "Bad Request: BUTTON_URL_INVALID",
  buttonTypeInvalid: "Bad Request: BUTTON_TYPE_INVALID",
  markupInvalid: "Bad Request: can't parse reply keyboard markup JSON object",
  jsonInvalid: (field: string) => `Bad Request: can't parse ${field} JSON object`,
  resultsTooMuch: "Bad Request: RESULTS_TOO_MUCH",
  resultIdDuplicate: "Bad Request: RESULT_ID_DUPLICATE",
  resultIdInvalid: "Bad Request: RESULT_ID_INVALID",
  resultInvalid: (reason: string) => `Bad Request: RESULT_INVALID: ${reason}`,
  nextOffsetInvalid: "Bad Request: NEXT_OFFSET_INVALID",
  queryInvalid: "Bad Request: query is too old and response timeout expired or query ID is invalid",
  callbackTextTooLong: "Bad Request: MESSAGE_TOO_LONG",
  notModified:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same " +
    "as a current content and reply markup of the message",
  editNotFound: "Bad Request: message to edit not found",
  cantEdit: "Bad Request: message can't be edited",
  deleteNotFound: "Bad Request: message to delete not found",
  cantDelete: "Bad Request: message can't be deleted",
  replyNotFound: "Bad Request: message to be replied not found",
  noAdminsInPrivate: "Bad Request: there are no administrators in the private chat",
  commandInvalid: "Bad Request: BOT_COMMAND_INVALID",
  commandDescriptionInvalid: "Bad Request: command description must be non-empty",
  languageCodeInvalid: "Bad Request: invalid language code specified",
  secretTokenInvalid: "Bad Request: secret token contains unallowed characters",
  webhookUrlInvalid: "Bad Request: bad webhook: Failed to resolve host: Name or service not known",
  webhookActive:
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  pollConflict: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
  blocked: "Forbidden: bot was blocked by the user",
  migrated: "Bad Request: group chat was upgraded to a supergroup chat",
  tooManyRequests: (seconds: number) => `Too Many Requests: retry after ${seconds}`,
  parameterMissing: (name: string) => `Bad Request: ${name} is empty`,
  bodyInvalid: "Bad Request: can't parse request body",
});

/** A refusal, answered as `{ ok: false, error_code, description, parameters? }` with error_code as the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = "ApiError";
  }

  toResponse(): ApiResponse {
    return this.parameters
      ? { ok: false, error_code: this.code, description: this.description, parameters: this.parameters }
      : { ok: false, error_code: this.code, description: this.description };
  }
}

export const badRequest = (description: string, parameters?: ResponseParameters): ApiError =>
  new ApiError(400, description, parameters);
