import { readFileSync } from 'node:fs'

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
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (text.charCodeAt(lineStart) !== 0x23) {
      const tab = text.indexOf('\t', lineStart)
      if (tab > lineStart && tab < lineEnd)
        clusters.set(text.slice(tab + 1, lineEnd), text.slice(lineStart, tab))
    }
    lineStart = lineEnd + 1
  }
  return clusters
}

/** Loads a clusters file written by `npm run train:clusters`. */
export const loadWordClusters = (path: string | URL): Map<string, string> =>
  parseWordClusters(readFileSync(path, 'utf8'))
