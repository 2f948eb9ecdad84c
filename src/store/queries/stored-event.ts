/**
 * Events as the queries, the exports and the API show them: each Analysis event with its document, its
 * attribution resolved to the speaker, and the sentence it was read from. Built from the stored
 * Analysis, so the event table, the exports and the article page all say the same thing.
 */
import type { Analysis, Event, EventParticipant } from '../../pipeline/analysis.js'
import type { EventParticipantRef, EventQuery, ParticipantRole, StoredEvent } from '../store.js'

const participants = (list: readonly EventParticipant[]): EventParticipantRef[] =>
  list.map((participant) => ({ code: participant.code, text: participant.text, name: participant.name }))

const ROLE_FIELDS: Record<ParticipantRole, 'actors' | 'recipients' | 'mediators'> = {
  actor: 'actors',
  recipient: 'recipients',
  mediator: 'mediators',
}

/**
 * One event of `analysis` in its stored shape.
 *
 * @example storedEvent(analysis, analysis.events[0]!, 'd1').attribution // → { id: 'q1', speaker: 'مصدر دبلوماسي', kind: 'anonymous', … }
 */
export const storedEvent = (analysis: Analysis, event: Event, clusterId: string | null): StoredEvent => {
  const { doc } = analysis
  const attribution = event.attribution
    ? analysis.attributions.find((candidate) => candidate.id === event.attribution)
    : undefined
  const sentence = analysis.sentences[event.sentence] ?? event.trigger
  return {
    documentId: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    url: doc.url,
    clusterId,
    id: event.id,
    type: event.type,
    mode: event.mode,
    cameo: event.cameo,
    summary: event.summary,
    actors: participants(event.actors),
    recipients: participants(event.recipients),
    mediators: participants(event.mediators),
    place: event.location
      ? { text: event.location.text, name: event.location.name, country: event.location.country }
      : null,
    date: event.date ? { text: event.date.text, value: event.date.value } : null,
    modality: event.modality,
    negated: event.negated,
    attribution: attribution
      ? {
          id: attribution.id,
          speaker: attribution.speaker.text,
          kind: attribution.speaker.kind,
          code: attribution.speaker.code,
          direct: attribution.direct,
        }
      : null,
    trigger: { start: event.trigger.start, end: event.trigger.end, text: event.trigger.text },
    evidence: {
      start: sentence.start,
      end: sentence.end,
      text: doc.text.slice(sentence.start, sentence.end),
    },
  }
}

/**
 * Whether an event passes the event-level fields of a query (type, mode, modality, negated, actor in a
 * role): the same test the SQL of `Store.events` makes, for filtering events read from analyses.
 */
export const eventMatches = (event: Event, query: EventQuery): boolean => {
  if (query.type && event.type !== query.type) return false
  if (query.mode && event.mode !== query.mode) return false
  if (query.modality && event.modality !== query.modality) return false
  if (query.negated !== undefined && query.negated !== null && event.negated !== query.negated) return false
  if (query.actor) {
    const roles: readonly ParticipantRole[] = query.role ? [query.role] : ['actor', 'recipient', 'mediator']
    return roles.some((role) =>
      event[ROLE_FIELDS[role]].some((participant) => participant.code === query.actor),
    )
  }
  return true
}
