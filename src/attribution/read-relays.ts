/**
 * Relays after a speaker: who carried the words to the reader. لقناة X، لوكالة Y، لـ”Z”، في تصريح لـ X،
 * في مقابلة مع X name an outlet; في بيان، عبر تغريدة name the document the words came in. Media without an
 * outlet (في مؤتمر صحفي، عبر حسابه على منصة إكس) are stepped over, as are time words and commas around
 * the relay.
 */
import type { Relay } from '../pipeline/analysis.js'
import { cliticReadings } from '../text/clitics.js'
import { isNameLike } from './name-run.js'
import { readSpeaker } from './read-speaker.js'
import { hasRole, isKey, quotationEnd, type ReaderContext } from './reader-context.js'
import { resolveSpeakerCode } from './resolve-speaker-code.js'
import { rolesOf } from './speaker-words.js'
import { matchKey } from './word-key.js'

export interface RelayReading {
  /** Relays in the order they were found: the one closest to the speaker first. */
  readonly relays: readonly Relay[]
  /** The token after the last relay (or `at` when there was none). */
  readonly next: number
}

const COMMA = ','
const SEPARATE_LAM = matchKey('ل')
const WITH = matchKey('مع')
/** Prepositions that introduce the medium of a statement. */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(
  ['في', 'خلال', 'عبر', 'ضمن', 'على', 'وفي', 'وخلال'].map(matchKey),
)
const MAX_MEDIUM_TAIL = 3

const relayOf = (
  context: ReaderContext,
  startToken: number,
  endToken: number,
  start: number,
  kind: Relay['kind'],
): Relay => {
  const { view } = context
  const end = view.tokens[endToken - 1]!.end
  return {
    text: view.text.slice(start, end),
    code: kind === 'document' ? null : resolveSpeakerCode(view, startToken, endToken, kind),
    kind,
    start,
    end,
  }
}

/** An outlet named after a lam: لقناة X، لـ”X”، لـ الجزيرة. */
const readOutletAfterLam = (
  context: ReaderContext,
  at: number,
  limit: number,
): { relay: Relay; next: number } | null => {
  const { view } = context
  if (at >= limit) return null
  if (isKey(context, at, SEPARATE_LAM)) {
    const closing = quotationEnd(context, at + 1)
    if (closing !== -1 && closing < limit) {
      return {
        relay: relayOf(context, at + 1, closing + 1, view.tokens[at + 1]!.start, 'outlet'),
        next: closing + 1,
      }
    }
    const outlet = readSpeaker(context, at + 1, limit)
    if (outlet === null || outlet.kind !== 'outlet') return null
    return { relay: relayOf(context, at + 1, outlet.endToken, outlet.start, 'outlet'), next: outlet.endToken }
  }
  const token = view.tokens[at]!
  if (token.kind !== 'word' || !token.folded.startsWith('ل')) return null
  const outlet = readSpeaker(context, at, limit, 'preposition')
  if (outlet === null || outlet.kind !== 'outlet' || outlet.start === token.start) return null
  return { relay: relayOf(context, at, outlet.endToken, outlet.start, 'outlet'), next: outlet.endToken }
}

/** Whether a token is a medium word, pronoun and all (تصريحاته، حديثه، حسابه). */
const isMedium = (context: ReaderContext, index: number, role: 'medium' | 'document'): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  if (hasRole(context, index, role)) return true
  for (const reading of cliticReadings(token.folded)) {
    if (reading.enclitic === '' || reading.proclitics.length > 0) continue
    if (rolesOf(context.words, matchKey(reading.stem)).has(role)) return true
  }
  return false
}

/** في تصريح لـ X، خلال مقابلة مع X، في بيان، عبر حسابه على منصة إكس. */
const readMedium = (
  context: ReaderContext,
  at: number,
  limit: number,
): { relay: Relay | null; next: number } | null => {
  const { view } = context
  if (at + 1 >= limit || !MEDIUM_PREPOSITIONS.has(view.keys[at]!)) return null
  const word = at + 1
  const isDocument = isMedium(context, word, 'document') && !isMedium(context, word, 'medium')
  if (!isDocument && !isMedium(context, word, 'medium')) return null
  let next = word + 1
  while (next < limit && hasRole(context, next, 'qualifier')) next++
  while (next < limit && view.gazetteerAt[next]?.entry.type === 'nationality')
    next = view.gazetteerAt[next]!.endToken
  if (isDocument) {
    return { relay: relayOf(context, word, next, view.tokens[word]!.start, 'document'), next }
  }
  const lam = readOutletAfterLam(context, next, limit)
  if (lam !== null) return { relay: lam.relay, next: lam.next }
  if (isKey(context, next, WITH)) {
    const outlet = readSpeaker(context, next + 1, limit)
    if (outlet !== null && outlet.kind === 'outlet') {
      return {
        relay: relayOf(context, next + 1, outlet.endToken, outlet.start, 'outlet'),
        next: outlet.endToken,
      }
    }
  }
  // A platform's name after an account (منصة إكس، X): stepped over with it.
  let tail = 0
  while (next < limit && tail < MAX_MEDIUM_TAIL) {
    const token = view.tokens[next]!
    const named =
      token.kind === 'latin' || view.gazetteerAt[next]?.entry.type === 'outlet' || isNameLike(context, next)
    if (!named && !(MEDIUM_PREPOSITIONS.has(view.keys[next]!) && isMedium(context, next + 1, 'medium'))) break
    next = named ? (view.gazetteerAt[next]?.endToken ?? next + 1) : next + 2
    tail++
  }
  return { relay: null, next }
}

/**
 * Reads the relays that follow a speaker phrase ending before `at`.
 *
 * @example
 *   // كشف مصدر مطلع لقناة “الإخبارية السورية” عن …
 *   readRelays(context, 3, tokens.length).relays   // [{ text: 'قناة “الإخبارية السورية”', kind: 'outlet', code: 'SYRMED', … }]
 */
export const readRelays = (context: ReaderContext, at: number, limit: number): RelayReading => {
  const { view } = context
  const relays: Relay[] = []
  let index = at
  while (index < limit) {
    if (view.inTime[index] === 1) {
      index++
      continue
    }
    if (view.keys[index] === COMMA) {
      index++
      continue
    }
    const lam = readOutletAfterLam(context, index, limit)
    if (lam !== null) {
      relays.push(lam.relay)
      index = lam.next
      continue
    }
    const medium = readMedium(context, index, limit)
    if (medium !== null) {
      if (medium.relay !== null) relays.push(medium.relay)
      index = medium.next
      continue
    }
    break
  }
  // Commas after the last relay are left to the complement reader (قال الوزير، مضيفاً …); time words go.
  while (index > at && view.keys[index - 1] === COMMA) index--
  return { relays, next: index }
}
