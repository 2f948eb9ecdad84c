/**
 * The Document: one object that travels through every stage of `analyze()`, each stage returning a new
 * Document with its layer filled in. `text` never changes after cleanup; every layer points into it.
 */
import type { Token } from '../text/token.js'
import type {
  Attribution,
  DocumentMeta,
  Entity,
  Event,
  Frame,
  Message,
  RemovedText,
  Span,
  TimeExpression,
} from './analysis.js'

export interface Document {
  readonly meta: DocumentMeta
  /** The text under analysis: the input after boilerplate removal, otherwise untouched. */
  readonly text: string
  readonly removed: readonly RemovedText[]
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
  readonly entities: readonly Entity[]
  readonly events: readonly Event[]
  readonly attributions: readonly Attribution[]
  readonly frames: readonly Frame[]
  readonly times: readonly TimeExpression[]
  readonly messages: readonly Message[]
}

/** What a caller hands to `analyze()`: the raw text and whatever metadata is known. */
export interface DocumentInput {
  readonly id?: string | null
  readonly text: string
  readonly title?: string | null
  readonly outlet?: string | null
  readonly url?: string | null
  readonly published?: string | null
}

/** A stage of the pipeline: takes a Document, returns a new one with more filled in. */
export type Stage<Resources = unknown> = (document: Document, resources: Resources) => Document

/** A Document with only its raw text and metadata; the stages fill in the rest. */
export const createDocument = (input: DocumentInput, id: string): Document => ({
  meta: {
    id,
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    published: input.published ?? null,
    language: 'ar',
  },
  text: input.text,
  removed: [],
  tokens: [],
  sentences: [],
  entities: [],
  events: [],
  attributions: [],
  frames: [],
  times: [],
  messages: [],
})

/** Returns a copy of the document with a warning added. */
export const withMessage = (document: Document, stage: string, text: string): Document => ({
  ...document,
  messages: [...document.messages, { level: 'warning', stage, text }],
})
