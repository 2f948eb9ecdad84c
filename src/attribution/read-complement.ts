/**
 * What follows a cue, its speaker and relays: a colon, a quotation, أن/إن, one of the prepositions the
 * cue governs (أشار إلى، شدد على، طالب بـ), عن and a further speaker (نقلت صحيفة عن مصدر، نقلاً عن), or
 * nothing of the kind (an object: اتهم الوفد الاحتلال …; or the end of the clause: «…»، قال الوزير).
 */
import type { Cue } from './cue-lexicon.js'
import { nounReadings } from './noun-readings.js'
import {
  hasRole,
  isComplementizer,
  isKey,
  isSaying,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { speechAhead } from './speaker-extension.js'
import { matchKey } from './word-key.js'

export type Complement =
  /** Direct speech after a colon, to the end of the sentence. */
  | { readonly type: 'colon'; readonly contentToken: number }
  /** Direct speech in quotation marks: the opening and closing marks. */
  | { readonly type: 'quote'; readonly open: number; readonly close: number }
  /** Indirect speech after أن/إن or a preposition the cue governs (`governed`). */
  | { readonly type: 'that'; readonly contentToken: number; readonly governed: boolean }
  /** A further speaker after عن: the words come from them. */
  | { readonly type: 'source'; readonly speakerToken: number }
  /** Nothing that introduces speech; `at` is the next token (maybe a comma). */
  | { readonly type: 'none'; readonly at: number }

const COMMA = ','
const COLON = ':'
const FROM = matchKey('عن')
const QUOTING = matchKey('نقلا')
/** An aside between commas before أن/إن (قال مسؤول، طالباً عدم الكشف عن هويته، إن …) is this long at most. */
const MAX_ASIDE = 10
const MIN_QUOTED_WORDS = 3

/** The words of a withheld name: فضّل عدم ذكر اسمه، طالباً عدم الكشف عن هويته. */
const WITHHELD: ReadonlySet<string> = new Set(
  ['اسمه', 'اسمها', 'اسمهم', 'هويته', 'هويتها', 'هويتهم'].map(matchKey),
)
const MAX_WITHHELD = 8

/** The token after an aside withholding the speaker's name, when the words open there; else -1. */
const withheldName = (context: ReaderContext, at: number, limit: number): number => {
  const { keys } = context.view
  for (let index = at; index < limit && index - at < MAX_WITHHELD; index++) {
    if (!WITHHELD.has(keys[index]!)) continue
    let next = index + 1
    while (keys[next] === COMMA) next++
    return isComplementizer(context, next) || keys[next] === COLON || quotationEnd(context, next) !== -1
      ? next
      : -1
  }
  return -1
}

/** The comma that closes an aside opening at `at`, when أن/إن follows it; else -1. */
const asideEnd = (context: ReaderContext, at: number, limit: number): number => {
  const { keys } = context.view
  if (keys[at] !== COMMA) return -1
  for (let index = at + 1; index < limit && index - at <= MAX_ASIDE; index++) {
    if (isComplementizer(context, index) || keys[index] === COLON) return -1
    // Several asides may follow each other (، رئيس بلدية المدينة، للصحافيين، إنه …).
    if (keys[index] === COMMA && isComplementizer(context, index + 1)) return index
  }
  return -1
}

/**
 * Reads the complement at token `at` for `cue`.
 *
 * @example
 *   // شدد الوفد على أن … : at the token على
 *   readComplement(context, 3, tokens.length, cue)   // { type: 'that', contentToken: 5 }
 */
export const readComplement = (context: ReaderContext, at: number, limit: number, cue: Cue): Complement => {
  const { view } = context
  let index = at
  const aside = asideEnd(context, at, limit)
  if (aside !== -1) index = aside
  while (index < limit && view.keys[index] === COMMA) index++
  // قال قائلاً: … / أضاف العتيبي قائلاً: إن …: "saying" adds nothing; the words follow it.
  if (isSaying(context, index)) return readComplement(context, index + 1, limit, cue)
  // قال أحد الموظفين فضّل عدم ذكر اسمه: إن …: the withheld name closes an aside.
  const withheld = withheldName(context, index, limit)
  if (withheld !== -1) return readComplement(context, withheld, limit, cue)
  if (index >= limit) return { type: 'none', at }
  if (isKey(context, index, COLON)) {
    const closing = quotationEnd(context, index + 1)
    if (closing !== -1) return { type: 'quote', open: index + 1, close: closing }
    return index + 1 < limit ? { type: 'colon', contentToken: index + 1 } : { type: 'none', at }
  }
  const closing = quotationEnd(context, index)
  // Without a colon, a quotation of a word or two after a name is a nickname or a title, not speech.
  if (closing !== -1 && closing - index > MIN_QUOTED_WORDS)
    return { type: 'quote', open: index, close: closing }
  if (isComplementizer(context, index)) return { type: 'that', contentToken: index + 1, governed: false }
  const key = view.keys[index]!
  // نقلت الصحيفة عن مصدر، علمت الصحيفة من مصدر: the relay's own preposition names the source.
  if (cue.kind === 'relay-verb' && (key === FROM || cue.prepositions.has(key)))
    return { type: 'source', speakerToken: index + 1 }
  if (key === QUOTING && view.keys[index + 1] === FROM) return { type: 'source', speakerToken: index + 2 }
  if (cue.prepositions.has(key)) {
    const after = isComplementizer(context, index + 1) ? index + 2 : index + 1
    return after < limit ? { type: 'that', contentToken: after, governed: true } : { type: 'none', at }
  }
  // A governed preposition written on the word: طالب بانسحاب، دعا لوقف.
  const token = view.tokens[index]!
  if (token.kind === 'word') {
    for (const reading of nounReadings(token, 'preposition')) {
      if (reading.proclitics.length === 1 && cue.prepositions.has(reading.proclitics[0]!)) {
        return { type: 'that', contentToken: index, governed: true }
      }
    }
  }
  // An adverbial aside before the words: قال كاميرون في سياق خطابه، "…"، أكد الوزير أمس أن ….
  if (hasRole(context, index, 'stop') || view.inTime[index] === 1) {
    const ahead = speechAhead(context, index, limit, cue)
    if (ahead !== -1) return readComplement(context, ahead, limit, cue)
  }
  return { type: 'none', at }
}
