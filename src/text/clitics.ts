/**
 * Clitic analysis of folded Arabic words. Arabic writes conjunctions, prepositions, the article and object
 * pronouns onto the word (وبالرئيس = و + ب + ال + رئيس). `cliticReadings` lists the possible splits as
 * candidates, the whole word first; lexicons decide which one is real (بغداد is not ب + غداد).
 */
import { CHAR_CLASS, CharClass } from './char-class.js'
import type { CliticReading } from './token.js'

/** A stem keeps at least this many letters: nothing is stripped to nothing. */
const MIN_STEM = 2
/** The future prefix س only goes before an imperfect verb, which has at least three letters (يقول). */
const MIN_FUTURE_STEM = 3

const ARTICLE = 'ال'
const CONJUNCTIONS = ['', 'و', 'ف'] as const
const PREPOSITIONS = ['ب', 'ك', 'ل'] as const
// Longest first, so هما is tried before هم and ه; all are tried, as each gives a different reading.
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'] as const
/** Letters an imperfect verb starts with (its person prefix); أ is already folded to ا. */
const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن', 'ا'])

const CACHE_LIMIT = 50_000
const cache = new Map<string, readonly CliticReading[]>()

const reading = (proclitics: readonly string[], stem: string, enclitic: string): CliticReading =>
  Object.freeze({ proclitics: Object.freeze(proclitics), stem, enclitic })

const isArabicWord = (word: string): boolean => {
  for (let index = 0; index < word.length; index++) {
    if (CHAR_CLASS[word.charCodeAt(index)] !== CharClass.arabicLetter) return false
  }
  return word.length > 0
}

/** Proclitic splits of `word`, before any enclitic is considered: [proclitics, rest, has article]. */
const procliticSplits = (word: string): Array<[string[], string, boolean]> => {
  const splits: Array<[string[], string, boolean]> = []
  for (const conjunction of CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue
    const head = conjunction === '' ? [] : [conjunction]
    const rest = word.slice(conjunction.length)
    if (conjunction !== '') splits.push([head, rest, false])
    if (rest.startsWith(ARTICLE)) splits.push([[...head, ARTICLE], rest.slice(2), true])
    for (const preposition of PREPOSITIONS) {
      if (!rest.startsWith(preposition)) continue
      const afterPreposition = rest.slice(1)
      splits.push([[...head, preposition], afterPreposition, false])
      if (preposition !== 'ل' && afterPreposition.startsWith(ARTICLE)) {
        splits.push([[...head, preposition, ARTICLE], afterPreposition.slice(2), true])
      }
      if (preposition === 'ل' && afterPreposition.startsWith('ل')) {
        // ل + ال drops the alef: للرئيس = ل + ال + رئيس; before a ل-initial noun the article's lam goes
        // too: للجنة = ل + ال + لجنة.
        splits.push([[...head, 'ل', ARTICLE], afterPreposition.slice(1), true])
        splits.push([[...head, 'ل', ARTICLE], afterPreposition, true])
      }
    }
    if (
      rest.startsWith('س') &&
      IMPERFECT_PREFIXES.has(rest.charAt(1)) &&
      rest.length - 1 >= MIN_FUTURE_STEM
    ) {
      splits.push([[...head, 'س'], rest.slice(1), false])
    }
  }
  return splits
}

const analyse = (word: string): readonly CliticReading[] => {
  const readings: CliticReading[] = [reading([], word, '')]
  if (!isArabicWord(word)) return readings
  const seen = new Set<string>([`|${word}|`])
  const candidates: CliticReading[] = []
  const add = (proclitics: string[], stem: string, enclitic: string): void => {
    if (stem.length < MIN_STEM) return
    const key = `${proclitics.join('+')}|${stem}|${enclitic}`
    if (seen.has(key)) return
    seen.add(key)
    candidates.push(reading(proclitics, stem, enclitic))
  }
  const withEnclitics = (proclitics: string[], rest: string): void => {
    add(proclitics, rest, '')
    for (const enclitic of ENCLITICS) {
      if (!rest.endsWith(enclitic)) continue
      const stem = rest.slice(0, rest.length - enclitic.length)
      add(proclitics, stem, enclitic)
      // A feminine noun's ة is written ت before a pronoun: حكومته = حكومة + ه.
      if (stem.endsWith('ت') && stem.length > MIN_STEM) add(proclitics, stem.slice(0, -1) + 'ة', enclitic)
    }
  }
  withEnclitics([], word)
  for (const [proclitics, rest, hasArticle] of procliticSplits(word)) {
    // The article and a possessive pronoun never go together.
    if (hasArticle) add(proclitics, rest, '')
    else withEnclitics(proclitics, rest)
  }
  // Most conservative first: longer stems, then fewer clitics.
  candidates.sort(
    (left, right) =>
      right.stem.length - left.stem.length ||
      left.proclitics.length + (left.enclitic ? 1 : 0) - (right.proclitics.length + (right.enclitic ? 1 : 0)),
  )
  readings.push(...candidates)
  return readings
}

/**
 * The possible splits of a folded word into proclitics (و ف ب ك ل س ال and their combinations), a stem
 * of at least two letters, and an enclitic pronoun (ه ها هم هما هن ك كم كن نا ي). The first reading is
 * always the whole word. Results are cached (bounded) and frozen.
 *
 * @example
 * cliticReadings('للرئيس').map((r) => [...r.proclitics, r.stem, r.enclitic].join(' '))
 * // ['للرئيس ', 'ل لرئيس ', 'ل ال لرئيس ', 'ل ال رئيس ']
 */
export const cliticReadings = (foldedWord: string): readonly CliticReading[] => {
  const cached = cache.get(foldedWord)
  if (cached !== undefined) return cached
  const readings = Object.freeze(analyse(foldedWord))
  // Drop the oldest entry when full: a Map iterates in insertion order.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  cache.set(foldedWord, readings)
  return readings
}

// Longest first: the first that fits wins.
const STEM_PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'فكال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
] as const
const STEM_SUFFIXES = ['ات', 'ون', 'ين', 'ة', 'ه'] as const

/**
 * The single most likely stem of a folded word, for features and search: strips the article with its
 * usual proclitics and one plural or feminine suffix, keeping at least two letters. Crude by design
 * (light stemming): فلسطين → فلسط, but consistently so for queries and index alike.
 *
 * @example
 * lightStem('والمفاوضات')   // 'مفاوض'
 * lightStem('للحكومة')      // 'حكوم'
 */
export const lightStem = (foldedWord: string): string => {
  let stem = foldedWord
  for (const prefix of STEM_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= MIN_STEM) {
      stem = stem.slice(prefix.length)
      break
    }
  }
  for (const suffix of STEM_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) {
      stem = stem.slice(0, stem.length - suffix.length)
      break
    }
  }
  return stem
}
