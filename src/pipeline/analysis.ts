/**
 * The Analysis record, `schema: "isnad.analysis/1"` (CONTRACT.md §2): what `isnad analyze` prints and the
 * store keeps. Every span is `[start, end)` in UTF-16 code units of `doc.text`.
 */
import type { SourcingProfile } from '../attribution/sourcing.js'
import type { TargetFraming } from '../framing/framing-summary.js'
import type { ActorSector } from '../vocabulary/actor-sectors.js'
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import type { EntityType } from '../vocabulary/entity-types.js'
import type { FrameKind } from '../vocabulary/frame-kinds.js'
import type { Calendar, Modality, TimePrecision } from '../vocabulary/modalities.js'
import type { PloverMode, PloverType } from '../vocabulary/plover.js'

export const ANALYSIS_SCHEMA = 'isnad.analysis/1' as const

/** A half-open range of `doc.text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A range together with the text it covers, so a reader needs no offsets to see the evidence. */
export interface TextSpan extends Span {
  readonly text: string
}

export interface DocumentMeta {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null
  readonly language: 'ar'
}

export interface RemovedText {
  readonly text: string
  readonly reason: RemovalReason
}

export type RemovalReason = 'related-links' | 'share' | 'copyright' | 'subscribe' | 'advertisement' | 'empty'

export interface ActorRef {
  /** CAMEO-style actor code, e.g. `SYRGOV`. */
  readonly code: string
  readonly name: string
}

export interface Entity extends TextSpan {
  readonly id: string
  readonly type: EntityType
  readonly actor: ActorRef | null
  /** ISO 3166 alpha-3 code of the country a place or actor belongs to. */
  readonly country: string | null
  readonly latin: string | null
  /** Sector codes the actor carries, e.g. `['GOV']`; an extension field. */
  readonly sectors?: readonly ActorSector[]
}

export interface EventParticipant {
  readonly code: string | null
  readonly text: string
  readonly entity: string | null
  readonly name: string | null
  readonly start?: number
  readonly end?: number
}

export interface EventLocation extends TextSpan {
  readonly name: string | null
  readonly country: string | null
}

export interface EventDate {
  readonly text: string
  readonly value: string | null
  readonly precision: TimePrecision | null
}

export interface Event {
  readonly id: string
  readonly type: PloverType
  readonly mode: PloverMode | null
  readonly cameo: string | null
  readonly trigger: TextSpan
  readonly sentence: number
  readonly actors: readonly EventParticipant[]
  readonly recipients: readonly EventParticipant[]
  readonly mediators: readonly EventParticipant[]
  readonly location: EventLocation | null
  readonly date: EventDate | null
  readonly negated: boolean
  readonly modality: Modality
  readonly attribution: string | null
  readonly summary: string
}

export interface Speaker extends TextSpan {
  readonly kind: SpeakerKind
  readonly code: string | null
}

export interface Relay {
  readonly text: string
  readonly code: string | null
  readonly kind: SpeakerKind
  readonly start?: number
  readonly end?: number
}

export interface Attribution {
  readonly id: string
  readonly speaker: Speaker
  /** The relay chain, speaker first: who passed the words on to the reader. */
  readonly via: readonly Relay[]
  readonly cue: TextSpan
  readonly content: Span
  readonly direct: boolean
}

export interface Frame extends TextSpan {
  readonly kind: FrameKind
  readonly target: string | null
  readonly neutral: string | null
}

export interface TimeExpression extends TextSpan {
  /** ISO 8601 at the known precision; `XXXX-12-08` when the year is unknown. */
  readonly value: string | null
  readonly precision: TimePrecision | null
  readonly calendar: Calendar
}

export interface Analysis {
  readonly schema: typeof ANALYSIS_SCHEMA
  readonly doc: DocumentMeta & { readonly text: string }
  readonly removed: readonly RemovedText[]
  readonly sentences: readonly Span[]
  readonly entities: readonly Entity[]
  readonly events: readonly Event[]
  readonly attributions: readonly Attribution[]
  readonly frames: readonly Frame[]
  readonly times: readonly TimeExpression[]
  /** Whom the report rests on: named, anonymous, official, outlets, documents (an extension field). */
  readonly sourcing: SourcingProfile
  /** Frames counted per target actor, most framed first (an extension field). */
  readonly framing: readonly TargetFraming[]
  /** Warnings collected along the way (an extension field). */
  readonly messages: readonly Message[]
}

export type MessageLevel = 'warning' | 'info'

/** A note a stage leaves instead of throwing, as unified's VFile messages do. */
export interface Message {
  readonly level: MessageLevel
  readonly stage: string
  readonly text: string
}
