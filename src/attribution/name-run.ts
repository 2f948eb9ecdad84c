/**
 * Names nobody listed: runs of words that can be part of a person's name (no role, no cue, no gazetteer
 * name, no article on the first word), ending where a speaker phrase may end.
 */
import {
  cueAt,
  hasAnyRole,
  hasRole,
  headRoleAt,
  isComplementizer,
  isKey,
  isPunctuation,
  type ReaderContext,
} from './reader-context.js'
import { matchKey } from './word-key.js'

export const MAX_NAME_TOKENS = 4
export const ARTICLE = 'ال'
const SEPARATE_LAM = matchKey('ل')
/** A noun with a possessive pronoun on it: مسؤوليته، هويتها، بيده، لديهم. */
export const POSSESSED = /(?:ته|تها|تهم|تهما|اؤه|ائه)$|^[بل].+(?:ه|ها|هم)$/u
/** Words that follow an object noun far more often than a name (نفى المتحدث وجود أي اتصال). */
export const WEAK_FOLLOWERS: ReadonlySet<string> = new Set(
  ['أي', 'على', 'إلى', 'الى', 'عن', 'من', 'مع', 'ل', 'بين'].map(matchKey),
)

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
