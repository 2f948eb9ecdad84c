/**
 * Speakers the lexicons only half know. A title or a body read as far as the lexicons go runs on over
 * unlisted words to أن/إن, a colon or a quotation (رئيس المكتب السياسي لحركة حماس خليل الحية إن), an
 * appositive name between commas joins a title (عضو مجلس الشورى، حسين نقوي حسيني، أن), and with no head
 * at all a run of unlisted words before the words is taken for a name (قال جون سميث إن، وقال فاسيليس
 * كوركيديس رئيس رابطة التجار، إن), in quotation marks or parentheses too (قال "المعلم"، قالت (كامبل سوب)).
 */
import type { Cue } from './cue-lexicon.js'
import { isNameLike, readNameRun } from './name-run.js'
import { nounReadings } from './noun-readings.js'
import { readRelays } from './read-relays.js'
import { readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import {
  cueAt,
  hasAnyRole,
  hasRole,
  isComplementizer,
  isSaying,
  isTerminal,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { matchKey } from './word-key.js'

const COMMA = ','
const COLON = ':'
const ARTICLE = 'ال'
const OPEN_PARENTHESIS = '('
const CLOSE_PARENTHESIS = ')'
/** How many unlisted words a title may run on for (رئيس المكتب السياسي لحركة حماس خليل الحية). */
const MAX_EXTENSION = 7
/** How far an aside (في سياق خطابه، أمس، أحد قادة المعارضة في فرنسا) may put off the words. */
const MAX_ASIDE = 14
/** A quoted or parenthesised name is this long at most. */
const MAX_ENCLOSED_NAME = 4
/** How far back a surname is looked for as the end of a full name. */
const SURNAME_LOOKBACK = 2000
const ONE_OF: ReadonlySet<string> = new Set(['أحد', 'إحدى'].map(matchKey))
/** Words that open an adverbial aside between a speaker and the words. */
const ASIDE_STARTERS: ReadonlySet<string> = new Set(
  [
    ...['في', 'خلال', 'أمام', 'عقب', 'لدى', 'بعد', 'أثناء', 'إثر', 'ضمن', 'عبر', 'وفي', 'وخلال'],
    // Time adverbs: قال المفوض … وقتها إن
    ...['آنذاك', 'حينذاك', 'حينها', 'وقتها', 'يومها', 'عندئذ', 'وقتئذ', 'حينئذ'],
  ].map(matchKey),
)

/** أن/إن, a colon or an opening quotation mark at `index`. */
export const opensSpeech = (context: ReaderContext, index: number): boolean =>
  isComplementizer(context, index) ||
  context.view.keys[index] === COLON ||
  quotationEnd(context, index) !== -1

/**
 * The token where speech opens within an aside from `at` (قال كاميرون في سياق خطابه، "…"), or -1 when a
 * sentence end or another cue comes first. One of the cue's own prepositions ends the search too (أكد
 * … على أن: what stands before على is an object), unless `governed` lets it open the words (إلى أن).
 */
export const speechAhead = (
  context: ReaderContext,
  at: number,
  limit: number,
  cue: Cue,
  governed = false,
): number => {
  const { keys } = context.view
  for (let index = at; index < limit && index - at <= MAX_ASIDE; index++) {
    // A quotation opens speech only after a comma (الكيان “الإسرائيلي” inside the aside is no speech).
    const quotation = quotationEnd(context, index) !== -1
    if (quotation ? keys[index - 1] === COMMA : opensSpeech(context, index)) return index
    if (isTerminal(context, index) && keys[index] !== COMMA) return -1
    if (cue.prepositions.has(keys[index]!))
      return governed && isComplementizer(context, index + 1) ? index : -1
    if (cueAt(context, index) !== null) return -1
  }
  return -1
}

const isExtendable = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]!
  if (token.kind !== 'word' || token.folded.length < 2 || context.view.inTime[index] === 1) return false
  if (isComplementizer(context, index) || hasRole(context, index, 'stop')) return false
  return cueAt(context, index) === null
}

/** A word with one of the cue's prepositions written on it (تعهد … بفرض، دعا … لوقف). */
const governsGlued = (context: ReaderContext, index: number, cue: Cue): boolean => {
  const token = context.view.tokens[index]
  if (token?.kind !== 'word') return false
  return nounReadings(token, 'preposition').some(
    (reading) => reading.proclitics.length === 1 && cue.prepositions.has(reading.proclitics[0]!),
  )
}

