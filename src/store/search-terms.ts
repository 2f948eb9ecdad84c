/**
 * Search terms: the one mapping from Arabic words to index terms, used for indexing and for queries
 * alike, so a query word meets its clitic-attached forms. Each word is indexed by its folded form, its
 * light stem, and the light stems of its clitic readings; a query word is looked up by its light stem.
 * الرئيس، والرئيس، للرئيس and برئيس all give رئيس.
 */
import { cliticReadings, lightStem } from '../text/clitics.js'
import { foldWord } from '../text/fold.js'

const WORD = /[\p{L}\p{N}]+/gu
/** Clitic-reading stems shorter than this are mostly noise (فلسطين → ف + لسطين → سط). */
const MIN_INDEXED_STEM = 3

const fold = (word: string): string => foldWord(word, { tehMarbuta: true }).toLowerCase()

/** The terms one folded word is indexed under. */
const termsOfWord = (folded: string, into: Set<string>): void => {
  into.add(folded)
  const stem = lightStem(folded)
  into.add(stem)
  for (const reading of cliticReadings(folded)) {
    if (reading.proclitics.length === 0) continue // an enclitic-only split is too often wrong (وزيرها ok, مصر→مص)
    const readingStem = lightStem(reading.stem)
    if (readingStem.length >= MIN_INDEXED_STEM) into.add(readingStem)
  }
}

/**
 * The terms one word of a text is indexed under (its folded form and stems).
 *
 * @example wordTerms('والرئيس').has('رييس') // → true
 */
export const wordTerms = (word: string): ReadonlySet<string> => {
  const terms = new Set<string>()
  termsOfWord(fold(word), terms)
  return terms
}

/**
 * Whether a word of a text is indexed under one of `terms` (from `queryTerms`). A term is always a
 * substring of the folded word it comes from, so most words are ruled out without stemming them.
 *
 * @example wordMatches('للرئيس', ['رييس']) // → true
 */
export const wordMatches = (word: string, terms: readonly string[]): boolean => {
  const folded = fold(word)
  if (!terms.some((term) => folded.includes(term))) return false
  const indexed = new Set<string>()
  termsOfWord(folded, indexed)
  return terms.some((term) => indexed.has(term))
}

/**
 * The index terms of a text, space-separated (each word's folded form and stems), for a full-text column.
 *
 * @example indexTerms('والرئيس') // → 'والرييس رييس …' (folded: ئ stays, ة→ه) — contains 'رئيس'
 */
export const indexTerms = (text: string): string => {
  const terms: string[] = []
  for (const match of text.matchAll(WORD)) terms.push(indexedWord(match[0]))
  return terms.join(' ')
}

/** Words per cache generation; at most two generations are kept (as in cliticReadings). */
const CACHE_GENERATION = 20_000
let recent = new Map<string, string>()
let older = new Map<string, string>()

/** The index terms of one word as written, space-separated; news repeats its words, so they are cached. */
const indexedWord = (word: string): string => {
  const cached = recent.get(word)
  if (cached !== undefined) return cached
  const terms = older.get(word) ?? [...wordTerms(word)].join(' ')
  if (recent.size >= CACHE_GENERATION) {
    older = recent
    recent = new Map()
  }
  recent.set(word, terms)
  return terms
}

/**
 * The index terms of a stored document: its title and text.
 *
 * @example documentTerms('عنوان', 'والرئيس') // → indexTerms('عنوان\nوالرئيس')
 */
export const documentTerms = (title: string | null, text: string): string =>
  indexTerms(`${title ?? ''}\n${text}`)

/**
 * The terms a query asks for, one per query word: its light stem, folded as the index is.
 *
 * @example queryTerms('للرئيس السوري') // → ['رئيس', 'سوري']
 */
export const queryTerms = (query: string): string[] => {
  const terms: string[] = []
  for (const match of query.matchAll(WORD)) {
    const term = lightStem(fold(match[0]))
    if (!terms.includes(term)) terms.push(term)
  }
  return terms
}
