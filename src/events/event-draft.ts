/**
 * An event draft: an event while the coder still works on it — its trigger, roles, polarity and the
 * governance read around it — before ids, merges and the summary make it an `Event`.
 */
import type { EventDate, EventLocation } from '../pipeline/analysis.js'
import type { Modality } from '../vocabulary/modalities.js'
import type { PloverMode, PloverType } from '../vocabulary/plover.js'
import type { Governance } from './governance.js'
import type { Participant } from './participant.js'
import { type Roles, SYMMETRIC } from './roles.js'
import type { TriggerHit } from './trigger-hit.js'

export interface EventDraft {
  readonly hit: TriggerHit
  readonly sentence: number
  readonly type: PloverType
  mode: PloverMode | null
  readonly cameo: string | null
  readonly gloss: string
  readonly trigger: { readonly start: number; readonly end: number }
  actors: Participant[]
  recipients: Participant[]
  mediators: Participant[]
  location: EventLocation | null
  date: EventDate | null
  negated: boolean
  modality: Modality
  attribution: string | null
  readonly roles: Roles
  readonly governance: Governance
  /** A definite noun (اللقاء، المحادثات) naming no one: a back-reference to an earlier event. */
  readonly reference: boolean
  /** The trigger says for what (a call to, a demand for): a complement or an event it governs. */
  content: boolean
}

/** Whether a participant set fits inside another, by country (or code for country-less actors). */
const countries = (participants: readonly Participant[]): Set<string> =>
  new Set(participants.map((participant) => (participant.code ?? participant.text).slice(0, 3)))

const within = (small: ReadonlySet<string>, large: ReadonlySet<string>): boolean =>
  [...small].every((value) => large.has(value))

/**
 * Whether two drafts can be one event: same type, polarity and kind of modality, no conflicting place or
 * mode, and the parties of one found among the other's.
 */
export const compatible = (earlier: EventDraft, later: EventDraft): boolean => {
  if (earlier.type !== later.type || earlier.negated !== later.negated) return false
  if ((earlier.modality === 'hypothetical') !== (later.modality === 'hypothetical')) return false
  if ((earlier.modality === 'future') !== (later.modality === 'future')) return false
  if (earlier.mode !== null && later.mode !== null && earlier.mode !== later.mode) return false
  if (
    earlier.location !== null &&
    later.location !== null &&
    earlier.location.country !== later.location.country
  ) {
    return false
  }
  if (SYMMETRIC.has(earlier.type)) {
    return nested(
      countries([...earlier.actors, ...earlier.recipients]),
      countries([...later.actors, ...later.recipients]),
    )
  }
  // One-sided events match side by side: a shooter named in one mention, the victim in the other.
  // Different targets of one actor are different events (قصف غزة … وقصف لبنان).
  return (
    nested(countries(earlier.actors), countries(later.actors)) &&
    nested(countries(earlier.recipients), countries(later.recipients))
  )
}

/** Either set is empty or one holds the other. */
const nested = (left: ReadonlySet<string>, right: ReadonlySet<string>): boolean =>
  left.size === 0 || right.size === 0 || within(left, right) || within(right, left)

/** Folds a later mention of the same event into the earlier draft: whatever the earlier one lacks. */
export const absorb = (earlier: EventDraft, later: EventDraft): void => {
  if (earlier.actors.length === 0) earlier.actors = later.actors
  if (earlier.recipients.length === 0) earlier.recipients = later.recipients
  if (SYMMETRIC.has(earlier.type)) {
    const known = countries([...earlier.actors, ...earlier.recipients])
    for (const party of [...later.actors, ...later.recipients]) {
      if (!known.has((party.code ?? party.text).slice(0, 3))) earlier.recipients.push(party)
    }
  }
  if (earlier.mediators.length === 0) earlier.mediators = later.mediators
  earlier.location ??= later.location
  earlier.date ??= later.date
  earlier.mode ??= later.mode
}
