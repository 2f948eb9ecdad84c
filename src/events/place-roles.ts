/**
 * Roles from the place of an event, as event coders read them: an attack on a place with no named target
 * targets the place's country (غارات على مناطق في قطاع غزة → Palestine); protesters with no name of their
 * own are civilians of the place they march in (تظاهر المئات في عمان → Jordan's civilians).
 */
import { actorCodeName } from '../entities/actor-code.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
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
