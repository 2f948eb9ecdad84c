/**
 * Roles from the place of an event, as event coders read them: an attack on a place with no named target
 * targets the place's country (غارات على مناطق في قطاع غزة → Palestine); protesters with no name of their
 * own are civilians of the place they march in (تظاهر المئات في عمان → Jordan's civilians).
 */
import { actorCodeName, composeActorCode, splitActorCode } from '../entities/actor-code.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { PloverType } from '../vocabulary/plover.js'
import type { EventDraft } from './event-draft.js'
import type { Participant } from './participant.js'

const placeParticipant = (draft: EventDraft, code: string, gazetteer: Gazetteer): Participant => {
  const location = draft.location!
  return {
    code,
    text: location.text,
    entity: null,
    name: actorCodeName(code, gazetteer.countryNames),
    start: location.start,
    end: location.end,
    country: code.slice(0, 3),
    sectors: code.length > 3 ? ['CVL'] : [],
    place: true,
  }
}

/**
 * Fills a missing target or protester from the event's place.
 *
 * @example
 *   fillFromPlace(draft /* قصف الجيش بلدات في جنوب لبنان *\/, gazetteer)   // recipients → [LBN]
 */
export const fillFromPlace = (draft: EventDraft, gazetteer: Gazetteer): void => {
  const country = draft.location?.country
  if (country == null) return
  if ((draft.type === 'ASSAULT' || draft.type === 'COERCE') && draft.recipients.length === 0) {
    if (draft.actors.every((actor) => actor.code?.slice(0, 3) !== country)) {
      draft.recipients = [placeParticipant(draft, country, gazetteer)]
    }
  }
  if (draft.type === 'PROTEST' && draft.actors.length === 0)
    draft.actors = [placeParticipant(draft, `${country}CVL`, gazetteer)]
}

/** Types whose doers are not taken to belong where the event happened (an army strikes abroad). */
const FOREIGN_DOERS: ReadonlySet<PloverType> = new Set(['ASSAULT', 'MOBILIZE'])

const settle = (participant: Participant, country: string, gazetteer: Gazetteer): Participant => {
  if (participant.code === null || participant.country !== null) return participant
  const parts = splitActorCode(participant.code)
  if (parts.root !== null) return participant
  const code = composeActorCode(country, parts.sectors)
  return { ...participant, code, country, name: actorCodeName(code, gazetteer.countryNames) }
}

/**
 * Sector-only participants with no country from the text or the story so far belong to the event's
 * place: عمال النقل في تونس → Tunisia's labour; مدرسة في خان يونس → a Palestinian school.
 *
 * @example
 *   settleInPlace(draft /* نظم عمال النقل في تونس إضرابًا *\/, gazetteer)   // actors → [TUNLAB]
 */
export const settleInPlace = (draft: EventDraft, gazetteer: Gazetteer): void => {
  const country = draft.location?.country
  if (country == null) return
  draft.recipients = draft.recipients.map((party) => settle(party, country, gazetteer))
  if (!FOREIGN_DOERS.has(draft.type))
    draft.actors = draft.actors.map((party) => settle(party, country, gazetteer))
}
