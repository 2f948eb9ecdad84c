/**
 * Reading a speaker phrase: the X of قال X إن, بحسب X, or أن X أكد. A head decides the kind (مصدر
 * anonymous, وزير an office, وزارة a body, قناة an outlet, بيان a document, or a name the gazetteer or the
 * entity layer knows); then qualifiers, nisbas, genitive names, links (باسم، بقيادة) and a person's name
 * may follow. The phrase stops at the first word that is none of these, so the object of اتهم الوفد
 * الاحتلال is left out.
 */
import type { GazetteerMatch } from '../lexicon/match-gazetteer.js'
import { cliticReadings } from '../text/clitics.js'
import type { Token } from '../text/token.js'
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import { nounReadings, type ProcliticContext } from './noun-readings.js'
import {
  cueAt,
  hasAnyRole,
  hasRole,
  headRoleAt,
  isComplementizer,
  isKey,
  isPunctuation,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { type HeadRole, headRoleOf, rolesOf } from './speaker-words.js'
import { offsetAfterLetters } from './token-view.js'
import { bareKey, matchKey } from './word-key.js'

/** What heads a speaker phrase: a speaker-word role, or what the gazetteer says the name is. */
export type HeadClass = HeadRole | 'person' | 'state' | 'name'

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
const MAX_NAME_TOKENS = 4
const ARTICLE = 'ال'
/** A noun with a possessive pronoun on it: مسؤوليته، هويتها، بيده، لديهم. */
const POSSESSED = /(?:ته|تها|تهم|تهما|اؤه|ائه)$|^[بل].+(?:ه|ها|هم)$/u
/** Adjectives in the names of bodies, after which the body's field follows with ل. */
const NAMING_ADJECTIVES: ReadonlySet<string> = new Set(
  ['العامة', 'العام', 'العليا', 'الأعلى', 'الوطنية', 'الوطني', 'الدائمة', 'المركزية', 'المستقلة'].map(
    matchKey,
  ),
)
/** Adjectives an unlisted body in an affiliation may carry: المقاومة الشعبية. */
const MAX_UNIT_ADJECTIVES = 2
const ONE_OF: ReadonlySet<string> = new Set(['أحد', 'إحدى'].map(matchKey))
const TITLE_PARTS: ReadonlySet<string> = new Set(['عام', 'العام', 'عامة', 'العامة', 'كبار'].map(matchKey))
/** A body's or outlet's name in quotation marks is this long at most. */
const MAX_QUOTED_NAME = 6
/** Broken plurals of member words; sound plurals are told by their endings. */
const BROKEN_PLURALS: ReadonlySet<string> = new Set(
  [
    'خبراء',
    'أطباء',
    'جنود',
    'ضباط',
    'قادة',
    'عمال',
    'طلاب',
    'سكان',
    'أهالي',
    'نشطاء',
    'أعضاء',
    'وزراء',
    'سفراء',
    'زعماء',
    'علماء',
  ].map(matchKey),
)

/** A plural head, in construct too (موظفي الشركة is موظفين with its ن dropped). */
const isPluralHead = (context: ReaderContext, key: string): boolean =>
  isPluralKey(key) ||
  (key.endsWith('ي') && !context.words.roles.has(key) && context.words.roles.has(`${key}ن`))

/** Whether a member word is plural: الخبراء، المسؤولون speak as a group no one names. */
const isPluralKey = (key: string): boolean =>
  BROKEN_PLURALS.has(key) || key.endsWith('ون') || key.endsWith('ين') || key.endsWith('ات')
/** Definite nouns an indefinite head may govern before the lexicons know them: صحيفة الشرق الأوسط. */
const MAX_GENITIVE_NOUNS = 3
/** Words that follow an object noun far more often than a name (نفى المتحدث وجود أي اتصال). */
const WEAK_FOLLOWERS: ReadonlySet<string> = new Set(
  ['أي', 'على', 'إلى', 'الى', 'عن', 'من', 'مع', 'ل', 'بين'].map(matchKey),
)

const SELF: ReadonlySet<string> = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها', 'ذاتهم', 'أنفسهم'].map(matchKey))
/** Prepositions that attach an affiliation to an unnamed source: مصدر في الخارجية، مسؤول من الوفد. */
const AFFILIATIONS: ReadonlySet<string> = new Set(['في', 'من', 'داخل', 'لدى', 'ضمن'].map(matchKey))
const ISSUED: ReadonlySet<string> = new Set(['صادر', 'الصادر', 'صادرة', 'الصادرة'].map(matchKey))
const FROM = matchKey('عن')
const SEPARATE_LAM = matchKey('ل')
const SEPARATE_MIN = matchKey('من')
const NAMED_TYPES: ReadonlySet<string> = new Set([
  'igo',
  'agency',
  'armed-group',
  'party',
  'ngo',
  'institution',
])
const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'region', 'landmark'])
/** Sectors of people rather than institutions: السكان، النازحون، الأطباء speak as unnamed witnesses. */
const PEOPLE_SECTORS = /(?:CVL|REF|LAB|EDU|HLH|BUS|ELI)/u

