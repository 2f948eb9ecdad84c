/**
 * The model's two-column files (`models/word-clusters.tsv`, `models/ner-corpus-tags.tsv`) are large
 * and read at every start, so they are scanned by index rather than split into line arrays.
 */

/**
 * Calls `visit(left, right)` for each `LEFT<TAB>RIGHT` line of `text`; `#` lines (provenance) and lines
 * without a tab after a first column are skipped.
 *
 * @example forEachTabPair('# source\n0110\tباريس\n', (path, word) => …) // visits ('0110', 'باريس')
 */
export const forEachTabPair = (text: string, visit: (left: string, right: string) => void): void => {
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (text.charCodeAt(lineStart) !== 0x23) {
      const tab = text.indexOf('\t', lineStart)
      if (tab > lineStart && tab < lineEnd) visit(text.slice(lineStart, tab), text.slice(tab + 1, lineEnd))
    }
    lineStart = lineEnd + 1
  }
}
