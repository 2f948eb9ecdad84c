/**
 * The mode of an assault from the words around it: aircraft and drones make an air strike, artillery and
 * rockets shelling, bullets and snipers firearms, charges and car bombs a bombing (قصفت الطائرات → air-strike).
 */
import type { PloverMode } from '../vocabulary/plover.js'
import { CUE } from './cue-kinds.js'
import type { SentenceContext } from './sentence-context.js'

const ORDER: ReadonlyArray<readonly [number, PloverMode]> = [
  [CUE['mode-air-strike'], 'air-strike'],
  [CUE['mode-bombing'], 'bombing'],
  [CUE['mode-shelling'], 'shelling'],
  [CUE['mode-firearms'], 'firearms'],
]

/**
 * The mode the words in `[from, to)` point to, or `fallback`.
 *
 * @example
 *   // قصفت طائرات حربية … → 'air-strike' (the lexicon's fallback for قصف is 'shelling')
 */
export const assaultMode = (
  context: SentenceContext,
  from: number,
  to: number,
  fallback: PloverMode | null,
): PloverMode | null => {
  let flags = 0
  for (let position = from; position < to; position++) flags |= context.words[position]!.cues
  for (const [flag, mode] of ORDER) if ((flags & flag) !== 0) return mode
  return fallback
}
