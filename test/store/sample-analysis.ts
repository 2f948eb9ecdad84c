/** Hand-made Analysis records for store tests: every table gets rows, no pipeline is run. */
import { fingerprint, textHash } from '../../src/ingest/fingerprint.js'
import type { Analysis } from '../../src/pipeline/analysis.js'
import type { DocumentRecord } from '../../src/store/store.js'

export interface SampleOptions {
  readonly id: string
  readonly text: string
  readonly title?: string | null
  readonly outlet?: string | null
  readonly url?: string | null
  readonly published?: string | null
  readonly eventType?: 'CONSULT' | 'ASSAULT'
  readonly actor?: string
}

/** An Analysis with two entities, one event (actor, recipient, mediator), an attribution, a frame, a time. */
export const sampleAnalysis = (options: SampleOptions): Analysis => ({
  schema: 'isnad.analysis/1',
  doc: {
    id: options.id,
    title: options.title ?? null,
    outlet: options.outlet ?? null,
    url: options.url ?? null,
    published: options.published ?? null,
    language: 'ar',
    text: options.text,
  },
  removed: [{ text: 'اقرأ أيضا', reason: 'related-links' }],
  sentences: [{ start: 0, end: options.text.length }],
  entities: [
    {
      id: 'e1',
      start: 0,
      end: 4,
      text: options.text.slice(0, 4),
      type: 'LOC',
      actor: null,
      country: 'FRA',
      latin: 'Paris',
    },
    {
      id: 'e2',
      start: 5,
      end: 9,
      text: options.text.slice(5, 9),
      type: 'ORG',
      actor: { code: options.actor ?? 'SYRGOV', name: 'Syria (government)' },
      country: 'SYR',
      latin: null,
    },
  ],
  events: [
    {
      id: 'v1',
      type: options.eventType ?? 'CONSULT',
      mode: null,
      cameo: '040',
      trigger: { start: 0, end: 4, text: options.text.slice(0, 4) },
      sentence: 0,
      actors: [{ code: options.actor ?? 'SYRGOV', text: 'وفد', entity: 'e2', name: 'Syria (government)' }],
      recipients: [{ code: 'ISR', text: 'إسرائيل', entity: null, name: 'Israel' }],
      mediators: [{ code: 'USA', text: 'أميركية', entity: null, name: 'United States' }],
      location: { start: 0, end: 4, text: options.text.slice(0, 4), name: 'Paris', country: 'FRA' },
      date: { text: 'أمس', value: '2025-08-19', precision: 'day' },
      negated: false,
      modality: 'reported',
      attribution: 'q1',
      summary: 'Syria met Israel',
    },
  ],
  attributions: [
    {
      id: 'q1',
      speaker: { start: 5, end: 9, text: options.text.slice(5, 9), kind: 'anonymous', code: null },
      via: [{ text: 'قناة', code: null, kind: 'outlet' }],
      cue: { start: 10, end: 13, text: options.text.slice(10, 13) },
      content: { start: 14, end: options.text.length },
      direct: false,
    },
  ],
  frames: [
    { start: 0, end: 4, text: options.text.slice(0, 4), kind: 'loaded-term', target: 'ISR', neutral: null },
  ],
  times: [
    {
      start: 0,
      end: 4,
      text: options.text.slice(0, 4),
      value: '2025-08',
      precision: 'month',
      calendar: 'gregorian',
    },
  ],
  sourcing: {
    named: 0,
    anonymous: 1,
    officialBodies: 0,
    outlets: 0,
    documents: 0,
    attributions: 1,
    singleSource: true,
    ownVoiceShare: 0.2,
  },
  framing: [],
  messages: [],
})

/** A record ready for `putDocuments`, keys computed as ingest computes them. */
export const sampleRecord = (options: SampleOptions & { readonly clusterId?: string }): DocumentRecord => ({
  analysis: sampleAnalysis(options),
  keys: {
    urlKey: options.url ? options.url.replace(/^https?:\/\/(www\.)?/, '') : null,
    textHash: textHash(options.text),
    fingerprint: fingerprint(options.text),
    wire: null,
  },
  source: `${options.id}.txt`,
  clusterId: options.clusterId ?? options.id,
  signature: `${options.eventType ?? 'CONSULT'}|SYR,ISR|FRA`,
})
