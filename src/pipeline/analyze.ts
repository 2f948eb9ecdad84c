/**
 * `analyze()`: the whole pipeline as one expression of named stages, micromark-style. Each stage is a
 * function of (Document, Resources) exported on its own and tested alone.
 */
import { createHash } from 'node:crypto'
import { sourcingProfile } from '../attribution/sourcing.js'
import { findAttributions } from '../attribution/stage.js'
import { recognizeEntities } from '../entities/stage.js'
import { codeEvents } from '../events/stage.js'
import { framingSummary } from '../framing/framing-summary.js'
import { findFrames } from '../framing/stage.js'
import { resolveTimes } from '../time/stage.js'
import { ANALYSIS_SCHEMA, type Analysis } from './analysis.js'
import { createDocument, type Document, type DocumentInput, type Stage } from './document.js'
import { loadResources, type Resources } from './resources.js'
import { cleanup, segment } from './stages.js'

/** A stable id for a document given without one: a hash of its text. */
export const documentId = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 16)

/**
 * The pipeline, in order. Each stage reads what the ones before it filled in: entities need tokens and
 * sentences; events need entities, times and attributions.
 */
export const STAGES: readonly Stage<Resources>[] = [
  cleanup, // boilerplate out, title guessed: fixes doc.text
  segment, // tokens with folded forms, sentences
  recognizeEntities, // tagger + gazetteer → entities with actor codes
  resolveTimes, // date expressions → calendar values
  findAttributions, // cues, speakers, relays, content spans: the isnad chain
  codeEvents, // triggers → PLOVER/CAMEO events with roles, polarity, modality
  findFrames, // loaded terms, scare quotes, labels → target actors
]

/**
 * Runs every stage over one document.
 *
 * @example
 *   const document = analyzeDocument({ text: 'التقى وزير الخارجية نظيره في باريس.', published: '2025-08-20' })
 *   document.sentences // → [{ start: 0, end: 35 }]
 */
export const analyzeDocument = (input: DocumentInput, resources: Resources = loadResources()): Document =>
  STAGES.reduce(
    (document, stage) => stage(document, resources),
    createDocument(input, input.id ?? documentId(input.text)),
  )

/** The Analysis record (CONTRACT.md §2) of a processed Document. */
export const toAnalysis = (document: Document): Analysis => ({
  schema: ANALYSIS_SCHEMA,
  doc: { ...document.meta, text: document.text },
  removed: document.removed,
  sentences: document.sentences,
  entities: document.entities,
  events: document.events,
  attributions: document.attributions,
  frames: document.frames,
  times: document.times,
  sourcing: sourcingProfile(document.attributions, document.text, document.sentences),
  framing: framingSummary(document.frames),
  messages: document.messages,
})

/** Analyses one document and returns its Analysis record. */
export const analyze = (input: DocumentInput, resources: Resources = loadResources()): Analysis =>
  toAnalysis(analyzeDocument(input, resources))
