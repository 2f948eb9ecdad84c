/**
 * Which news agency a text credits: a dateline (`دمشق - سانا`, `الرياض (واس) -`), a credit in
 * parentheses (`(أ ف ب)`), or a closing credit line. Short agency names that are also words (بنا "with
 * us", قنا a city) only count inside parentheses or a dateline, never loose in a sentence.
 */
import { foldWord } from '../text/fold.js'
import { WIRE_AGENCIES, type WireAgency } from './wire-agencies.js'

/** How far into a text a dateline can be, and how near its end a closing credit. */
const HEAD = 80
const TAIL = 120

const fold = (text: string): string => foldWord(text, { tehMarbuta: true })

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An agency name as a pattern: dots and spaces between letters (أ.ف.ب، أ ف ب) are interchangeable. */
const namePattern = (name: string): string =>
  fold(name)
    .split(/[\s.]+/)
    .map(escapeRegExp)
    .join('[\\s.]*')

const AGENCY_OF_NAME: { readonly pattern: string; readonly agency: WireAgency }[] = Object.entries(
  WIRE_AGENCIES,
)
  .filter(([agency]) => agency !== 'agencies') // "agencies" credits no one story
  .flatMap(([agency, names]) =>
    names.map((name) => ({ pattern: namePattern(name), agency: agency as WireAgency })),
  )
  .sort((left, right) => right.pattern.length - left.pattern.length)

const NAMES = AGENCY_OF_NAME.map((entry) => entry.pattern).join('|')
/** `(رويترز)` anywhere in the head or tail. */
const PARENTHESISED = new RegExp(`[(\\[]\\s*(${NAMES})\\s*[)\\]]`, 'u')
/** `دمشق - سانا` or `دمشق-سانا:` at the very start: a place of a few words, a dash, the agency. */
const DATELINE = new RegExp(`^[^\\n.،,]{2,40}?[-–—]\\s*(${NAMES})(?![\\p{L}])`, 'u')
/** `المصدر: رويترز` or a closing line that is only the credit. */
const CLOSING = new RegExp(`(?:المصدر\\s*[:：]\\s*|\\n\\s*)(${NAMES})\\s*$`, 'u')

const agencyOf = (matched: string): WireAgency | null => {
  for (const entry of AGENCY_OF_NAME)
    if (new RegExp(`^${entry.pattern}$`, 'u').test(matched)) return entry.agency
  return null
}

/**
 * The agency a text credits, or null.
 *
 * @example
 *   wireCredit('دمشق-سانا\nأعلنت وزارة …')       // → 'sana'
 *   wireCredit('… في بيان. (رويترز)')               // → 'reuters'
 *   wireCredit('قال إن الحديث بنا طويل')            // → null
 */
export const wireCredit = (text: string): WireAgency | null => {
  const head = fold(text.slice(0, HEAD)).trim()
  const tail = fold(text.slice(-TAIL)).trim()
  const match =
    PARENTHESISED.exec(head) ?? DATELINE.exec(head) ?? PARENTHESISED.exec(tail) ?? CLOSING.exec(tail)
  return match === null ? null : agencyOf(match[1]!)
}
