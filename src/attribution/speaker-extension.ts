/**
 * Speakers the lexicons only half know. A title read as far as the lexicons go runs on over unlisted
 * words to أن/إن, a colon or a quotation (رئيس المكتب السياسي لحركة حماس خليل الحية إن), an appositive
 * name between commas joins it (عضو مجلس الشورى، حسين نقوي حسيني، أن), and with no head at all a run of
 * unlisted words right before the complement is taken for a name (قال جون سميث إن).
 */
import type { Cue } from './cue-lexicon.js'
import { nounReadings } from './noun-readings.js'
import { readRelays } from './read-relays.js'
import { isNameLike, readNameRun, readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import {
  cueAt,
  hasAnyRole,
  hasRole,
  isComplementizer,
  isTerminal,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { matchKey } from './word-key.js'

const COMMA = ','
const COLON = ':'
/** How many unlisted words a title may run on for (رئيس المكتب السياسي لحركة حماس خليل الحية). */
const MAX_EXTENSION = 7
/** How far an adverbial aside (في سياق خطابه، أمس) may put off the complement. */
const MAX_ASIDE = 14
/** Words that open an adverbial aside between a speaker and the words. */
const ASIDE_STARTERS: ReadonlySet<string> = new Set(
  ['في', 'خلال', 'أمام', 'عقب', 'لدى', 'بعد', 'أثناء', 'إثر', 'ضمن', 'عبر', 'على هامش', 'وفي', 'وخلال'].map(
    matchKey,
  ),
)

/** أن/إن, a colon or an opening quotation mark at `index`. */
export const opensSpeech = (context: ReaderContext, index: number): boolean =>
  isComplementizer(context, index) ||
  context.view.keys[index] === COLON ||
  quotationEnd(context, index) !== -1

/**
 * The token where speech opens within a short aside from `at` (قال كاميرون في سياق خطابه، "…"), or -1 when
 * a sentence end, another cue or one of the cue's own prepositions (أكد … على أن) comes first.
 */
export const speechAhead = (context: ReaderContext, at: number, limit: number, cue: Cue): number => {
  const { keys } = context.view
  for (let index = at; index < limit && index - at <= MAX_ASIDE; index++) {
    // A quotation opens speech only after a comma (الكيان “الإسرائيلي” inside the aside is no speech).
    const quotation = quotationEnd(context, index) !== -1
    if (quotation ? keys[index - 1] === COMMA : opensSpeech(context, index)) return index
    if (isTerminal(context, index) && keys[index] !== COMMA) return -1
    if (cue.prepositions.has(keys[index]!) || cueAt(context, index) !== null) return -1
  }
  return -1
}

const isExtendable = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]!
  if (token.kind !== 'word' || token.folded.length < 2 || context.view.inTime[index] === 1) return false
  if (isComplementizer(context, index) || hasRole(context, index, 'stop')) return false
  return cueAt(context, index) === null
}

/** Whether speech opens at `at`, or after relays and an aside that are not the cue's own complement. */
/**
 * Whether speech opens at `at`, or after relays and an aside. With `governed`, one of the cue's own
 * prepositions opens it too (an appositive name: تعهد رئيس الوزراء، ديفيد كاميرون، بفرض …); without, it
 * does not (أكد الوزير ضرورة العمل على: the words before على are an object, not a name).
 */
const speechFollows = (
  context: ReaderContext,
  at: number,
  limit: number,
  cue: Cue,
  governed: boolean,
): boolean => {
  const { keys } = context.view
  let next = readRelays(context, at, limit).next
  while (keys[next] === COMMA) next++
  if (opensSpeech(context, next)) return true
  if (cue.prepositions.has(keys[next] ?? '') || governsGlued(context, next, cue)) return governed
  // Only an adverbial aside may stand before the words (في كلمة، خلال مؤتمر، أمس), not an object.
  if (!governed && !ASIDE_STARTERS.has(keys[next] ?? '') && context.view.inTime[next] !== 1) return false
  return speechAhead(context, next, limit, cue) !== -1
}

/** A word with one of the cue's prepositions written on it (تعهد … بفرض، دعا … لوقف). */
const governsGlued = (context: ReaderContext, index: number, cue: Cue): boolean => {
  const token = context.view.tokens[index]
  if (token?.kind !== 'word') return false
  return nounReadings(token, 'preposition').some(
    (reading) => reading.proclitics.length === 1 && cue.prepositions.has(reading.proclitics[0]!),
  )
}

/** A person's name at `at`: tagged by the entity layer, listed in the gazetteer, or an unlisted run. */
const personAt = (context: ReaderContext, at: number, limit: number): number => {
  const { view } = context
  const tagged = view.personEnd[at]!
  if (tagged > at && tagged <= limit) return tagged
  const match = view.gazetteerAt[at]
  if (match?.entry.type === 'person' && match.proclitics.length === 0 && match.endToken <= limit)
    return match.endToken
  return readNameRun(context, at, limit)
}

const isAddressee = (context: ReaderContext, index: number): boolean => {
  const folded = context.view.tokens[index]?.folded ?? ''
  // قال الوزير للصحفيين، لنظيره: ل on a common noun or a pronoun; ل on a listed body is a genitive
  // (رئيس المكتب السياسي لحركة حماس).
  return folded.startsWith('ل') && (folded.startsWith('لل') || context.view.gazetteerCover[index] === -1)
}

