/**
 * Events as PLOVER JSON records, one per line. PLOVER's field names where it has them (`id`, `date`,
 * `event`, `mode`, `context`, `source`, `target`, `eventText`, `text`, `language`, `publication`, `url`;
 * actors as `{actorText, code, sector}`), and isnad's extension fields beside them: `mediators` (same
 * shape as source and target), `attribution` (whose word the event rests on), `negated`, `modality`,
 * `cameo`, `place`, `summary`, `documentId`, `published`, `evidence` (offsets of the sentence).
 */
import type { EventParticipantRef, StoredEvent } from '../store/store.js'

export interface PloverActor {
  readonly actorText: string
  /** The country (or leading sector) part of the actor code: SYRGOV → SYR. */
  readonly code: string
  /** The rest of the code, the sector(s): SYRGOV → GOV; absent for a bare country. */
  readonly sector?: string
}

const ploverActors = (list: readonly EventParticipantRef[]): PloverActor[] =>
  list.map((participant) => {
    const code = participant.code ?? ''
    const sector = code.slice(3)
    return { actorText: participant.text, code: code.slice(0, 3), ...(sector ? { sector } : {}) }
  })

/** The event's date when the text gives the full day, else the publication day (PLOVER wants a day). */
const dayOf = (event: StoredEvent): string | null =>
  event.date?.value && /^\d{4}-\d{2}-\d{2}$/.test(event.date.value) ? event.date.value : event.published

/**
 * One event as a PLOVER record.
 *
 * @example ploverRecord(event).source // → [{ actorText: 'وفد سوري', code: 'SYR', sector: 'GOV' }]
 */
export const ploverRecord = (event: StoredEvent) => ({
  id: `${event.documentId}#${event.id}`,
  date: dayOf(event),
  event: event.type,
  mode: event.mode ?? '',
  context: '',
  source: ploverActors(event.actors),
  target: ploverActors(event.recipients),
  eventText: event.trigger.text,
  text: event.evidence.text,
  language: 'ar',
  publication: event.outlet,
  url: event.url,
  // isnad's extension fields.
  mediators: ploverActors(event.mediators),
  attribution: event.attribution
    ? {
        speaker: event.attribution.speaker,
        kind: event.attribution.kind,
        code: event.attribution.code,
        direct: event.attribution.direct,
      }
    : null,
  negated: event.negated,
  modality: event.modality,
  cameo: event.cameo,
  place: event.place,
  summary: event.summary,
  documentId: event.documentId,
  published: event.published,
  evidence: { start: event.evidence.start, end: event.evidence.end },
})

/** One JSON line per event. */
export async function* eventPloverLines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  for await (const event of events) yield JSON.stringify(ploverRecord(event))
}
