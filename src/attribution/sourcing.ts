/**
 * A document's sourcing profile: whom it rests on (named people, official bodies, anonymous sources,
 * outlets, documents), whether it rests on one source alone, and how much of it is the outlet's own voice.
 */
import type { Attribution, Span } from '../pipeline/analysis.js'
import { splitSentences } from '../text/sentences.js'
import { tokenize } from '../text/tokenize.js'
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import { isFoundAttribution } from './found-attribution.js'

export interface SourcingProfile {
  /** Distinct speakers of each kind (a continuation or a back-reference is the same speaker). */
  readonly named: number
  readonly anonymous: number
  readonly officialBodies: number
  readonly outlets: number
  readonly documents: number
  /** How many attributions there are in all. */
  readonly attributions: number
  /** Every attribution rests, directly or through whoever relayed it, on one and the same source. */
  readonly singleSource: boolean
  /** Share (0–1) of sentence characters inside no attribution's content: the outlet speaking for itself. */
  readonly ownVoiceShare: number
}

const FIELD_OF_KIND: Record<SpeakerKind, 'named' | 'anonymous' | 'officialBodies' | 'outlets' | 'documents'> =
  {
    named: 'named',
    anonymous: 'anonymous',
    'official-body': 'officialBodies',
    outlet: 'outlets',
    document: 'documents',
  }

/** The id of the attribution that introduced a speaker: its own, or the one it continues. */
const speakerId = (attribution: Attribution): string =>
  isFoundAttribution(attribution) ? (attribution.sameSpeakerAs ?? attribution.id) : attribution.id

/** The source an attribution rests on in the end: the speaker of the outermost attribution it is reported in. */
const rootOf = (attribution: Attribution, byId: ReadonlyMap<string, Attribution>): string => {
  let current = attribution
  // Bounded by the number of attributions, in case stored data links in a circle.
  for (let step = 0; step < byId.size && isFoundAttribution(current) && current.within !== null; step++) {
    const outer = byId.get(current.within)
    if (outer === undefined) break
    current = outer
  }
  return speakerId(current)
}

/** Characters of `spans` covered by the union of `covers` (both sorted or not; small inputs). */
const coveredLength = (spans: readonly Span[], covers: readonly Span[]): number => {
  const sorted = [...covers].sort((left, right) => left.start - right.start)
  let covered = 0
  for (const span of spans) {
    let cursor = span.start
    for (const cover of sorted) {
      if (cover.end <= cursor) continue
      if (cover.start >= span.end) break
      const from = Math.max(cursor, cover.start)
      const to = Math.min(span.end, cover.end)
      if (to > from) covered += to - from
      cursor = Math.max(cursor, to)
    }
  }
  return covered
}

/**
 * The sourcing profile of a document's attributions. `sentences` default to the text's own split.
 *
 * @example
 *   sourcingProfile(document.attributions, document.text, document.sentences)
 *   // { named: 0, anonymous: 2, officialBodies: 1, outlets: 0, documents: 0, attributions: 19,
 *   //   singleSource: false, ownVoiceShare: 0.18 }
 */
export const sourcingProfile = (
  attributions: readonly Attribution[],
  text: string,
  sentences: readonly Span[] = splitSentences(text, tokenize(text)),
): SourcingProfile => {
  const counts = { named: 0, anonymous: 0, officialBodies: 0, outlets: 0, documents: 0 }
  const seen = new Set<string>()
  const byId = new Map(attributions.map((attribution) => [attribution.id, attribution]))
  const roots = new Set<string>()
  for (const attribution of attributions) {
    roots.add(rootOf(attribution, byId))
    const id = speakerId(attribution)
    if (seen.has(id)) continue
    seen.add(id)
    counts[FIELD_OF_KIND[attribution.speaker.kind]]++
  }
  const total = sentences.reduce((sum, span) => sum + (span.end - span.start), 0)
  const covered = coveredLength(
    sentences,
    attributions.map((attribution) => attribution.content),
  )
  return {
    ...counts,
    attributions: attributions.length,
    singleSource: roots.size === 1,
    ownVoiceShare: total === 0 ? 1 : Math.round(((total - covered) / total) * 1000) / 1000,
  }
}