const PROCLITICS_BY_CONTEXT: Record<ProcliticContext, ReadonlySet<string>> = {
  article: new Set(),
  conjunction: new Set(['و', 'ف']),
  preposition: new Set(['و', 'ف', 'ل', 'ب', 'ك']),
}

/** ل + ال merge into لل, which the gazetteer keeps in the name's span with no proclitic listed. */
const MERGED_LAM = 'لل'

const matchFits = (
  match: GazetteerMatch | undefined,
  limit: number,
  context: ProcliticContext,
  token?: Token,
): match is GazetteerMatch =>
  match !== undefined &&
  match.endToken <= limit &&
  match.proclitics.every((proclitic) => PROCLITICS_BY_CONTEXT[context].has(proclitic)) &&
  !(context !== 'preposition' && token?.folded.startsWith(MERGED_LAM) === true)

interface Head {
  readonly endToken: number
  readonly start: number
  readonly head: HeadClass
  readonly headKey: string
  readonly definite: boolean
  /** A many-word name or office (وزير الخارجية): specific, not one of many. */
  readonly specific: boolean
}

const classOfMatch = (match: GazetteerMatch): HeadClass | null => {
  const { type, code } = match.entry
  if (type === 'person') return 'person'
  if (type === 'outlet') return 'outlet'
  if (type === 'country' || type === 'capital') return 'state'
  if (NAMED_TYPES.has(type)) return 'body'
  if (type === 'sector') return PEOPLE_SECTORS.test(code) ? 'member' : 'body'
  return null
}

/** The head of a speaker phrase at `at`, or null when the word cannot head one. */
const readHead = (
  context: ReaderContext,
  at: number,
  limit: number,
  procliticContext: ProcliticContext,
): Head | null => {
  const { view, words } = context
  const token = view.tokens[at]
  if (token === undefined || at >= limit || token.kind !== 'word') return null
  const match = view.gazetteerAt[at]
  const fits = matchFits(match, limit, procliticContext, token)
  for (const reading of nounReadings(token, procliticContext)) {
    let endToken = at + 1
    let role = null as HeadRole | null
    if (words.phraseStarts.has(reading.key) && at + 1 < limit) {
      role = headRoleOf(words, `${reading.key} ${bareKey(view.tokens[at + 1]!.folded)}`)
      if (role !== null) endToken = at + 2
    }
    role ??= headRoleOf(words, reading.key)
    // موظفي الشركة، مسؤولي الوزارة: a plural in construct, its ن dropped.
    if (role === null && reading.key.endsWith('ي')) role = headRoleOf(words, `${reading.key}ن`)
    if (role === null) continue
    let head: HeadClass = role
    let specific = false
    let start = offsetAfterLetters(view, at, reading.prefixLetters)
    if (fits && match!.endToken > endToken) {
      const matched = classOfMatch(match!)
      if (matched === 'person' || matched === 'outlet') head = matched
      // وزير الخارجية names one office; قائد عسكري is one of many.
      for (let index = at + 1; index < match!.endToken; index++) {
        if (view.tokens[index]!.folded.startsWith(ARTICLE)) specific = true
      }
      endToken = match!.endToken
      start = match!.start
    }
    return { endToken, start, head, headKey: reading.key, definite: reading.definite, specific }
  }
  if (fits) {
    const head = classOfMatch(match!)
    if (head === null) return null
    return {
      endToken: match!.endToken,
      start: match!.start,
      head,
      // A sector noun is referred back to by its word (السكان … الأهالي), a name by its actor.
      headKey:
        match!.entry.type === 'sector'
          ? (nounReadings(token, procliticContext)[0]?.key ?? '')
          : match!.entry.code,
      definite: true,
      specific: true,
    }
  }
  const personEnd = view.personEnd[at]!
  if (personEnd > at && personEnd <= limit && procliticContext !== 'preposition') {
    return {
      endToken: personEnd,
      start: token.start,
      head: 'person',
      headKey: view.keys[at]!,
      definite: true,
      specific: true,
    }
  }
  return null
}