/**
 * Whether the words follow at `at`, after relays and maybe an aside. With `governed`, one of the cue's
 * own prepositions opens them too (a name: تعهد رئيس الوزراء، ديفيد كاميرون، بفرض …); without, it does
 * not, and only an adverbial aside may come first (أكد الوزير ضرورة العمل على …: an object, no name).
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
  if (!governed && !ASIDE_STARTERS.has(keys[next] ?? '') && context.view.inTime[next] !== 1) return false
  return speechAhead(context, next, limit, cue, governed) !== -1
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

/**
 * A word with ل after a title: whom it was said to (للصحفيين، لنظيره، لرويترز), unless a listed body
 * other than an outlet (لحركة حماس).
 */
const isAddressee = (context: ReaderContext, index: number): boolean => {
  const folded = context.view.tokens[index]?.folded ?? ''
  if (!folded.startsWith('ل')) return false
  if (folded.startsWith('لل') || context.view.gazetteerCover[index] === -1) return true
  return isOutletAddressee(context, index)
}

/** A listed outlet with ل glued on (لرويترز): whom the words were said to. */
const isOutletAddressee = (context: ReaderContext, index: number): boolean => {
  const match = context.view.gazetteerAt[index]
  return match?.entry.type === 'outlet' && match.proclitics.includes('ل')
}

const extended = (
  context: ReaderContext,
  phrase: SpeakerPhrase,
  end: number,
  named: boolean,
): SpeakerPhrase => ({
  ...phrase,
  endToken: end,
  end: context.view.tokens[end - 1]!.end,
  bare: false,
  named: named || phrase.named,
  kind: named ? 'named' : phrase.kind,
})

/**
 * A title or a body without its full name, run on to where the words open; an appositive name between
 * commas joins a title. Unnamed members (مسؤول أمريكي رفيع طلب عدم …) are left as they are.
 */
export const extendTitle = (
  context: ReaderContext,
  phrase: SpeakerPhrase,
  limit: number,
  cue: Cue,
): SpeakerPhrase => {
  const title = phrase.head === 'office' || phrase.head === 'member'
  if ((!title && phrase.head !== 'body') || phrase.named) return phrase
  const { keys } = context.view
  const after = phrase.endToken
  if (keys[after] === COMMA) {
    const nameEnd = title ? personAt(context, after + 1, limit) : -1
    if (nameEnd !== -1 && keys[nameEnd] === COMMA && speechFollows(context, nameEnd, limit, cue, true)) {
      return extended(context, phrase, nameEnd, true)
    }
    return phrase
  }
  if (phrase.head === 'member' && phrase.kind !== 'named') return phrase
  if (isAddressee(context, after)) return phrase
  let end = after
  // The run stops at the outlet the words were said to (… جيراهتو لرويترز إن …).
  while (
    end < limit &&
    end - after < MAX_EXTENSION &&
    isExtendable(context, end) &&
    !isOutletAddressee(context, end)
  )
    end++
  if (end === after || !speechFollows(context, end, limit, cue, false)) return phrase
  return extended(context, phrase, end, title)
}

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

/** A definite word no lexicon knows (الكومندان، البائع، الزهراني): a surname or a role before a name. */
const isUnlistedDefinite = (context: ReaderContext, at: number): boolean => {
  const token = context.view.tokens[at]
  if (token?.kind !== 'word' || !token.folded.startsWith(ARTICLE)) return false
  return context.view.gazetteerCover[at] === -1 && !hasAnyRole(context, at) && cueAt(context, at) === null
}

/** A surname alone before a comma, a colon, أن/إن, a quotation or a participle (أضاف العتيبي قائلاً). */
const isSurname = (context: ReaderContext, at: number, limit: number): boolean => {
  if (!isUnlistedDefinite(context, at) || at + 1 > limit) return false
  const next = at + 1
  return (
    next === limit || opensSpeech(context, next) || isTerminal(context, next) || cueAt(context, next) !== null
  )
}

const nameOf = (
  context: ReaderContext,
  at: number,
  end: number,
  start = context.view.tokens[at]!.start,
): SpeakerPhrase => ({
  startToken: at,
  endToken: end,
  start,
  end: context.view.tokens[end - 1]!.end,
  head: 'name',
  headKey: context.view.keys[at]!,
  definite: true,
  bare: false,
  named: true,
  kind: 'named',
})

/** Whether the tokens `first .. end-1` are all words. */
const allWords = (context: ReaderContext, first: number, end: number): boolean => {
  for (let index = first; index < end; index++) if (context.view.tokens[index]!.kind !== 'word') return false
  return end > first
}

/** The closing mark of a short quotation or parenthesis at `at`, or -1. */
const enclosureEnd = (context: ReaderContext, at: number, limit: number): number => {
  const { keys } = context.view
  const quoted = quotationEnd(context, at)
  if (quoted !== -1) return quoted - at - 1 <= MAX_ENCLOSED_NAME && quoted < limit ? quoted : -1
  if (keys[at] !== OPEN_PARENTHESIS) return -1
  for (let index = at + 1; index < limit && index - at <= MAX_ENCLOSED_NAME + 1; index++) {
    if (keys[index] === CLOSE_PARENTHESIS) return index
  }
  return -1
}

