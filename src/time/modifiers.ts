/**
 * Words that narrow or introduce a date and belong to its span: مطلع/منتصف/أواخر (part), صباح/مساء/فجر
 * (time of day), يوم, شهر, غرة. They keep the precision of what they modify — مطلع كانون الأول is a
 * month, صباح أمس a day — and alone they are no time at all.
 */
import { phraseAt, type Scan } from './scan.js'
import { KIND } from './time-word.js'

/** The modifier flags, one bit each, so a set of them is one number. */
export const Modifier = {
  part: 1,
  timeOfDay: 2,
  dayWord: 4,
  monthWord: 8,
  firstDay: 16,
  /** Not a word but a context: a month was just read and joined (تموز وآب), so آب is a month too. */
  listed: 32,
} as const

const BY_KIND: Readonly<Record<string, number>> = {
  part: Modifier.part,
  'time-of-day': Modifier.timeOfDay,
  'day-word': Modifier.dayWord,
  'month-word': Modifier.monthWord,
  'first-day': Modifier.firstDay,
}

export interface Modifiers {
  /** The `Modifier` flags present. */
  readonly flags: number
  /** The token after the modifiers. */
  readonly next: number
  /** Where the first modifier starts in the text. */
  readonly start: number
}

/** At most this many modifiers stack up: منتصف ليل الثلاثاء، صباح يوم الأحد. */
const MAX_MODIFIERS = 3

const MODIFIER_KINDS =
  KIND.part | KIND['time-of-day'] | KIND['day-word'] | KIND['month-word'] | KIND['first-day']

/**
 * The modifiers at token `index` (none: `flags` 0 and `next` = `index`).
 *
 * @example readModifiers(scan, index) // 'صباح يوم الأحد' → flags timeOfDay|dayWord, next at الأحد
 */
export const readModifiers = (scan: Scan, index: number): Modifiers => {
  let flags = 0
  let next = index
  let start = scan.tokens[index]?.start ?? 0
  for (let count = 0; count < MAX_MODIFIERS; count++) {
    const hit = phraseAt(scan, next, MODIFIER_KINDS)
    if (hit === undefined) break
    if (count === 0) start = hit.start
    flags |= BY_KIND[hit.word.kind] ?? 0
    next = hit.next
  }
  return { flags, next, start }
}
