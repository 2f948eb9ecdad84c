/**
 * Longest-match lookup of a phrase index at a token, Arabic-aware: the first word may carry proclitics
 * (والاحتلال، للكيان، بالكيان), quotation marks inside the phrase are stepped over (الكيان “الصهيوني”),
 * and the tripled lam of a common typo (لللكيان) reads as ل + الكيان.
 */
import { nounReadings } from '../attribution/noun-readings.js'
import { offsetAfterLetters, type TokenView } from '../attribution/token-view.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { PHRASE_SEPARATOR, type PhraseIndex } from '../lexicon/phrase-index.js'
import type { Token } from '../text/token.js'
import { firstWordFilter, mayStartAt } from './first-word-filter.js'

export interface PhraseHit<Value> {
  readonly startToken: number
  readonly endToken: number
  /** Where the phrase starts in the text: after proclitics written on its first word. */
  readonly start: number
  readonly end: number
  readonly values: readonly Value[]
}

const QUOTE = '"'
const ARTICLE = 'ال'
const TRIPLED_LAM = 'للل'

interface FirstKey {
  readonly key: string
  readonly prefixLetters: number
}

/** Words per cache generation; at most two generations are kept. */
const CACHE_GENERATION = 20_000
let recent = new Map<string, readonly FirstKey[]>()
let older = new Map<string, readonly FirstKey[]>()

/** The keys a phrase may start with at this token: the word, then each proclitic reading (cached by word). */
const firstKeys = (view: TokenView, index: number): readonly FirstKey[] => {
  const token = view.tokens[index]!
  if (token.kind !== 'word') return [{ key: view.keys[index]!, prefixLetters: 0 }]
  const cached = recent.get(token.folded) ?? older.get(token.folded)
  if (cached !== undefined) return cached
  const keys = Object.freeze(wordKeys(token))
  if (recent.size >= CACHE_GENERATION) {
    older = recent
    recent = new Map()
  }
  recent.set(token.folded, keys)
  return keys
}

const wordKeys = (token: Token): FirstKey[] => {
  const keys: FirstKey[] = []
  for (const reading of nounReadings(token, 'preposition')) {
    keys.push({
      key: reading.definite ? ARTICLE + reading.key : reading.key,
      prefixLetters: reading.prefixLetters,
    })
  }
  if (token.folded.startsWith(TRIPLED_LAM)) {
    keys.push({ key: matchKey(ARTICLE + token.folded.slice(TRIPLED_LAM.length)), prefixLetters: 0 })
  }
  return keys
}

/**
 * The longest phrase of `index` that starts at token `at`, or null.
 *
 * @example
 *   // tokens of 'قصف للكيان الصهيوني'
 *   matchPhraseAt(view, 1, lexicon.terms)   // { startToken: 1, endToken: 3, values: [{ phrase: 'الكيان الصهيوني', … }], … }
 */
export const matchPhraseAt = <Value>(
  view: TokenView,
  at: number,
  index: PhraseIndex<Value>,
  limit = view.tokens.length,
): PhraseHit<Value> | null => {
  const key = view.keys[at]
  if (key === undefined || key === QUOTE || !mayStartAt(firstWordFilter(index), key)) return null
  let best: { endToken: number; values: readonly Value[]; prefixLetters: number; quotes: number } | null =
    null
  for (const first of firstKeys(view, at)) {
    let phrase = first.key
    let quotes = 0
    const found = index.phrases.get(phrase)
    if (found !== undefined && (best === null || at + 1 > best.endToken)) {
      best = { endToken: at + 1, values: found, prefixLetters: first.prefixLetters, quotes: 0 }
    }
    for (let position = at + 1; position < limit && index.prefixes.has(phrase); position++) {
      const key = view.keys[position]!
      if (key === QUOTE) {
        quotes++
        continue
      }
      phrase += PHRASE_SEPARATOR + key
      const values = index.phrases.get(phrase)
      if (values !== undefined && (best === null || position + 1 > best.endToken)) {
        best = { endToken: position + 1, values, prefixLetters: first.prefixLetters, quotes }
      }
    }
  }
  if (best === null) return null
  let endToken = best.endToken
  // An odd number of quotation marks stepped over: the one right after the phrase closes it.
  if (best.quotes % 2 === 1 && view.keys[endToken] === QUOTE) endToken++
  return {
    startToken: at,
    endToken,
    start: offsetAfterLetters(view, at, best.prefixLetters),
    end: view.tokens[endToken - 1]!.end,
    values: best.values,
  }
}
