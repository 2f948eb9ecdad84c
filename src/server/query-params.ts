/**
 * Query-string parameters read and checked: every bad value is a 400 naming the parameter, and page
 * sizes are capped so one request cannot ask for the whole store.
 */
import { parsePublishedDate } from '../cli/analyze-command.js'
import { PLOVER_TYPES, type PloverType } from '../vocabulary/plover.js'
import { ApiError } from './api-error.js'

/** The largest page any list endpoint returns. */
export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20

type Params = Readonly<Record<string, string | undefined>>

const wholeNumber = (params: Params, name: string, fallback: number, min: number, max: number): number => {
  const raw = params[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ApiError('bad-request', `${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
  }
  return value
}

/** `limit` (1..MAX_PAGE_SIZE) and `offset` (0..100,000). */
export const pageParams = (params: Params, defaultLimit = DEFAULT_PAGE_SIZE, maxLimit = MAX_PAGE_SIZE) => ({
  limit: wholeNumber(params, 'limit', defaultLimit, 1, maxLimit),
  offset: wholeNumber(params, 'offset', 0, 0, 100_000),
})

/** A bounded count parameter such as `top`. */
export const countParam = (params: Params, name: string, fallback: number, max: number): number =>
  wholeNumber(params, name, fallback, 1, max)

/** A `YYYY-MM-DD` date, or null when absent. */
export const dateParam = (params: Params, name: string): string | null => {
  const raw = params[name]
  if (raw === undefined || raw === '') return null
  const date = parsePublishedDate(raw)
  if (date === null) throw new ApiError('bad-request', `${name} must be a date YYYY-MM-DD, not "${raw}"`)
  return date
}

/** A PLOVER type (any case), or null when absent. */
export const typeParam = (params: Params, name = 'type'): PloverType | null => {
  const raw = params[name]
  if (raw === undefined || raw === '') return null
  const type = raw.toUpperCase()
  if (!Object.hasOwn(PLOVER_TYPES, type)) {
    throw new ApiError(
      'bad-request',
      `${name} must be a PLOVER type (${Object.keys(PLOVER_TYPES).join(', ')})`,
    )
  }
  return type as PloverType
}

/** A free string, trimmed, at most 200 characters; null when absent or empty. */
export const textParam = (params: Params, name: string): string | null => {
  const raw = params[name]?.trim()
  if (raw === undefined || raw === '') return null
  if (raw.length > 200) throw new ApiError('bad-request', `${name} is longer than 200 characters`)
  return raw
}

/** An actor code: letters only, upper-cased. */
export const actorParam = (params: Params, name = 'actor'): string | null => {
  const raw = textParam(params, name)
  if (raw === null) return null
  if (!/^[A-Za-z]{3,30}$/.test(raw))
    throw new ApiError('bad-request', `${name} must be an actor code such as SYRGOV`)
  return raw.toUpperCase()
}