const extended = (context: ReaderContext, phrase: SpeakerPhrase, end: number): SpeakerPhrase => ({
  ...phrase,
  endToken: end,
  end: context.view.tokens[end - 1]!.end,
  bare: false,
  named: true,
  kind: 'named',
})

/**
 * A named title without a name, run on to where speech opens; an appositive name between commas joins
 * any title. Unnamed sources (مسؤول أمريكي رفيع طلب عدم …) are left as they are.
 */
export const extendTitle = (
  context: ReaderContext,
  phrase: SpeakerPhrase,
  limit: number,
  cue: Cue,
): SpeakerPhrase => {
  if ((phrase.head !== 'office' && phrase.head !== 'member') || phrase.named) return phrase
  const { keys } = context.view
  const after = phrase.endToken
  if (keys[after] === COMMA) {
    const nameEnd = personAt(context, after + 1, limit)
    if (nameEnd !== -1 && keys[nameEnd] === COMMA && speechFollows(context, nameEnd, limit, cue, true)) {
      return extended(context, phrase, nameEnd)
    }
    return phrase
  }
  // An unnamed member of a body runs on into its own aside (مسؤول رفيع طلب عدم الكشف …): not extended.
  if (phrase.head === 'member' && phrase.kind !== 'named') return phrase
  // قال الوزير للصحفيين إن: a word with ل right after the title is whom it was said to, not a name.
  if (isAddressee(context, after)) return phrase
  let end = after
  while (end < limit && end - after < MAX_EXTENSION && isExtendable(context, end)) end++
  if (end === after || !speechFollows(context, end, limit, cue, false)) return phrase
  return extended(context, phrase, end)
}

const ARTICLE = 'ال'

/** A definite word no lexicon knows, followed by a comma, a colon, أن/إن or a quotation: a surname. */
const isSurname = (context: ReaderContext, at: number, limit: number): boolean => {
  const token = context.view.tokens[at]
  if (token?.kind !== 'word' || !token.folded.startsWith(ARTICLE) || at + 1 > limit) return false
  if (context.view.gazetteerCover[at] !== -1 || hasAnyRole(context, at) || cueAt(context, at) !== null)
    return false
  return at + 1 === limit || opensSpeech(context, at + 1) || isTerminal(context, at + 1)
}

/** How far back a surname is looked for as the end of a full name. */
const SURNAME_LOOKBACK = 2000

/** Whether the word at `at` ended a full name earlier in the text (… يوسف البنيان … بحسب البنيان). */
const namedBefore = (context: ReaderContext, at: number): boolean => {
  const { keys } = context.view
  const key = keys[at]!
  for (let index = at - 1; index > 0 && at - index <= SURNAME_LOOKBACK; index--) {
    if (keys[index] === key && isNameLike(context, index - 1) && !keys[index - 1]!.startsWith(ARTICLE))
      return true
  }
  return false
}

/**
 * A name nobody listed right after a verb, before a comma, a colon, a quotation or أن/إن (قال جون سميث
 * إن), or a person the entity layer tagged there.
 */
export const looseName = (
  context: ReaderContext,
  at: number,
  limit: number,
  cue: Cue,
): SpeakerPhrase | null => {
  const { view } = context
  const personEnd = view.personEnd[at]!
  const tagged = personEnd > at && personEnd <= limit
  let end = tagged ? personEnd : readNameRun(context, at, limit)
  // A surname alone, article and all, right before the words: وقال الزهراني إن ….
  if (end === -1 && isSurname(context, at, limit)) end = at + 1
  if (end === -1 || end >= limit || (!tagged && !isNameLike(context, at))) return null
  // A title in apposition after the name: أعلن بدر محمد باسملة وزير النقل اليمني عن ….
  const title = readSpeaker(context, end, limit)
  if (title !== null && (title.head === 'office' || title.head === 'member')) end = title.endToken
  // Relays may stand between the name and the words: اعترف توز في حديث لـ«الشرق الأوسط» بأن ….
  const after = readRelays(context, end, limit).next
  const next = view.keys[after] ?? ''
  const opens =
    opensSpeech(context, after) ||
    cue.prepositions.has(next) ||
    (next === COMMA && opensSpeech(context, after + 1))
  return opens ? nameOf(context, at, end) : null
}

/**
 * A name nobody listed after a prepositional cue, before a pause: وبحسب السناني، … / …، وفق الزهراني.
 */
export const nameBeforePause = (context: ReaderContext, at: number, limit: number): SpeakerPhrase | null => {
  // حسب وقتها المحدد، وفق خطط مدروسة: after بحسب and وفق common nouns are as usual as names, so only a
  // tagged person or a surname alone will do.
  const personEnd = context.view.personEnd[at]!
  let end = personEnd > at && personEnd <= limit ? personEnd : -1
  if (end === -1 && isSurname(context, at, limit) && namedBefore(context, at)) end = at + 1
  if (end === -1 || (end < limit && !isTerminal(context, end))) return null
  return nameOf(context, at, end)
}

const nameOf = (context: ReaderContext, at: number, end: number): SpeakerPhrase => ({
  startToken: at,
  endToken: end,
  start: context.view.tokens[at]!.start,
  end: context.view.tokens[end - 1]!.end,
  head: 'name',
  headKey: context.view.keys[at]!,
  definite: true,
  bare: false,
  named: true,
  kind: 'named',
})
