/**
 * The sentence context: everything the role readers look at in one sentence, computed once — the words,
 * the triggers, the gazetteer names (and which word each covers), the entity and time spans.
 */
import { dayOf } from '../lexicon/entry-validity.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { GazetteerType } from '../lexicon/gazetteer-types.js'
import { type GazetteerMatch, matchGazetteer } from '../lexicon/match-gazetteer.js'
import type { Entity, EventLocation, Span, TimeExpression } from '../pipeline/analysis.js'
import type { Document } from '../pipeline/document.js'
import type { Token } from '../text/token.js'
import type { EventLexicon } from './event-lexicon.js'
import { findTriggers } from './find-triggers.js'
import type { TriggerHit } from './trigger-hit.js'
import { readWords, type Word } from './words.js'

export interface SentenceContext {
  readonly document: Document
  readonly lexicon: EventLexicon
  readonly gazetteer: Gazetteer
  /** The sentence's index in `document.sentences`. */
  readonly sentence: number
  readonly span: Span
  readonly words: readonly Word[]
  readonly hits: readonly TriggerHit[]
  /** Words that belong to a trigger (a construction's words too): no phrase runs into them. */
  readonly consumed: Uint8Array
  /** Trigger by head position, for quick "is this word a trigger?" questions. */
  readonly hitAt: ReadonlyMap<number, TriggerHit>
  /** Gazetteer names in the sentence; `startToken`/`endToken` are word positions. */
  readonly matches: readonly GazetteerMatch[]
  /** Index into `matches` of the name covering each word, or -1. */
  readonly matchAt: Int32Array
  /** Entities of the sentence (from the entity stage, when it ran). */
  readonly entities: readonly Entity[]
  /**
   * Per word, the position of the first word of the tagged person name (PERS entity) covering it,
   * or -1: names the gazetteer does not know still stand in apposition (وزير المياه رائد أبو السعود).
   */
  readonly personStart: Int32Array
  /** Time expressions of the sentence and the word range each covers. */
  readonly times: readonly { readonly time: TimeExpression; readonly first: number; readonly end: number }[]
  /** Word positions inside a time expression. */
  readonly inTime: Uint8Array
  /** The publication date, `YYYY-MM-DD`, or null. */
  readonly published: string | null
  /** The place of a dateline opening the sentence (بغداد - …), or null. */
  readonly dateline: EventLocation | null
}

// Names whose words are never triggers: the cooperation council is no cooperation.
const NAMED: ReadonlySet<GazetteerType> = new Set([
  'person',
  'armed-group',
  'party',
  'agency',
  'igo',
  'ngo',
  'outlet',
])

const NAME_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'ابو', 'ابي', 'ابا', 'بنت', 'ام'])
const SECTORAL: ReadonlySet<GazetteerType> = new Set(['sector', 'nationality'])
const PLACES: ReadonlySet<GazetteerType> = new Set(['capital', 'city', 'region', 'country', 'landmark'])

const insideName = (match: GazetteerMatch | undefined, position: number): boolean =>
  match !== undefined &&
  match.endToken - match.startToken > 1 &&
  !SECTORAL.has(match.entry.type) &&
  position > match.startToken

/** A dateline: a place name opening the sentence, then a dash (and maybe an agency in brackets). */
const datelineOf = (
  document: Document,
  words: readonly Word[],
  matches: readonly GazetteerMatch[],
  matchAt: Int32Array,
): EventLocation | null => {
  const match = matches[matchAt[0] ?? -1]
  if (match === undefined || match.startToken !== 0 || !PLACES.has(match.entry.type)) return null
  for (let position = match.endToken; position < Math.min(words.length, match.endToken + 5); position++) {
    const word = words[position]!
    if (word.kind === 'dash' || word.token.folded === ':') {
      return {
        text: document.text.slice(match.start, match.end),
        start: match.start,
        end: match.end,
        name: match.entry.english,
        country: match.entry.country,
      }
    }
    if (word.kind === 'word' && position === match.endToken) return null
  }
  return null
}

/** The token index range `[first, end)` of a character span. */
export const tokenRange = (document: Document, span: Span): { first: number; end: number } => {
  const tokens = document.tokens
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.end <= span.start) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < tokens.length && tokens[end]!.start < span.end) end++
  return { first: low, end }
}

/** The word position range of a character span within the sentence's words. */
const wordRange = (words: readonly Word[], span: Span): { first: number; end: number } => {
  let first = 0
  while (first < words.length && words[first]!.token.end <= span.start) first++
  let end = first
  while (end < words.length && words[end]!.token.start < span.end) end++
  return { first, end }
}

/** The whole document's matches, by its tokens: looked up once per document, not once per sentence. */
const documentMatches = new WeakMap<
  readonly Token[],
  {
    readonly gazetteer: Gazetteer
    readonly published: string | null
    readonly matches: readonly GazetteerMatch[]
  }
>()

