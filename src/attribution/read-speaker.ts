/**
 * Reading a speaker phrase: the X of قال X إن, بحسب X, or أن X أكد. A head decides the kind (مصدر
 * anonymous, وزير an office, وزارة a body, قناة an outlet, بيان a document, or a name the gazetteer or the
 * entity layer knows); then qualifiers, nisbas, genitive names, links (باسم، بقيادة) and a person's name
 * may follow. The phrase stops at the first word that is none of these, so the object of اتهم الوفد
 * الاحتلال is left out.
 */
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import { MAX_NAME_TOKENS, readNameRun } from './name-run.js'
import { nounReadings, type ProcliticContext } from './noun-readings.js'
import {
  isFieldOfBody,
  isGoverned,
  isPluralHead,
  isPluralKey,
  isPronounLink,
  readUnit,
  skipNisbas,
  skipParenthesis,
} from './phrase-words.js'
import { hasRole, headRoleAt, isPunctuation, quotationEnd, type ReaderContext } from './reader-context.js'
import { type HeadClass, matchFits, NAMED_TYPES, PLACE_TYPES, readHead } from './speaker-head.js'
import { matchKey } from './word-key.js'

export interface SpeakerPhrase {
  readonly startToken: number
  readonly endToken: number
  readonly start: number
  readonly end: number
  readonly head: HeadClass
  /** Bare key of the head word (مصدر، وفد), or the actor code of a gazetteer name: what back-references match. */
  readonly headKey: string
  readonly definite: boolean
  /** Only the head (with qualifiers, nisbas, ذاته): a definite one may point back to an earlier speaker. */
  readonly bare: boolean
  /** A person's name is part of it (a listed person, a tagged one, or an unlisted run after a title). */
  readonly named: boolean
  readonly kind: SpeakerKind
}

/** A speaker phrase longer than this is not one. */
export const MAX_SPEAKER_TOKENS = 12
/** Adjectives in the names of bodies, after which the body's field follows with ل. */
const NAMING_ADJECTIVES: ReadonlySet<string> = new Set(
  ['العامة', 'العام', 'العليا', 'الأعلى', 'الوطنية', 'الوطني', 'الدائمة', 'المركزية', 'المستقلة'].map(
    matchKey,
  ),
)
const ONE_OF: ReadonlySet<string> = new Set(['أحد', 'إحدى'].map(matchKey))
const TITLE_PARTS: ReadonlySet<string> = new Set(['عام', 'العام', 'عامة', 'العامة', 'كبار'].map(matchKey))
/** A body's or outlet's name in quotation marks is this long at most. */
const MAX_QUOTED_NAME = 6
/** Definite nouns an indefinite head may govern before the lexicons know them: صحيفة الشرق الأوسط. */
const MAX_GENITIVE_NOUNS = 3
const SELF: ReadonlySet<string> = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها', 'ذاتهم', 'أنفسهم'].map(matchKey))
/** Prepositions that attach an affiliation to an unnamed source: مصدر في الخارجية، مسؤول من الوفد. */
const AFFILIATIONS: ReadonlySet<string> = new Set(['في', 'من', 'داخل', 'لدى', 'ضمن'].map(matchKey))
const ISSUED: ReadonlySet<string> = new Set(['صادر', 'الصادر', 'صادرة', 'الصادرة'].map(matchKey))
const FROM = matchKey('عن')
const _SEPARATE_LAM = matchKey('ل')
const kindOf = (
  head: HeadClass,
  headKey: string,
  definite: boolean,
  specific: boolean,
  named: boolean,
): SpeakerKind => {
  switch (head) {
    case 'anonymous':
      return 'anonymous'
    case 'member':
      return named || (definite && !isPluralKey(headKey)) ? 'named' : 'anonymous'
    case 'office':
      return definite || specific || named ? 'named' : 'anonymous'
    case 'body':
    case 'state':
      return 'official-body'
    case 'outlet':
      return 'outlet'
    case 'document':
      return 'document'
    default:
      return 'named'
  }
}

/**
 * Reads the speaker phrase that starts at token `at` and ends before `limit`, or returns null when no
 * speaker starts there. `procliticContext` says what may be written on the first word: nothing but the
 * article after a verb, a preposition after وفقاً (لوزارة).
 *
 * @example
 *   // tokens of 'كشف مصدر دبلوماسي مطلع لقناة الإخبارية عن تفاصيل'
 *   readSpeaker(context, 1, tokens.length)
 *   // { startToken: 1, endToken: 4, head: 'anonymous', kind: 'anonymous', … }: مصدر دبلوماسي مطلع
 */