/** A definite word with no role and no cue: a noun completing a name in a genitive. */
const isDefiniteNoun = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word' || !token.folded.startsWith(ARTICLE)) return false
  if (context.view.gazetteerCover[index] !== -1 || hasAnyRole(context, index)) return false
  return cueAt(context, index) === null
}

/** A definite noun an indefinite head governs (المكتب in رئيس المكتب السياسي): any but a function word. */
const isGoverned = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word' || !token.folded.startsWith(ARTICLE)) return false
  if (context.view.gazetteerCover[index] !== -1) return false
  if (hasRole(context, index, 'stop') || hasRole(context, index, 'qualifier')) return false
  return cueAt(context, index) === null
}

/** A definite noun with ل written on it that is no outlet (للطيران، للانتخابات): a body's field. */
const isFieldOfBody = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token?.kind !== 'word' || !token.folded.startsWith('لل')) return false
  const role = headRoleAt(context, index, true)
  return role === null || role.role !== 'outlet'
}

/** A link word with an object pronoun on it (باسمه، بقيادتها). */
const isPronounLink = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  for (const reading of cliticReadings(token.folded)) {
    if (reading.enclitic === '' || reading.proclitics.length > 0) continue
    if (rolesOf(context.words, matchKey(reading.stem)).has('link')) return true
  }
  return false
}

/** Whether a token can be part of a person's name nobody listed: no role, no cue, no gazetteer name. */
export const isNameLike = (context: ReaderContext, index: number): boolean => {
  const { view } = context
  const token = view.tokens[index]
  if (token === undefined || token.kind !== 'word' || token.folded.length < 2) return false
  if (view.gazetteerCover[index] !== -1 || view.inTime[index] === 1) return false
  if (hasAnyRole(context, index) || isComplementizer(context, index)) return false
  // A conjunction or preposition on the article (والوزير، بالقرب، للأمن) never starts a name.
  if (/^(?:[وفبك]ال|[وف]?لل)/u.test(token.folded)) return false
  return cueAt(context, index) === null
}

/** Whether a phrase may end before `index`: punctuation, a complementizer, a function or time word, a cue. */
export const isPhraseBoundary = (context: ReaderContext, index: number, limit: number): boolean => {
  if (index >= limit) return true
  const { view } = context
  if (isPunctuation(context, index) || isComplementizer(context, index) || view.inTime[index] === 1)
    return true
  if (hasRole(context, index, 'stop') || isKey(context, index, SEPARATE_LAM)) return true
  const head = headRoleAt(context, index, true)
  if (head !== null) {
    if (head.role === 'outlet' && head.reading.proclitics.includes('ل')) return true
    // A title after a name is in apposition to it: بدر محمد باسملة وزير النقل.
    if (head.reading.proclitics.length === 0 && (head.role === 'office' || head.role === 'member'))
      return true
  }
  return cueAt(context, index) !== null
}