/**
 * A name in quotation marks or parentheses right after a verb (قال "المعلم" في مؤتمر صحفي: …، قالت (كامبل
 * سوب) إنها …), marks and all, when the words follow.
 */
export const enclosedName = (
  context: ReaderContext,
  at: number,
  limit: number,
  cue: Cue | null,
): SpeakerPhrase | null => {
  const close = enclosureEnd(context, at, limit)
  if (close <= at + 1) return null
  let inner = readSpeaker(context, at + 1, close)
  const innerEnd = inner?.endToken ?? readNameRun(context, at + 1, close + 1, MAX_ENCLOSED_NAME)
  if (innerEnd !== close) {
    // نقلت «الحياة» عن …، علمت «الشرق الأوسط» من …: what a relay verb names in quotation marks is an outlet,
    // whatever else its words may name.
    if (cue?.kind !== 'relay-verb' || !allWords(context, at + 1, close)) return null
    inner = { ...nameOf(context, at + 1, close), head: 'outlet', kind: 'outlet' }
  }
  let end = close + 1
  const title = readSpeaker(context, end, limit)
  if (title !== null && (title.head === 'office' || title.head === 'member')) end = title.endToken
  // After a verb the words must follow; after بحسب the name is all there is (وبحسب (وام)، …).
  if (cue !== null && !speechFollows(context, end, limit, cue, true)) return null
  const phrase = inner ?? nameOf(context, at + 1, close)
  return {
    ...phrase,
    startToken: at,
    endToken: end,
    start: context.view.tokens[at]!.start,
    end: context.view.tokens[end - 1]!.end,
  }
}

/** Whether an apposition or an aside may start at `index`: a comma, an adverbial, a time word, أحد. */
const opensAside = (context: ReaderContext, index: number): boolean => {
  const key = context.view.keys[index] ?? ''
  return key === COMMA || ASIDE_STARTERS.has(key) || ONE_OF.has(key) || context.view.inTime[index] === 1
}

/**
 * A name nobody listed right after a verb, before the words: directly (قال جون سميث إن، وقال الزهراني
 * إن), after relays (اعترف توز في حديث لـ«الشرق الأوسط» بأن), or, for a full name, after an apposition
 * or an aside (وقال كزافييه برتران أحد قادة المعارضة في فرنسا إن). A title after the name joins it
 * (أعلن بدر محمد باسملة وزير النقل اليمني عن …), as does a role word before it (أوضح البائع بسام العامري،
 * أن …).
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
  if (end === -1 && isUnlistedDefinite(context, at)) {
    const afterRole = readNameRun(context, at + 1, limit)
    end = afterRole !== -1 ? afterRole : isSurname(context, at, limit) ? at + 1 : -1
  }
  if (end === -1 || end >= limit || (!tagged && !isNameLike(context, at))) return null
  const full = tagged || end - at >= 2
  // A title in apposition after the name: أعلن بدر محمد باسملة وزير النقل اليمني عن ….
  const title = readSpeaker(context, end, limit)
  if (title !== null && (title.head === 'office' || title.head === 'member')) end = title.endToken
  const next = readRelays(context, end, limit).next
  const key = view.keys[next] ?? ''
  const opens =
    opensSpeech(context, next) ||
    isSaying(context, next) ||
    cue.prepositions.has(key) ||
    governsGlued(context, next, cue) ||
    (key === COMMA && opensSpeech(context, next + 1)) ||
    // A full name may be followed by an apposition or an aside before the words, not by just anything.
    (full && opensAside(context, next) && speechAhead(context, next, limit, cue, true) !== -1)
  return opens ? nameOf(context, at, end) : null
}

/**
 * A name nobody listed after a prepositional cue, before a pause: وبحسب السناني، … / …، وفق الزهراني.
 * After بحسب and وفق common nouns are as usual as names (حسب الحاجة), so only a tagged person, or a
 * surname that ended a full name earlier in the text, will do.
 */
export const nameBeforePause = (context: ReaderContext, at: number, limit: number): SpeakerPhrase | null => {
  const personEnd = context.view.personEnd[at]!
  let end = personEnd > at && personEnd <= limit ? personEnd : -1
  if (end === -1 && isSurname(context, at, limit) && namedBefore(context, at)) end = at + 1
  if (end === -1 || (end < limit && !isTerminal(context, end))) return null
  return nameOf(context, at, end)
}
