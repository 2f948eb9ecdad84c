/**
 * The words a speaker phrase is built from after its head: plurals, governed nouns, a body's field,
 * parentheses, nisbas, and the actor after a link or an affiliation (باسم الجيش، في وزارة الخارجية).
 */
import { cliticReadings } from '../text/clitics.js'
import { ARTICLE, readNameRun } from './name-run.js'
import { cueAt, hasAnyRole, hasRole, headRoleAt, isKey, type ReaderContext } from './reader-context.js'
import { matchFits, readHead } from './speaker-head.js'
import { rolesOf } from './speaker-words.js'
import { matchKey } from './word-key.js'

/** Adjectives an unlisted body in an affiliation may carry: المقاومة الشعبية. */
export const MAX_UNIT_ADJECTIVES = 2
/** Broken plurals of member words; sound plurals are told by their endings. */
export const BROKEN_PLURALS: ReadonlySet<string> = new Set(
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
export const isPluralHead = (context: ReaderContext, key: string): boolean =>
  isPluralKey(key) ||
  (key.endsWith('ي') && !context.words.roles.has(key) && context.words.roles.has(`${key}ن`))

/** Whether a member word is plural: الخبراء، المسؤولون speak as a group no one names. */
export const isPluralKey = (key: string): boolean =>
  BROKEN_PLURALS.has(key) || key.endsWith('ون') || key.endsWith('ين') || key.endsWith('ات')
const SEPARATE_LAM = matchKey('ل')
export const SEPARATE_MIN = matchKey('من')
/** A definite word with no role and no cue: a noun completing a name in a genitive. */
export const isDefiniteNoun = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word' || !token.folded.startsWith(ARTICLE)) return false
  if (context.view.gazetteerCover[index] !== -1 || hasAnyRole(context, index)) return false
  return cueAt(context, index) === null
}

/** A definite noun an indefinite head governs (المكتب in رئيس المكتب السياسي): any but a function word. */
export const isGoverned = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word' || !token.folded.startsWith(ARTICLE)) return false
  if (context.view.gazetteerCover[index] !== -1) return false
  if (hasRole(context, index, 'stop') || hasRole(context, index, 'qualifier')) return false
  return cueAt(context, index) === null
}

/** A definite noun with ل written on it that is no outlet (للطيران، للانتخابات): a body's field. */
export const isFieldOfBody = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token?.kind !== 'word' || !token.folded.startsWith('لل')) return false
  const role = headRoleAt(context, index, true)
  return role === null || role.role !== 'outlet'
}

/** A link word with an object pronoun on it (باسمه، بقيادتها). */
export const isPronounLink = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  for (const reading of cliticReadings(token.folded)) {
    if (reading.enclitic === '' || reading.proclitics.length > 0) continue
    if (rolesOf(context.words, matchKey(reading.stem)).has('link')) return true
  }
  return false
}

export const OPEN_PARENTHESIS = '('
export const CLOSE_PARENTHESIS = ')'
export const MAX_PARENTHESIS = 5

/** A short parenthesis after a name (وكالة الأنباء الرسمية (سانا)، قوات سوريا الديمقراطية (قسد)) is part of it. */
export const skipParenthesis = (context: ReaderContext, at: number, limit: number): number => {
  const { keys } = context.view
  if (keys[at] !== OPEN_PARENTHESIS) return at
  for (let index = at + 1; index < limit && index - at <= MAX_PARENTHESIS; index++) {
    if (keys[index] === CLOSE_PARENTHESIS) return index + 1
  }
  return at
}

/** Nisbas and places right after `at` (السوري، الأردني): the end of the run. */
export const skipNisbas = (context: ReaderContext, at: number, limit: number): number => {
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
export const readUnit = (context: ReaderContext, at: number, limit: number): number => {
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