/**
 * The gazetteer names in tokens `[first, end)`, positions counted from `first`: the document's own
 * matches (found once for all stages) when none crosses the sentence's edges — then matching the
 * sentence alone finds the same names — else the sentence matched alone.
 */
const sentenceMatches = (
  document: Document,
  first: number,
  end: number,
  gazetteer: Gazetteer,
  published: string | null,
): GazetteerMatch[] => {
  const options = { date: published, text: document.text }
  let remembered = documentMatches.get(document.tokens)
  if (remembered?.gazetteer !== gazetteer || remembered.published !== published) {
    remembered = { gazetteer, published, matches: matchGazetteer(document.tokens, gazetteer, options) }
    documentMatches.set(document.tokens, remembered)
  }
  const { matches } = remembered
  // The first match ending after `first` (matches are in order and do not overlap).
  let low = 0
  let high = matches.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (matches[middle]!.endToken <= first) low = middle + 1
    else high = middle
  }
  const inside: GazetteerMatch[] = []
  for (let at = low; at < matches.length; at++) {
    const match = matches[at]!
    if (match.startToken >= end) break
    if (match.startToken < first || match.endToken > end)
      return matchGazetteer(document.tokens.slice(first, end), gazetteer, options)
    inside.push({ ...match, startToken: match.startToken - first, endToken: match.endToken - first })
  }
  return inside
}

/**
 * Builds the context of sentence `index` of a segmented document.
 *
 * @example
 *   const context = readSentence(document, 0, loadEventLexicon(), loadGazetteer())
 *   context.hits.map((hit) => hit.entry.type)   // ['CONSULT']
 */
export const readSentence = (
  document: Document,
  index: number,
  lexicon: EventLexicon,
  gazetteer: Gazetteer,
): SentenceContext => {
  const span = document.sentences[index]!
  const { first, end } = tokenRange(document, span)
  const read = readWords(document.tokens, first, end, lexicon, gazetteer)
  const published = dayOf(document.meta.published)
  // Most sentences hold no trigger at all: those are not worth matching names in.
  const matches =
    findTriggers(lexicon, read, new Uint8Array(read.length)).length === 0
      ? []
      : sentenceMatches(document, first, end, gazetteer, published)
  const matchAt = new Int32Array(read.length).fill(-1)
  const shielded = new Uint8Array(read.length)
  matches.forEach((match, matchIndex) => {
    matchAt.fill(matchIndex, match.startToken, match.endToken)
    // A place is never a trigger either: وعدن is "and Aden", not وعدن "they promised".
    if (NAMED.has(match.entry.type) || PLACES.has(match.entry.type))
      shielded.fill(1, match.startToken, match.endToken)
  })
  // Words inside a name are not cue words: رام الله holds no verb رام.
  const words = read.map((word) =>
    word.cues !== 0 && insideName(matches[matchAt[word.position]!], word.position)
      ? { ...word, cues: 0 }
      : word,
  )
  const entities = document.entities.filter((entity) => entity.start >= span.start && entity.end <= span.end)
  const personStart = new Int32Array(words.length).fill(-1)
  for (const entity of entities) {
    if (entity.type !== 'PERS' && entity.type !== 'ORG') continue
    const range = wordRange(words, entity)
    shielded.fill(1, range.first, range.end)
    if (entity.type === 'PERS') personStart.fill(range.first, range.first, range.end)
  }
  // علي بن أبي طالب: the word after بن، أبو، أبي is a name, never a trigger.
  for (const word of words)
    if (NAME_PARTICLES.has(word.form)) shielded.fill(1, word.position, word.position + 2)
  const inTime = new Uint8Array(words.length)
  const times = document.times
    .filter((time) => time.start >= span.start && time.end <= span.end)
    .map((time) => {
      const range = wordRange(words, time)
      inTime.fill(1, range.first, range.end)
      return { time, ...range }
    })
  const hits = findTriggers(lexicon, words, shielded)
  const consumed = new Uint8Array(words.length)
  for (const hit of hits) {
    // A gap inside a construction holds the verb's own subject and object: it is not consumed.
    for (let position = hit.first; position <= hit.last; position++) {
      if (position === hit.head || hit.part !== 'construction' || !hit.entry.form.includes('*'))
        consumed[position] = 1
    }
    if (hit.part === 'construction' && hit.entry.form.includes('*')) consumed[hit.last] = 1
  }
  return {
    document,
    lexicon,
    gazetteer,
    sentence: index,
    span,
    words,
    hits,
    consumed,
    hitAt: new Map(hits.map((hit) => [hit.head, hit])),
    matches,
    matchAt,
    entities,
    personStart,
    times,
    inTime,
    published,
    dateline: datelineOf(document, words, matches, matchAt),
  }
}

/** The gazetteer name covering a word, if any. */
export const matchOf = (context: SentenceContext, position: number): GazetteerMatch | undefined => {
  const index = context.matchAt[position]
  return index === undefined || index < 0 ? undefined : context.matches[index]
}
