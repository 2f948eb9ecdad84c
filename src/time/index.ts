/**
 * The time layer: find and resolve time expressions, the pipeline stage, and page publication dates.
 *
 * @example
 *   import { findTimes } from './time/index.js'
 *   findTimes(text, tokenize(text), '2025-08-20')
 */
export { formatTimeValue, parseIsoDate } from './calendar-date.js'
export { type FoundTime, findTimes } from './find-times.js'
export { hijriOf, hijriToGregorian } from './hijri.js'
export { dateFromString, dateFromUrl, pageDate } from './page-date.js'
export { resolveTimes } from './stage.js'
export { TIME_KINDS, type TimeKind } from './time-kind.js'
export { loadTimeVocabulary, type TimeVocabulary, timeVocabulary } from './time-vocabulary.js'
