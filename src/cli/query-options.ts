/**
 * The filter flags the store commands share (`search`, `events`, `export`, `report`): declared once
 * for parseArgs, checked once, turned into a DocumentFilter or an EventQuery. A bad value is a
 * UsageError naming the flag (exit 2).
 */
import { UsageError } from '../errors/isnad-error.js'
import type { DocumentFilter, EventQuery, ParticipantRole } from '../store/store.js'
import { MODALITIES } from '../vocabulary/modalities.js'
import { PLOVER_MODES, PLOVER_TYPES } from '../vocabulary/plover.js'
import { parsePublishedDate } from './analyze-command.js'

/** parseArgs declarations of the document filters. */
export const DOCUMENT_FILTER_OPTIONS = {
  outlet: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  actor: { type: 'string' },
  type: { type: 'string' },
  modality: { type: 'string' },
  cluster: { type: 'string' },
  entity: { type: 'string' },
  document: { type: 'string' },
} as const

/** parseArgs declarations of the event filters (the document filters and the event's own fields). */
export const EVENT_FILTER_OPTIONS = {
  ...DOCUMENT_FILTER_OPTIONS,
  role: { type: 'string' },
  mode: { type: 'string' },
  negated: { type: 'string' },
} as const

export const DOCUMENT_FILTER_HELP = `  --outlet NAME     only this outlet
  --since DATE      published on or after DATE (YYYY-MM-DD)
  --until DATE      published on or before DATE
  --actor CODE      with an event involving this actor code, as actor, recipient or mediator (SYRGOV)
  --type TYPE       with an event of this PLOVER type (ASSAULT, CONSULT…)
  --modality M      with an event of this modality (${Object.keys(MODALITIES).join(', ')})
  --cluster ID      only this story cluster
  --entity NAME     mentioning this entity: its actor code, Latin name or Arabic text (SYRGOV, Paris, باريس)
  --document ID     only this document`

export const EVENT_FILTER_HELP = `  --outlet NAME     events of this outlet's documents
  --since DATE      documents published on or after DATE (YYYY-MM-DD)
  --until DATE      documents published on or before DATE
  --actor CODE      events with this actor code among their participants (SYRGOV)
  --role ROLE       with --actor: only in this role (actor, recipient, mediator)
  --type TYPE       events of this PLOVER type (ASSAULT, CONSULT…)
  --mode MODE       events of this PLOVER mode (air-strike, visit…)
  --modality M      events of this modality (${Object.keys(MODALITIES).join(', ')})
  --negated yes|no  only negated events (a meeting that did not happen), or only the others
  --cluster ID      events of this story cluster
  --entity NAME     events of documents mentioning this entity (code, Latin name or Arabic text)
  --document ID     events of this document`

type FilterValues = { readonly [Name in keyof typeof EVENT_FILTER_OPTIONS]?: string | undefined }

const dateOption = (name: string, value: string | undefined): string | null => {
  if (value === undefined) return null
  const date = parsePublishedDate(value)
  if (date === null) throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${value}"`)
  return date
}

/** A value from a vocabulary's keys (case as `normalise` makes it), or null when the flag is absent. */
const oneOf = (
  name: string,
  value: string | undefined,
  allowed: readonly string[],
  normalise: (value: string) => string = (text) => text,
): string | null => {
  if (value === undefined) return null
  const normalised = normalise(value.trim())
  if (!allowed.includes(normalised))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`)
  return normalised
}

const actorCode = (value: string | undefined): string | null => {
  if (value === undefined) return null
  if (!/^[A-Za-z]{3,30}$/.test(value.trim()))
    throw new UsageError(`--actor must be an actor code such as SYRGOV, not "${value}"`)
  return value.trim().toUpperCase()
}

const text = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim()

/** The DocumentFilter the flags (and the words `words`) ask for. */
export const documentFilterOf = (values: FilterValues, words: string | null = null): DocumentFilter => {
  const since = dateOption('since', values.since)
  const until = dateOption('until', values.until)
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`)
  return {
    text: words,
    outlet: text(values.outlet),
    since,
    until,
    actor: actorCode(values.actor),
    type: oneOf('type', values.type, Object.keys(PLOVER_TYPES), (type) => type.toUpperCase()),
    modality: oneOf('modality', values.modality, Object.keys(MODALITIES), (modality) =>
      modality.toLowerCase(),
    ),
    cluster: text(values.cluster),
    entity: text(values.entity),
    document: text(values.document),
  }
}

/** The EventQuery the flags ask for. */
export const eventQueryOf = (values: FilterValues, words: string | null = null): EventQuery => {
  const role = oneOf('role', values.role, ['actor', 'recipient', 'mediator'], (role) => role.toLowerCase())
  if (role !== null && values.actor === undefined) throw new UsageError('--role needs --actor CODE')
  const negated = oneOf('negated', values.negated, ['yes', 'no'], (answer) => answer.toLowerCase())
  return {
    ...documentFilterOf(values, words),
    role: role as ParticipantRole | null,
    mode: oneOf('mode', values.mode, Object.keys(PLOVER_MODES), (mode) => mode.toLowerCase()),
    negated: negated === null ? null : negated === 'yes',
  }
}

/** A whole number flag within bounds, or `fallback` when absent. */
export const wholeNumberOption = (
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number => {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`)
  return number
}

/** `--format`, checked against the formats a command offers. */
export const formatOption = <Format extends string>(
  value: string | undefined,
  formats: readonly Format[],
): Format => {
  const format = value ?? formats[0]!
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`)
  return format as Format
}
