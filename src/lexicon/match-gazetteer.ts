/**
 * Finding gazetteer names in a token sequence: longest match first, left to right. The first token of a
 * name may carry proclitics (وبباريس = و + ب + باريس; للأمم المتحدة = ل + ال + أمم …); quotation marks
 * inside a name are stepped over, since outlets quote the adjective they disown: الكيان “الإسرائيلي”.
 */
import { cliticReadings } from '../text/clitics.js'
import { foldWord } from '../text/fold.js'
import { GenerationCache } from '../text/generation-cache.js'
import type { Token } from '../text/token.js'
import { pickEntry } from './entry-validity.js'
import { type Gazetteer, matchKey } from './gazetteer.js'
import type { GazetteerEntry } from './gazetteer-types.js'
import { PHRASE_SEPARATOR, type PhraseIndex } from './phrase-index.js'

/** A name found in the tokens. */
export interface GazetteerMatch {
  /** Index of the first token. */
  readonly startToken: number
  /** Index after the last token (exclusive). */
  readonly endToken: number
  /** Offset of the name in the text: after any proclitics stripped from the first token. */
  readonly start: number
  readonly end: number
  /** The entry to use: the one valid on `options.date` when given, else the best ranked. */
  readonly entry: GazetteerEntry
  /** Every entry with this name, best first (a name can be a country and an adjective: سورية). */
  readonly entries: readonly GazetteerEntry[]
  /** Proclitics stripped from the first token (`['و', 'ب']` for وبباريس), empty when none. */
  readonly proclitics: readonly string[]
}

export interface MatchOptions {
  /** The document's date (`YYYY-MM-DD`): prefer entries valid then. */
  readonly date?: string | null
  /** The text the token offsets point into: lets `start` skip proclitics written with diacritics. */
  readonly text?: string
}

interface Candidate {
  readonly key: string
  readonly proclitics: readonly string[]
  /** Letters of the folded first token before the name. */
  readonly prefixLength: number
  /** Read without the accusative ا of an indefinite noun. */
  readonly tanwin?: boolean
}

const QUOTE = '"'
const ARTICLE = 'ال'
const TANWIN_ALEF = 'ا'
const TANWIN_TYPES: ReadonlySet<GazetteerEntry['type']> = new Set(['nationality', 'sector', 'institution'])

/** The keys a first token can start a name with: the whole word, then each proclitic reading. */
const firstTokenCandidates = (token: Token, key: string): Candidate[] => {
  const candidates: Candidate[] = [{ key, proclitics: [], prefixLength: 0 }]
  if (token.kind !== 'word') return candidates
  const readings = cliticReadings(token.folded)
  for (let index = 1; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.enclitic !== '' || reading.proclitics.length === 0) continue
    const hasArticle = reading.proclitics.includes(ARTICLE)
    const name = hasArticle ? ARTICLE + reading.stem : reading.stem
    const candidateKey = matchKey(name)
    if (candidates.some((candidate) => candidate.key === candidateKey)) continue
    // The name's span keeps a written article (والعراق → العراق); where ل + ال merge into لل the span
    // keeps both (وللأمم المتحدة → للأمم المتحدة), as no substring of it is the name.
    const prefix = token.folded.length - reading.stem.length
    const articleWritten = hasArticle && token.folded.slice(prefix - 2, prefix) === ARTICLE
    const merged = hasArticle && !articleWritten
    const stripped = reading.proclitics.slice(
      0,
      reading.proclitics.length - (merged ? 2 : hasArticle ? 1 : 0),
    )
    // Each proclitic is one letter, ال two.
    const prefixLength = merged ? stripped.length : articleWritten ? prefix - 2 : prefix
    candidates.push({ key: candidateKey, proclitics: stripped, prefixLength })
  }
  // The accusative of an indefinite noun or adjective adds ا (وفدًا، أمريكيًا): tried without it, for
  // those kinds only (see TANWIN_TYPES), since a proper name never takes it (مصرًا is "insisting").
  if (key.length > 3 && key.endsWith(TANWIN_ALEF)) {
    candidates.push({ key: key.slice(0, -1), proclitics: [], prefixLength: 0, tanwin: true })
  }
  return candidates
}

/** The original offset after `letters` folded letters of the token (diacritics and tatweel skipped). */
const offsetAfterLetters = (text: string | undefined, token: Token, letters: number): number => {
  if (letters === 0) return token.start
  if (text === undefined) return Math.min(token.end, token.start + letters)
  let index = token.start
  let counted = 0
  while (index < token.end && counted < letters) {
    if (foldWord(text.charAt(index)) !== '') counted++
    index++
  }
  // Marks on the last proclitic letter belong to it.
  while (index < token.end && foldWord(text.charAt(index)) === '') index++
  return index
}

