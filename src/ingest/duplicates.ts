/**
 * Duplicate detection for ingest. Exact: the same id, the same normalised address, or the same folded
 * text — skipped. Near: a MinHash similarity of 0.7 or more to a stored document — stored, linked to it;
 * when both credit the same agency and come from different outlets (0.5 is enough then), it is the wire
 * story republished.
 */
import type { DocumentKeys, DuplicateLink, SimilarDocument } from '../store/store.js'
import { fingerprint, similarity, textHash } from './fingerprint.js'
import { urlKey } from './url-key.js'
import { wireCredit } from './wire-credit.js'

/** Word-pair similarity at which a text nearly repeats another. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7
/** A wire story republished with its own headline, intro or cuts is further apart than a plain copy. */
const WIRE_DUPLICATE_SIMILARITY = 0.5

/**
 * The keys of a document: address, folded-text hash, MinHash fingerprint and wire credit.
 *
 * @example documentKeys('دمشق-سانا\nأعلنت الوزارة…', 'https://www.sana.sy/?p=1&utm_source=x').urlKey // → 'sana.sy?p=1'
 */
export const documentKeys = (text: string, url: string | null): DocumentKeys => ({
  ...exactKeys(text, url),
  fingerprint: fingerprint(text),
  wire: wireCredit(text),
})

/** The keys an exact duplicate is found by (address and folded-text hash), before any analysis. */
export const exactKeys = (text: string, url: string | null): Pick<DocumentKeys, 'urlKey' | 'textHash'> => ({
  urlKey: urlKey(url),
  textHash: textHash(text),
})

export interface NearMatch {
  readonly link: DuplicateLink
  readonly original: SimilarDocument
}

/** The closest stored document this one nearly repeats, if any. */
export const findNearDuplicate = (
  keys: DocumentKeys,
  outlet: string | null,
  candidates: readonly SimilarDocument[],
): NearMatch | null => {
  let best: NearMatch | null = null
  let bestSimilarity = 0
  for (const candidate of candidates) {
    const shared = similarity(keys.fingerprint, candidate.fingerprint)
    // Two outlets carrying one agency's story (an unknown outlet may be another one).
    const sameWire =
      keys.wire !== null && keys.wire === candidate.wire && (candidate.outlet !== outlet || outlet === null)
    const bound = sameWire ? WIRE_DUPLICATE_SIMILARITY : NEAR_DUPLICATE_SIMILARITY
    if (shared < bound || shared <= bestSimilarity) continue
    bestSimilarity = shared
    best = {
      original: candidate,
      link: { of: candidate.id, kind: sameWire ? 'wire' : 'near', similarity: shared },
    }
  }
  return best
}