export const readSpeaker = (
  context: ReaderContext,
  at: number,
  limit: number,
  procliticContext: ProcliticContext = 'article',
): SpeakerPhrase | null => {
  const { view } = context
  const cap = Math.min(limit, at + MAX_SPEAKER_TOKENS)
  // أحد موظفي الشركة، إحدى الناشطات: one of a group, unnamed.
  if (ONE_OF.has(view.keys[at] ?? '') && procliticContext === 'article') {
    const group = readSpeaker(context, at + 1, limit)
    if (group === null) return null
    return { ...group, startToken: at, start: view.tokens[at]!.start, bare: false, kind: 'anonymous' }
  }
  const head = readHead(context, at, cap, procliticContext)
  if (head === null) return null
  let end = head.endToken
  let headClass: HeadClass = head.head
  let specific = head.specific
  let named = headClass === 'person'
  let bare = !head.specific
  let hasName = headClass === 'outlet' && head.specific
  // After an affiliation (مسؤول في الخارجية) no name of the speaker follows.
  let affiliated = false
  // After a nisba or a qualifier the construct is over: no genitive follows (الجيش السوداني قوات …).
  let modified = false
  if (head.definite && end < cap && SELF.has(view.keys[end]!)) end++
  while (end < cap) {
    const parenthesisEnd = skipParenthesis(context, end, cap)
    if (parenthesisEnd > end) {
      end = parenthesisEnd
      continue
    }
    // An outlet's name in quotation marks: قناة “الإخبارية السورية”.
    const closing = quotationEnd(context, end)
    if (closing !== -1) {
      // A body or an outlet named in quotation marks: مجموعة "برنامج نون"، قناة “الإخبارية السورية”.
      const names = headClass === 'outlet' || (headClass === 'body' && closing - end <= MAX_QUOTED_NAME)
      if (!names || hasName || closing >= cap) break
      // After a nisba only a listed name continues the body (حركة المقاومة الإسلامية "حماس"); other
      // quoted words are what it said or did (اتهم الوفد السوري "جهات خارجية" بـ…).
      if (modified && view.gazetteerAt[end + 1]?.endToken !== closing) break
      end = closing + 1
      hasName = true
      bare = false
      continue
    }
    if (isPunctuation(context, end) || view.inTime[end] === 1) break
    const match = view.gazetteerAt[end]
    // A name behind a merged ل + ال (للصحفيين) is someone spoken to, not part of the speaker.
    if (matchFits(match, cap, 'article', view.tokens[end])) {
      const type = match.entry.type
      if (type === 'nationality') {
        end = match.endToken
        modified = true
        continue
      }
      if (headClass === 'person' || headClass === 'state' || headClass === 'name') break
      if (type === 'person') {
        if (headClass !== 'office' && headClass !== 'member' && headClass !== 'anonymous') break
        end = match.endToken
        // مسؤول في إدارة الرئيس باراك أوباما: the person names the body, not the speaker.
        named ||= !affiliated
        bare = false
        break
      }
      if (headClass === 'outlet') {
        // صحيفة مكة، قناة الجزيرة: a place or a listed outlet names the outlet.
        if (hasName || (type !== 'outlet' && !PLACE_TYPES.has(type))) break
        end = match.endToken
        hasName = true
        bare = false
        break
      }
      const genitive =
        PLACE_TYPES.has(type) || NAMED_TYPES.has(type) || type === 'sector' || type === 'outlet'
      if (genitive && !modified) {
        // A genitive: وزير خارجية الأردن، رئيس حركة حماس، بيان الخارجية.
        end = match.endToken
        specific = true
        bare = false
        continue
      }
      // مصدر أمني مسؤول: a one-word sector noun that is also a qualifier qualifies.
      if (type === 'sector' && match.endToken === end + 1 && hasRole(context, end, 'qualifier')) {
        end++
        continue
      }
      break
    }
    // الهيئة العامة للطيران المدني، اللجنة العليا للانتخابات: a named body's field, after its naming adjective.
    if (headClass === 'body' && NAMING_ADJECTIVES.has(view.keys[end - 1]!) && isFieldOfBody(context, end)) {
      end++
      while (
        end < cap &&
        end - head.endToken < MAX_SPEAKER_TOKENS &&
        (isGoverned(context, end) || hasRole(context, end, 'qualifier'))
      )
        end++
      specific = true
      bare = false
      continue
    }
    if (hasRole(context, end, 'qualifier')) {
      // عام is part of a title (مدير عام السياحة): the construct goes on after it.
      modified ||= !TITLE_PARTS.has(view.keys[end]!)
      end++
      continue
    }
    // A title over a body: عضو لجنة المفاوضات، مدير مكتب الرئيس.
    const governedBody =
      (headClass === 'office' || headClass === 'member') && !modified && end === head.endToken
        ? headRoleAt(context, end, false)
        : null
    if (
      (governedBody?.role === 'body' || governedBody?.role === 'office') &&
      !governedBody.reading.definite
    ) {
      // مساعد مدير، نائب رئيس: one of many over a unique office is an office too.
      if (headClass === 'member') headClass = 'office'
      end++
      specific = true
      bare = false
      continue
    }
    // A construct: an indefinite head and the definite noun it governs (وزير النقل، هيئة البث).
    if (
      !head.definite &&
      !modified &&
      end - head.endToken < MAX_GENITIVE_NOUNS &&
      headClass !== 'person' &&
      isGoverned(context, end)
    ) {
      end++
      specific = true
      bare = false
      continue
    }
    if (isPronounLink(context, end)) {
      // باسمها، بقيادته: the actor is the pronoun, nothing follows.
      end++
      specific = true
      bare = false
      continue
    }
    if (hasRole(context, end, 'link')) {
      const unitEnd = readUnit(context, end + 1, cap)
      if (unitEnd === -1) break
      end = unitEnd
      specific = true
      bare = false
      continue
    }
    const affiliable =
      headClass === 'anonymous' || headClass === 'member' || (headClass === 'office' && !head.definite)
    if (affiliable && AFFILIATIONS.has(view.keys[end]!)) {
      const unitEnd = readUnit(context, end + 1, cap)
      if (unitEnd === -1) break
      end = unitEnd
      bare = false
      affiliated = true
      continue
    }
    // A body's seat: وزارة الصحة في غزة، السفارة الأمريكية في دمشق.
    const seat =
      headClass === 'body' && AFFILIATIONS.has(view.keys[end]!) ? view.gazetteerAt[end + 1] : undefined
    if (
      seat !== undefined &&
      PLACE_TYPES.has(seat.entry.type) &&
      seat.proclitics.length === 0 &&
      seat.endToken <= cap
    ) {
      end = skipNisbas(context, seat.endToken, cap)
      continue
    }
    if (headClass === 'document') {
      // بيان صادر عن الخارجية، بيان لوزارة الدفاع.
      const issuedAt = ISSUED.has(view.keys[end]!) && view.keys[end + 1] === FROM ? end + 2 : end
      const unitEnd =
        issuedAt > end || view.tokens[end]!.folded.startsWith('ل') ? readUnit(context, issuedAt, cap) : -1
      if (unitEnd === -1) break
      end = unitEnd
      bare = false
      continue
    }
    // A plural (خبراء اقتصاد، مسؤولون) has no one name after it.
    if (
      (headClass === 'office' || headClass === 'member') &&
      !affiliated &&
      !isPluralHead(context, head.headKey)
    ) {
      const personEnd = view.personEnd[end]!
      const nameEnd =
        personEnd > end && personEnd <= cap
          ? personEnd
          : readNameRun(context, end, cap, MAX_NAME_TOKENS, true)
      if (nameEnd !== -1) {
        end = nameEnd
        named = true
        bare = false
      }
      break
    }
    if (headClass === 'outlet' && !hasName) {
      if (view.tokens[end]!.kind === 'number' || view.tokens[end]!.kind === 'latin') {
        end++
        hasName = true
        bare = false
        continue
      }
      const nameEnd = readNameRun(context, end, cap, 3)
      if (nameEnd !== -1) {
        end = nameEnd
        hasName = true
        bare = false
      }
      break
    }
    // An indefinite body and its unlisted name: نادي بايرن ميونيخ، شركة سلامة للتأمين.
    if (headClass === 'body' && !head.definite && !hasName && !modified && end === head.endToken) {
      const nameEnd = readNameRun(context, end, cap, 3, true)
      if (nameEnd !== -1) {
        end = nameEnd
        hasName = true
        bare = false
      }
      break
    }
    break
  }
  // حسب النظام: a word that names a speaker only with a qualifier, alone, is a common noun.
  if (end === head.endToken && hasRole(context, at, 'generic')) return null
  return {
    startToken: at,
    endToken: end,
    start: head.start,
    end: view.tokens[end - 1]!.end,
    head: headClass,
    headKey: head.headKey,
    definite: head.definite,
    bare,
    named,
    kind: kindOf(headClass, head.headKey, head.definite, specific, named),
  }
}

/**
 * Whether the phrase's head is a sound plural in the oblique case (مسؤولين، مسؤولي التنظيم): after a
 * verb that is its object, as the subject would read مسؤولون، مسؤولو.
 */
export const isObliquePlural = (context: ReaderContext, phrase: SpeakerPhrase): boolean => {
  const token = context.view.tokens[phrase.startToken]
  if (token === undefined || token.kind !== 'word') return false
  const { roles } = context.words
  for (const reading of nounReadings(token, 'article')) {
    const key = reading.key
    if (key.endsWith('ين') && roles.has(`${key.slice(0, -2)}ون`)) return true
    if (key.endsWith('ي') && !roles.has(key) && roles.has(`${key.slice(0, -1)}ون`)) return true
  }
  return false
}
