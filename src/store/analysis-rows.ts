/**
 * An Analysis flattened into table rows, the same for every database: one row per entity, event, event
 * participant, attribution, frame and time. Column order here is the column order of the tables.
 */
import type { Analysis, EventParticipant, Frame } from '../pipeline/analysis.js'

export type Cell = string | number | null

/** The participant roles of an event, as stored in `event_actors.role`. */
export const PARTICIPANT_ROLES = ['actor', 'recipient', 'mediator'] as const

export interface AnalysisRows {
  readonly entities: Cell[][]
  readonly events: Cell[][]
  readonly eventActors: Cell[][]
  readonly attributions: Cell[][]
  readonly frames: Cell[][]
  readonly times: Cell[][]
  /** One row: the document's sourcing profile, for per-outlet sums. */
  readonly sourcing: Cell[][]
}

export const ENTITY_COLUMNS = [
  'document_id',
  'entity_id',
  'start_offset',
  'end_offset',
  'text',
  'type',
  'actor_code',
  'actor_name',
  'country',
  'latin',
] as const
export const EVENT_COLUMNS = [
  'document_id',
  'event_id',
  'type',
  'mode',
  'cameo',
  'trigger_start',
  'trigger_end',
  'trigger_text',
  'sentence',
  'location_text',
  'location_name',
  'location_country',
  'date_text',
  'date_value',
  'negated',
  'modality',
  'attribution_id',
  'summary',
] as const
export const EVENT_ACTOR_COLUMNS = [
  'document_id',
  'event_id',
  'role',
  'position',
  'code',
  'text',
  'entity_id',
  'name',
] as const
export const ATTRIBUTION_COLUMNS = [
  'document_id',
  'attribution_id',
  'speaker_text',
  'speaker_kind',
  'speaker_code',
  'speaker_start',
  'speaker_end',
  'cue_text',
  'content_start',
  'content_end',
  'direct',
  'via',
] as const
export const FRAME_COLUMNS = [
  'document_id',
  'position',
  'start_offset',
  'end_offset',
  'text',
  'kind',
  'target',
  'neutral',
  'lean',
] as const
export const SOURCING_COLUMNS = [
  'document_id',
  'named',
  'anonymous',
  'official_bodies',
  'outlets',
  'documents',
  'attributions',
  'single_source',
  'own_voice_share',
] as const
export const TIME_COLUMNS = [
  'document_id',
  'position',
  'start_offset',
  'end_offset',
  'text',
  'value',
  'precision',
  'calendar',
] as const

const leanOf = (frame: Frame): string | null => {
  const lean = (frame as { lean?: unknown }).lean
  return typeof lean === 'string' ? lean : null
}

const participantRows = (id: string, eventId: string, role: string, list: readonly EventParticipant[]) =>
  list.map((participant, position): Cell[] => [
    id,
    eventId,
    role,
    position,
    participant.code,
    participant.text,
    participant.entity,
    participant.name,
  ])

/**
 * The rows of one Analysis.
 *
 * @example analysisRows(analysis).events[0] // → ['doc1', 'v1', 'CONSULT', 'third-party', '044', 0, 4, 'لقاء', …]
 */
export const analysisRows = (analysis: Analysis): AnalysisRows => {
  const id = analysis.doc.id
  return {
    entities: analysis.entities.map((entity) => [
      id,
      entity.id,
      entity.start,
      entity.end,
      entity.text,
      entity.type,
      entity.actor?.code ?? null,
      entity.actor?.name ?? null,
      entity.country,
      entity.latin,
    ]),
    events: analysis.events.map((event) => [
      id,
      event.id,
      event.type,
      event.mode,
      event.cameo,
      event.trigger.start,
      event.trigger.end,
      event.trigger.text,
      event.sentence,
      event.location?.text ?? null,
      event.location?.name ?? null,
      event.location?.country ?? null,
      event.date?.text ?? null,
      event.date?.value ?? null,
      event.negated ? 1 : 0,
      event.modality,
      event.attribution,
      event.summary,
    ]),
    eventActors: analysis.events.flatMap((event) => [
      ...participantRows(id, event.id, 'actor', event.actors),
      ...participantRows(id, event.id, 'recipient', event.recipients),
      ...participantRows(id, event.id, 'mediator', event.mediators),
    ]),
    attributions: analysis.attributions.map((attribution) => [
      id,
      attribution.id,
      attribution.speaker.text,
      attribution.speaker.kind,
      attribution.speaker.code,
      attribution.speaker.start,
      attribution.speaker.end,
      attribution.cue.text,
      attribution.content.start,
      attribution.content.end,
      attribution.direct ? 1 : 0,
      JSON.stringify(attribution.via),
    ]),
    frames: analysis.frames.map((frame, position) => [
      id,
      position,
      frame.start,
      frame.end,
      frame.text,
      frame.kind,
      frame.target,
      frame.neutral,
      // An extension field of the framing stage: which way a loaded term leans.
      leanOf(frame),
    ]),
    times: analysis.times.map((time, position) => [
      id,
      position,
      time.start,
      time.end,
      time.text,
      time.value,
      time.precision,
      time.calendar,
    ]),
    sourcing: [
      [
        id,
        analysis.sourcing.named,
        analysis.sourcing.anonymous,
        analysis.sourcing.officialBodies,
        analysis.sourcing.outlets,
        analysis.sourcing.documents,
        analysis.sourcing.attributions,
        analysis.sourcing.singleSource ? 1 : 0,
        analysis.sourcing.ownVoiceShare,
      ],
    ],
  }
}
