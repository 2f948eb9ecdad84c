/** Small English helpers for event summaries: past tense, lists, dates. */

const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['meet', 'met'],
  ['hold', 'held'],
  ['make', 'made'],
  ['withdraw', 'withdrew'],
  ['fight', 'fought'],
  ['shoot', 'shot'],
  ['strike', 'struck'],
  ['take', 'took'],
  ['give', 'gave'],
  ['send', 'sent'],
  ['lend', 'lent'],
  ['go', 'went'],
  ['rise', 'rose'],
  ['set', 'set'],
  ['cut', 'cut'],
  ['put', 'put'],
  ['lead', 'led'],
  ['bring', 'brought'],
  ['ban', 'banned'],
  ['stab', 'stabbed'],
  ['plan', 'planned'],
  ['sue', 'sued'],
  ['stage', 'staged'],
  ['wage', 'waged'],
  ['rally', 'rallied'],
  ['supply', 'supplied'],
  ['carry', 'carried'],
  ['deploy', 'deployed'],
  ['lodge', 'lodged'],
  ['trade', 'traded'],
  ['pledge', 'pledged'],
])

const VOWELS = 'aeiou'
const YEAR = /^\d{4}$/

/**
 * The past tense of an English verb.
 *
 * @example
 *   pastTense('meet')      // 'met'
 *   pastTense('accuse')    // 'accused'
 *   pastTense('reject')    // 'rejected'
 */
export const pastTense = (verb: string): string => {
  const irregular = IRREGULAR_PAST.get(verb)
  if (irregular !== undefined) return irregular
  if (verb.endsWith('e')) return verb + 'd'
  if (verb.endsWith('y') && !VOWELS.includes(verb.charAt(verb.length - 2))) return verb.slice(0, -1) + 'ied'
  return verb + 'ed'
}

/** `A`, `A and B`, `A, B and C`. */
export const joinNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A time value as English after a preposition: `on 8 December 2024`, `in December 2024`, `in 2024`.
 *
 * @example
 *   datePhrase('2024-12-08')   // 'on 8 December 2024'
 */
export const datePhrase = (value: string): string | null => {
  const [year, month, day] = value.split('-')
  if (year === undefined || year === 'XXXX' || !YEAR.test(year)) return null
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]
  if (monthName === undefined) return `in ${year}`
  if (day === undefined) return `in ${monthName} ${year}`
  return `on ${Number(day)} ${monthName} ${year}`
}

// Country names English writes with "the": the United States, the Netherlands, the Gaza Strip.
const WITH_ARTICLE =
  /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Czech|Dominican|Central African|Democratic|Republic|Holy See|Vatican|Gaza Strip|West Bank)|Islands$/

/**
 * A name as it stands in running English.
 *
 * @example
 *   properName('United States')   // 'the United States'
 */
export const properName = (name: string): string => (WITH_ARTICLE.test(name) ? `the ${name}` : name)