/** What a token brings to matching: its key, and the candidates some name or longer name starts with. */
interface TokenStarts {
  readonly key: string
  readonly candidates: readonly Candidate[]
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([])

// Words per cache generation, two generations kept (see generation-cache.ts); most entries hold no
// candidate, as most words start no name.
const STARTS_GENERATION = 20_000
const startsCaches = new WeakMap<PhraseIndex<GazetteerEntry>, GenerationCache<string, TokenStarts>>()

/**
 * The token's key and its first-token candidates less those no phrase starts with (a walk from them
 * finds nothing), so a word that begins no name costs one lookup. Word tokens are cached by their
 * folded form, which is all the candidates depend on.
 */
const tokenStarts = (token: Token, index: PhraseIndex<GazetteerEntry>): TokenStarts => {
  const starts = (folded: string): TokenStarts => {
    const key = matchKey(folded)
    if (key === QUOTE) return { key, candidates: NO_CANDIDATES }
    const candidates = firstTokenCandidates(token, key).filter(
      (candidate) => index.phrases.has(candidate.key) || index.prefixes.has(candidate.key),
    )
    return { key, candidates: candidates.length === 0 ? NO_CANDIDATES : candidates }
  }
  if (token.kind !== 'word') return starts(token.folded)
  let cache = startsCaches.get(index)
  if (cache === undefined) {
    cache = new GenerationCache(STARTS_GENERATION)
    startsCaches.set(index, cache)
  }
  return cache.get(token.folded, starts)
}

interface Walk {
  readonly endToken: number
  readonly entries: readonly GazetteerEntry[]
  readonly quotes: number
}

/** The longest phrase that starts with `first` and goes on at token `next`; steps over quotation marks. */
const walk = (
  index: PhraseIndex<GazetteerEntry>,
  first: string,
  keys: readonly string[],
  next: number,
): Walk | undefined => {
  const entries = index.phrases.get(first)
  let best: Walk | undefined = entries === undefined ? undefined : { endToken: next, entries, quotes: 0 }
  let phrase = first
  let quotes = 0
  for (let position = next; position < keys.length && index.prefixes.has(phrase); position++) {
    const key = keys[position]!
    if (key === QUOTE) {
      quotes++
      continue
    }
    phrase += PHRASE_SEPARATOR + key
    const found = index.phrases.get(phrase)
    if (found !== undefined) best = { endToken: position + 1, entries: found, quotes }
  }
  return best
}

const orderByDate = (entries: readonly GazetteerEntry[], date: string | null | undefined): GazetteerEntry =>
  pickEntry(entries, date) ?? entries[0]!

/**
 * The gazetteer names in `tokens`, longest first and not overlapping, left to right.
 *
 * @example
 *   const text = 'وصل الوفد إلى وبباريس'
 *   matchGazetteer(tokenize(text), loadGazetteer(), { text })
 *   // → [{ startToken: 3, endToken: 4, start: 16, end: 21, entry: { english: 'Paris', … }, proclitics: ['و', 'ب'] }]
 */
export const matchGazetteer = (
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  options: MatchOptions = {},
): GazetteerMatch[] => {
  const date = options.date ?? null
  const remembered = remembers.get(tokens)
  if (remembered?.gazetteer === gazetteer && remembered.date === date && remembered.text === options.text)
    return [...remembered.matches]
  const matches = findMatches(tokens, gazetteer, options)
  remembers.set(tokens, { gazetteer, date, text: options.text, matches })
  return [...matches]
}

/**
 * The matches last found in each token array: the entity, attribution, framing and event stages all
 * match the whole document's tokens (one array, kept when a stage spreads the document), so the document
 * is matched once.
 */
const remembers = new WeakMap<
  readonly Token[],
  {
    readonly gazetteer: Gazetteer
    readonly date: string | null
    readonly text: string | undefined
    readonly matches: readonly GazetteerMatch[]
  }
>()

const findMatches = (
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  options: MatchOptions,
): GazetteerMatch[] => {
  const starts = tokens.map((token) => tokenStarts(token, gazetteer.index))
  const keys = starts.map((start) => start.key)
  const matches: GazetteerMatch[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    let best: { walk: Walk; candidate: Candidate } | undefined
    for (const candidate of starts[index]!.candidates) {
      let found = walk(gazetteer.index, candidate.key, keys, index + 1)
      if (found !== undefined && candidate.tanwin === true) {
        const entries = found.entries.filter((entry) => TANWIN_TYPES.has(entry.type))
        found = entries.length === 0 ? undefined : { ...found, entries }
      }
      // Strictly longer wins, so the whole word beats a clitic reading of the same length.
      if (found !== undefined && (best === undefined || found.endToken > best.walk.endToken)) {
        best = { walk: found, candidate }
      }
    }
    if (best === undefined) {
      index++
      continue
    }
    let endToken = best.walk.endToken
    // An odd number of quotes stepped over: the closing one right after the name belongs to it.
    if (best.walk.quotes % 2 === 1 && keys[endToken] === QUOTE) endToken++
    const entries = best.walk.entries
    matches.push({
      startToken: index,
      endToken,
      start: offsetAfterLetters(options.text, token, best.candidate.prefixLength),
      end: tokens[endToken - 1]!.end,
      entry: orderByDate(entries, options.date),
      entries,
      proclitics: best.candidate.proclitics,
    })
    index = endToken
  }
  return matches
}
