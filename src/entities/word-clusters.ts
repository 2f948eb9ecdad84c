import { readFileSync } from 'node:fs'
import { forEachTabPair } from './tab-pairs.js'

/** Word → hierarchical cluster path (a bit string such as `0110100`), keyed by folded form. */
export type WordClusters = ReadonlyMap<string, string>

/**
 * Parses a clusters file: `#` comment lines (provenance), then `PATH<TAB>WORD` lines.
 *
 * @example
 *   parseWordClusters('# source\n0110\tباريس\n').get('باريس') // → '0110'
 */
export const parseWordClusters = (text: string): Map<string, string> => {
  const clusters = new Map<string, string>()
  forEachTabPair(text, (path, word) => clusters.set(word, path))
  return clusters
}

/** Loads a clusters file written by `npm run train:clusters`. */
export const loadWordClusters = (path: string | URL): Map<string, string> =>
  parseWordClusters(readFileSync(path, 'utf8'))
