/**
 * The time stage of `analyze()`: fills `document.times` from the text and its publication date.
 */
import { type Document, withMessage } from '../pipeline/document.js'
import { tokenize } from '../text/tokenize.js'
import { parseIsoDate } from './calendar-date.js'
import { findTimes } from './find-times.js'

/**
 * Finds and resolves the document's time expressions. Uses `document.tokens` when segmentation has run
 * (it tokenises the text itself otherwise). A publication date that is not `YYYY-MM-DD` leaves a warning
 * and relative dates unresolved.
 *
 * @example
 *   resolveTimes(segment(createDocument({ text: 'وصل الوفد أمس', published: '2025-03-01' }, 'd1'))).times
 *   // [{ start: 10, end: 13, text: 'أمس', value: '2025-02-28', precision: 'day', calendar: 'gregorian', kind: 'relative' }]
 */
export const resolveTimes = (document: Document): Document => {
  const published = document.meta.published
  const date = parseIsoDate(published)
  const checked =
    published != null && published !== '' && date === null
      ? withMessage(
          document,
          'time',
          `publication date "${published}" is not a YYYY-MM-DD date: relative dates are left without a value`,
        )
      : document
  const tokens =
    document.tokens.length > 0 || document.text === '' ? document.tokens : tokenize(document.text)
  return { ...checked, times: findTimes(document.text, tokens, date === null ? null : published!) }
}
