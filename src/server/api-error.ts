/**
 * The API's one error shape, `{"error": {"code", "message"}}`, and the typed error handlers throw to
 * produce it. Codes are stable words a client can switch on; messages are one line for a person.
 */

/** Every error code the API answers with, and its HTTP status. */
export const API_ERROR_CODES = {
  /** A parameter or body that cannot be used as given. */
  'bad-request': 400,
  /** A write without the bearer token, or with a wrong one. */
  unauthorized: 401,
  /** A write to a server started without a token: writes are off. */
  forbidden: 403,
  'not-found': 404,
  /** A request body over the size limit. */
  'payload-too-large': 413,
  /** Analysis that did not finish within the time limit. */
  timeout: 503,
  internal: 500,
  /** A query the store behind the server does not answer yet. */
  'not-implemented': 501,
} as const

export type ApiErrorCode = keyof typeof API_ERROR_CODES

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string }
}

/** An error a handler throws to answer with the error shape and its code's status. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly code: ApiErrorCode

  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.code = code
  }

  get status(): (typeof API_ERROR_CODES)[ApiErrorCode] {
    return API_ERROR_CODES[this.code]
  }
}

export const errorBody = (code: ApiErrorCode, message: string): ApiErrorBody => ({ error: { code, message } })
