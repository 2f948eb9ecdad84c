/**
 * Duplicate detection for ingest. Exact: the same id, the same normalised address, or the same folded
 * text — skipped. Near: a SimHash within a few bits of a stored document — stored, linked to it; when
 * both credit the same agency and come from different outlets, it is the wire story republished.
 */
import type { DocumentKeys, DuplicateLink, SimilarDocument } from '../store/store.js'
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash, textHash } from './simhash.js'
import { urlKey } from './url-key.js'
import { wireCredit } from './wire-credit.js'

/** A wire story republished with its own headline or edits is further apart than a plain copy. */
const WIRE_DUPLICATE_BITS = 10

/**
 * The keys of a document: address, folded-text hash, SimHash and wire credit.
 *
 * @example documentKeys('دمشق-سانا\nأعلنت الوزارة…', 'https://www.sana.sy/?p=1&utm_source=x').urlKey // → 'sana.sy?p=1'
 */
export const documentKeys = (text: string, url: string | null): DocumentKeys => ({
  urlKey: urlKey(url),
  textHash: textHash(text),
  simhash: simhash(text),
  wire: wireCredit(text),
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
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = hammingDistance(keys.simhash, candidate.simhash)
    // Two outlets carrying one agency's story (an unknown outlet may be another one).
    const sameWire =
      keys.wire !== null && keys.wire === candidate.wire && (candidate.outlet !== outlet || outlet === null)
    const limit = sameWire ? WIRE_DUPLICATE_BITS : NEAR_DUPLICATE_BITS
    if (distance > limit || distance >= bestDistance) continue
    bestDistance = distance
    best = {
      original: candidate,
      link: { of: candidate.id, kind: sameWire ? 'wire' : 'near', similarity: 1 - distance / 64 },
    }
  }
  return best
}
