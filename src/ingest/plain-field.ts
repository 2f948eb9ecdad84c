/**
 * Titles and bylines in scraped JSON often keep the page's HTML character references
 * (`&quot;السعودية&quot;`, `محمد&nbsp;علي`, `&#8220;`): SaudiNewsNet has them in about one title in
 * forty. They are metadata, outside `doc.text`, so decoding them moves no offsets.
 */
import { decodeHTML } from 'entities'

const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i
const SPACES = /[\s\u00a0]+/g

/**
 * The field as a reader sees it: character references decoded, runs of spaces (no-break ones too)
 * made one, trimmed; null when nothing is left.
 *
 * @example plainField('بيان &quot;عاجل&quot;&nbsp; ') // → 'بيان "عاجل"'
 */
export const plainField = (value: string | null): string | null => {
  if (value === null) return null
  const decoded = REFERENCE.test(value) ? decodeHTML(value) : value
  const plain = decoded.replace(SPACES, ' ').trim()
  return plain === '' ? null : plain
}
