/**
 * Story clusters: reports of one event across outlets. A document joins the cluster of the document it
 * nearly duplicates; otherwise of a stored document whose main event has the same signature (PLOVER
 * type, actor countries, place) within a few days and whose text is not unrelated; otherwise it starts
 * its own cluster (named by its id).
 */
import type { Analysis, Event } from '../pipeline/analysis.js'
import type { DocumentKeys, SimilarDocument, Store } from '../store/store.js'
import { similarity } from './fingerprint.js'

/** Reports of one event appear within this many days of each other. */
export const CLUSTER_WINDOW_DAYS = 2
/** Unrelated news texts share almost no word pairs; reports of one event, rewritten, share some. */
const RELATED_TEXT_SIMILARITY = 0.1

const countryOf = (code: string | null): string | null =>
  code === null || code.length < 3 ? null : /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null

const participants = (event: Event): number =>
  [...event.actors, ...event.recipients].filter((participant) => participant.code !== null).length

/** The event a report is about: the one with the most coded participants, the earliest on a tie. */
const mainEvent = (events: readonly Event[]): Event | null => {
  let best: Event | null = null
  for (const event of events) {
    if (event.negated) continue
    if (best === null || participants(event) > participants(best)) best = event
  }
  return best
}

/**
 * The signature of a report's main event — `TYPE|actor countries|place` — or null when the event names
 * neither a country nor a place (a bare type says too little to group reports by).
 *
 * @example eventSignature(analysis) // → 'CONSULT|ISR,SYR|FRA'
 */
export const eventSignature = (analysis: Analysis): string | null => {
  const event = mainEvent(analysis.events)
  if (event === null) return null
  const countries = [...new Set([...event.actors, ...event.recipients].map((each) => countryOf(each.code)))]
    .filter((country): country is string => country !== null)
    .sort()
  const place = event.location?.country ?? event.location?.name ?? ''
  if (countries.length === 0 && place === '') return null
  return `${event.type}|${countries.join(',')}|${place}`
}

/** The cluster a document joins (see the module comment). */
export const assignCluster = async (
  store: Store,
  analysis: { readonly doc: Pick<Analysis['doc'], 'id' | 'published'> },
  keys: DocumentKeys,
  signature: string | null,
  nearOriginal: SimilarDocument | null,
): Promise<string> => {
  if (nearOriginal !== null) return nearOriginal.clusterId ?? nearOriginal.id
  if (signature === null) return analysis.doc.id
  let best: SimilarDocument | null = null
  let bestSimilarity = RELATED_TEXT_SIMILARITY
  for (const candidate of await store.findBySignature(
    signature,
    analysis.doc.published,
    CLUSTER_WINDOW_DAYS,
  )) {
    const shared = similarity(keys.fingerprint, candidate.fingerprint)
    const sameWire = keys.wire !== null && keys.wire === candidate.wire
    if (shared > bestSimilarity || (sameWire && best === null)) {
      best = candidate
      bestSimilarity = Math.max(shared, bestSimilarity)
    }
  }
  return best === null ? analysis.doc.id : (best.clusterId ?? best.id)
}
