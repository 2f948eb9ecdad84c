/**
 * Query-string parameters read and checked: every bad value is a 400 naming the parameter, and page
 * sizes are capped so one request cannot ask for the whole store.
 */
import { parsePublishedDate } from '../cli/analyze-command.js'
import {
  type DocumentFilter,
  type EventQuery,
  type ParticipantRole,
  SEARCH_SORTS,
  type SearchSort,
} from '../store/store.js'
import { MODALITIES, type Modality } from '../vocabulary/modalities.js'
import { PLOVER_MODES, PLOVER_TYPES, type PloverMode, type PloverType } from '../vocabulary/plover.js'
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

/** One of a registry's keys, or null when absent. */
export const oneOf = <T extends string>(
  params: Params,
  name: string,
  allowed: Readonly<Record<T, unknown>>,
): T | null => {
  const raw = textParam(params, name)
  if (raw === null) return null
  if (!Object.hasOwn(allowed, raw)) {
    throw new ApiError(
      'bad-request',
      `${name} must be one of ${Object.keys(allowed).join(', ')}, not "${raw}"`,
    )
  }
  return raw as T
}

const booleanParam = (params: Params, name: string): boolean | null => {
  const raw = textParam(params, name)
  if (raw === null) return null
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ApiError('bad-request', `${name} must be true or false, not "${raw}"`)
}

/** The filters every query shares (`DocumentFilter`): q, outlet, since, until, actor, type, modality, cluster, entity, document. */
export const documentFilterParams = (params: Params): DocumentFilter => ({
  text: textParam(params, 'q'),
  outlet: textParam(params, 'outlet'),
  since: dateParam(params, 'since'),
  until: dateParam(params, 'until'),
  actor: actorParam(params),
  type: typeParam(params),
  modality: oneOf<Modality>(params, 'modality', MODALITIES),
  cluster: textParam(params, 'cluster'),
  entity: textParam(params, 'entity'),
  document: textParam(params, 'document'),
})

/** An event query: the shared filters, plus role, mode and negated. */
export const eventQueryParams = (params: Params): EventQuery => ({
  ...documentFilterParams(params),
  role: oneOf<ParticipantRole>(params, 'role', PARTICIPANT_ROLES),
  mode: oneOf<PloverMode>(params, 'mode', PLOVER_MODES),
  negated: booleanParam(params, 'negated'),
})

/** `sort` of a search. */
export const sortParam = (params: Params): SearchSort | undefined =>
  oneOf<SearchSort>(params, 'sort', SEARCH_SORTS) ?? undefined

/** `facets`: on unless `facets=false`. */
export const facetsParam = (params: Params): boolean => booleanParam(params, 'facets') ?? true

const PARTICIPANT_ROLES: Readonly<Record<ParticipantRole, true>> = {
  actor: true,
  recipient: true,
  mediator: true,
}
