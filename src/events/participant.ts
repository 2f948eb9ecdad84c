/**
 * A participant of an event as the coder builds it: the `EventParticipant` of the contract plus what the
 * coder needs to reason with (the country, the sectors, whether the phrase named a place rather than an
 * actor).
 */
import type { EventParticipant } from '../pipeline/analysis.js'
import type { ActorSector } from '../vocabulary/actor-sectors.js'

export interface Participant extends EventParticipant {
  readonly start: number
  readonly end: number
  readonly country: string | null
  readonly sectors: readonly ActorSector[]
  /** The phrase names a place (غزة، باريس), standing for its country only as a target. */
  readonly place: boolean
}

/** The contract's view of a participant: code, text, entity, name and span. */
export const toEventParticipant = (participant: Participant): EventParticipant => ({
  code: participant.code,
  text: participant.text,
  entity: participant.entity,
  name: participant.name,
  start: participant.start,
  end: participant.end,
})

/** The three-letter country (or root) a participant's code starts with, or null. */
export const countryOf = (participant: { readonly code: string | null }): string | null =>
  participant.code === null ? null : participant.code.slice(0, 3)

/** Participants with duplicate codes (or duplicate spans for uncoded ones) removed, first kept. */
export const uniqueParticipants = <Value extends { readonly code: string | null; readonly start?: number }>(
  participants: readonly Value[],
): Value[] => {
  const seen = new Set<string>()
  return participants.filter((participant) => {
    const key = participant.code ?? `@${participant.start}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
