/**
 * Clitic analysis of folded Arabic words. Arabic writes conjunctions, prepositions, the article and object
 * pronouns onto the word (وبالرئيس = و + ب + ال + رئيس). `cliticReadings` lists the possible splits as
 * candidates, the whole word first; lexicons decide which one is real (بغداد is not ب + غداد).
 */
import { CHAR_CLASS, CharClass } from './char-class.js'
import type { CliticReading } from './token.js'

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported
// binding is a getter call, which the per-character loops cannot afford.
const classes = CHAR_CLASS
const { arabicLetter: ARABIC_LETTER } = CharClass

/** A stem keeps at least this many letters: nothing is stripped to nothing. */
const MIN_STEM = 2
/** The future prefix س only goes before an imperfect verb, which has at least three letters (يقول). */
const MIN_FUTURE_STEM = 3
/** Words per cache generation; at most two generations are kept. */
const CACHE_GENERATION = 20_000
let recent = new Map<string, readonly CliticReading[]>()
let older = new Map<string, readonly CliticReading[]>()

const ARTICLE = 'ال'
// Longest first, so هما is tried before هم and ه; all are tried, as each gives a different reading.
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'] as const
/** Letters an imperfect verb starts with (its person prefix); أ is already folded to ا. */
const IMPERFECT_PREFIXES = 'يتنا'

/** A way a word can begin: the letters written and the proclitics they stand for. */
interface ProcliticPattern {
  readonly surface: string
  readonly proclitics: readonly string[]
  /** The article rules out an enclitic pronoun. */
  readonly article: boolean
  /** What the stem must look like after this prefix. */
  readonly requires: 'nothing' | 'lam' | 'imperfect'
}

const pattern = (
  surface: string,
  proclitics: readonly string[],
  article: boolean,
  requires: ProcliticPattern['requires'] = 'nothing',
): ProcliticPattern => ({ surface, proclitics: Object.freeze(proclitics), article, requires })

/** Every legal proclitic combination, built once; proclitic arrays are shared by all readings. */
const PATTERNS: readonly ProcliticPattern[] = ['', 'و', 'ف'].flatMap((conjunction) => {
  const head = conjunction === '' ? [] : [conjunction]
  const patterns = [
    pattern(conjunction + ARTICLE, [...head, ARTICLE], true),
    pattern(conjunction + 'ب', [...head, 'ب'], false),
    pattern(conjunction + 'ك', [...head, 'ك'], false),
    pattern(conjunction + 'ل', [...head, 'ل'], false),
    pattern(conjunction + 'بال', [...head, 'ب', ARTICLE], true),
    pattern(conjunction + 'كال', [...head, 'ك', ARTICLE], true),
    // ل + ال drops the alef: للرئيس = ل + ال + رئيس; before a ل-initial noun the article's lam goes
    // too: للجنة = ل + ال + لجنة.
    pattern(conjunction + 'لل', [...head, 'ل', ARTICLE], true),
    pattern(conjunction + 'ل', [...head, 'ل', ARTICLE], true, 'lam'),
    // The future prefix goes only before an imperfect verb: سيقول، وستبدأ.
    pattern(conjunction + 'س', [...head, 'س'], false, 'imperfect'),
  ]
  return conjunction === '' ? patterns : [pattern(conjunction, head, false), ...patterns]
})
const NO_PROCLITICS: readonly string[] = Object.freeze([])

/** The patterns grouped by their first letter: a word is tried only against those it can start with. */
const PATTERNS_BY_FIRST_LETTER = new Map<string, ProcliticPattern[]>()
for (const entry of PATTERNS) {
  const first = entry.surface.charAt(0)
  const group = PATTERNS_BY_FIRST_LETTER.get(first)
  if (group === undefined) PATTERNS_BY_FIRST_LETTER.set(first, [entry])
  else group.push(entry)
}

const fits = (rest: string, requires: ProcliticPattern['requires']): boolean => {
  if (requires === 'nothing') return rest.length >= MIN_STEM
  if (requires === 'lam') return rest.length >= MIN_STEM && rest.charCodeAt(0) === 0x0644
  return rest.length >= MIN_FUTURE_STEM && IMPERFECT_PREFIXES.includes(rest.charAt(0))
}

const isArabicWord = (word: string): boolean => {
  for (let index = 0; index < word.length; index++) {
    if (classes[word.charCodeAt(index)] !== ARABIC_LETTER) return false
  }
  return word.length > 0
}

const cliticCount = (reading: CliticReading): number =>
  reading.proclitics.length + (reading.enclitic === '' ? 0 : 1)

// Most conservative first: longer stems, then fewer clitics.
const byConservativeness = (left: CliticReading, right: CliticReading): number =>
  right.stem.length - left.stem.length || cliticCount(left) - cliticCount(right)

/** Adds the readings of `rest` after `proclitics`: bare, then with each enclitic pronoun that fits. */
const addReadings = (
  candidates: CliticReading[],
  proclitics: readonly string[],
  rest: string,
  article: boolean,
): void => {
  if (proclitics.length > 0) candidates.push(Object.freeze({ proclitics, stem: rest, enclitic: '' }))
  if (article) return
  for (const enclitic of ENCLITICS) {
    if (rest.length - enclitic.length < MIN_STEM || !rest.endsWith(enclitic)) continue
    const stem = rest.slice(0, rest.length - enclitic.length)
    candidates.push(Object.freeze({ proclitics, stem, enclitic }))
    // A feminine noun's ة is written ت before a pronoun: حكومته = حكومة + ه.
    if (stem.length > MIN_STEM && stem.endsWith('ت')) {
      candidates.push(Object.freeze({ proclitics, stem: stem.slice(0, -1) + 'ة', enclitic }))
    }
  }
}

const analyse = (word: string): CliticReading[] => {
  const whole: CliticReading = Object.freeze({ proclitics: NO_PROCLITICS, stem: word, enclitic: '' })
  if (!isArabicWord(word)) return [whole]
  const candidates: CliticReading[] = []
  addReadings(candidates, NO_PROCLITICS, word, false)
  for (const { surface, proclitics, article, requires } of PATTERNS_BY_FIRST_LETTER.get(word.charAt(0)) ??
    []) {
    if (!word.startsWith(surface)) continue
    const rest = word.slice(surface.length)
    if (fits(rest, requires)) addReadings(candidates, proclitics, rest, article)
  }
  candidates.sort(byConservativeness)
  candidates.unshift(whole)
  return candidates
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
  const cached = recent.get(foldedWord)
  if (cached !== undefined) return cached
  const readings = older.get(foldedWord) ?? Object.freeze(analyse(foldedWord))
  // Two generations approximate LRU in O(1): when the recent map fills up it becomes the older one, and
  // words not seen again during a whole generation are forgotten.
  if (recent.size >= CACHE_GENERATION) {
    older = recent
    recent = new Map()
  }
  recent.set(foldedWord, readings)
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
