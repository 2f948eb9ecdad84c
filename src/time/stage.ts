/**
 * The time stage of `analyze()`: fills `document.times` from the text and its publication date.
 */
import type { Entity, TimeExpression } from '../pipeline/analysis.js'
import { type Document, withMessage } from '../pipeline/document.js'
import { tokenize } from '../text/tokenize.js'
import { parseIsoDate } from './calendar-date.js'
import { findTimes } from './find-times.js'

/** Entity types whose mentions are names: a date word inside one is part of the name. */
const NAME_TYPES: ReadonlySet<string> = new Set(['PERS', 'LOC', 'ORG'])

/**
 * Drops times lying inside a longer name the entity stage found (عبدالعزيز الخميس، قناة روسيا اليوم).
 * A name exactly as long as the time is a tagging slip on the date itself, and the time stays.
 *
 * @example
 *   withoutNames([{ start: 9, end: 15, text: 'الخميس', … }], [{ start: 0, end: 15, type: 'PERS', … }]) // []
 */
export const withoutNames = <Time extends TimeExpression>(
  times: readonly Time[],
  entities: readonly Entity[],
): Time[] => {
  const names = entities.filter((entity) => NAME_TYPES.has(entity.type)).sort((a, b) => a.start - b.start)
  if (names.length === 0) return [...times]
  const kept: Time[] = []
  let at = 0
  for (const time of times) {
    // Both lists run in text order: one forward walk over the names.
    while (at < names.length && names[at]!.end <= time.start) at++
    let inside = false
    for (let next = at; next < names.length && names[next]!.start <= time.start; next++) {
      const name = names[next]!
      if (name.end >= time.end && name.end - name.start > time.end - time.start) inside = true
    }
    if (!inside) kept.push(time)
  }
  return kept
}

/**
 * Finds and resolves the document's time expressions. Uses `document.tokens` when segmentation has run
 * (it tokenises the text itself otherwise), and drops times inside names the entity stage found. A
 * publication date that is not `YYYY-MM-DD` leaves a warning and relative dates unresolved.
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
  const times = findTimes(document.text, tokens, date === null ? null : published!)
  return { ...checked, times: withoutNames(times, document.entities) }
}