/** A run of up to `max` name-like tokens at `at` that ends at a phrase boundary: its end, or -1. */
export const readNameRun = (
  context: ReaderContext,
  at: number,
  limit: number,
  max = MAX_NAME_TOKENS,
  strong = false,
): number => {
  const { tokens, keys } = context.view
  // An abbreviated title before the name: د. عبدالله، م. خالد.
  const first =
    tokens[at]?.kind === 'word' && tokens[at]!.folded.length === 1 && keys[at + 1] === '.' ? at + 2 : at
  // A name does not start with the article (الصفدي ends أيمن الصفدي; الضربة starts no name), nor with a
  // noun that carries a pronoun (مسؤوليته، بيده).
  if (tokens[first]?.folded.startsWith(ARTICLE) !== false || POSSESSED.test(tokens[first]!.folded)) return -1
  let end = first
  while (end < limit && end - first < max && isNameLike(context, end)) end++
  if (end === first || !isPhraseBoundary(context, end, limit)) return -1
  // نفى المتحدث وجود أي …: an object noun runs into أي، على، من; a name rarely does.
  if (strong && WEAK_FOLLOWERS.has(keys[end] ?? '') && !isComplementizer(context, end + 1)) return -1
  return end
}

const OPEN_PARENTHESIS = '('
const CLOSE_PARENTHESIS = ')'
const MAX_PARENTHESIS = 5

/** A short parenthesis after a name (وكالة الأنباء الرسمية (سانا)، قوات سوريا الديمقراطية (قسد)) is part of it. */
const skipParenthesis = (context: ReaderContext, at: number, limit: number): number => {
  const { keys } = context.view
  if (keys[at] !== OPEN_PARENTHESIS) return at
  for (let index = at + 1; index < limit && index - at <= MAX_PARENTHESIS; index++) {
    if (keys[index] === CLOSE_PARENTHESIS) return index + 1
  }
  return at
}

/** Nisbas and places right after `at` (السوري، الأردني): the end of the run. */
const skipNisbas = (context: ReaderContext, at: number, limit: number): number => {
  let index = at
  while (index < limit) {
    const match = context.view.gazetteerAt[index]
    if (match === undefined || match.proclitics.length > 0 || match.endToken > limit) break
    if (match.entry.type !== 'nationality') break
    index = match.endToken
  }
  return index
}

/** An actor after a link or an affiliation (باسم الجيش، بقيادة الجولاني، في وزارة الخارجية): its end, or -1. */
const readUnit = (context: ReaderContext, at: number, limit: number): number => {
  let index = at
  // A lam or من written apart (التابعة لـ إيران، المدعومة من طهران).
  if (isKey(context, index, SEPARATE_LAM) || isKey(context, index, SEPARATE_MIN)) index++
  const { view } = context
  const match = view.gazetteerAt[index]
  if (matchFits(match, limit, 'preposition') && match!.entry.type !== 'nationality') {
    const after = match!.endToken
    return skipNisbas(context, after < limit && isDefiniteNoun(context, after) ? after + 1 : after, limit)
  }
  const head = readHead(context, index, limit, 'preposition')
  if (head !== null) {
    let end = skipNisbas(context, head.endToken, limit)
    while (end < limit && hasRole(context, end, 'qualifier')) end++
    const genitive = view.gazetteerAt[end]
    if (matchFits(genitive, limit, 'article') && genitive!.entry.type !== 'person') end = genitive!.endToken
    // حكومة الولاية، مكتب الرئاسة: one definite noun the lexicons do not know completes the body's name.
    else if (end < limit && isDefiniteNoun(context, end)) end++
    return skipNisbas(context, end, limit)
  }
  const personEnd = view.personEnd[index]!
  if (personEnd > index && personEnd <= limit) return personEnd
  // An unlisted body with its adjectives (مصادر في المقاومة الشعبية، مصدر في الشركة).
  if (isGoverned(context, index)) {
    let end = index + 1
    while (
      end < limit &&
      end - index <= MAX_UNIT_ADJECTIVES &&
      (hasRole(context, end, 'qualifier') || isDefiniteNoun(context, end))
    )
      end++
    return skipNisbas(context, end, limit)
  }
  // An unlisted place or body: one word (مسؤول في كابل), so the words after it stay out.
  return readNameRun(context, index, limit, 1)
}

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
