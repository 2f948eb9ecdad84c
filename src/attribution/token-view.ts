/**
 * What the attribution and framing readers look at for one document, computed once in linear passes:
 * token keys, sentence and paragraph of each token, gazetteer names by first token, person names from the
 * entity layer, quotation pairs and time expressions.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import { type GazetteerMatch, matchGazetteer } from '../lexicon/match-gazetteer.js'
import type { Document } from '../pipeline/document.js'
import { foldWord } from '../text/fold.js'
import type { Token } from '../text/token.js'
import { tokenize } from '../text/tokenize.js'
import { pairQuotes } from './quote-pairs.js'
import { matchKey } from './word-key.js'

export interface TokenView {
  readonly text: string
  readonly tokens: readonly Token[]
  /** `matchKey` of each token's folded form. */
  readonly keys: readonly string[]
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array
  /** First token and end token (exclusive) of each sentence. */
  readonly sentenceFirst: Int32Array
  readonly sentenceEnd: Int32Array
  /** Paragraph index of each sentence: a line break between sentences starts a new paragraph. */
  readonly paragraphOf: Int32Array
  /** The gazetteer name that starts at each token (longest first, not overlapping), if any. */
  readonly gazetteerAt: readonly (GazetteerMatch | undefined)[]
  /** First token of the gazetteer name covering each token, or -1. */
  readonly gazetteerCover: Int32Array
  /** End token (exclusive) of a person name the entity layer found starting at each token, or 0. */
  readonly personEnd: Int32Array
  /** The quotation mark paired with each token, or -1. */
  readonly quotePartner: Int32Array
  /** 1 for tokens inside a time expression of the time layer. */
  readonly inTime: Uint8Array
  readonly gazetteer: Gazetteer
  readonly published: string | null
}

/** Index of the token that contains offset `at`, scanning forward from `from` (offsets come in order). */
const tokenAtOrAfter = (tokens: readonly Token[], at: number, from: number): number => {
  let index = from
  while (index < tokens.length && tokens[index]!.end <= at) index++
  return index
}

const byStart = (left: { start: number }, right: { start: number }): number => left.start - right.start

const hasLineBreak = (text: string, from: number, to: number): boolean => {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || code === 0x0d || code === 0x2029) return true
  }
  return false
}

/**
 * Builds the view of a document. Works from the text alone (tokenising and treating it as one sentence
 * when segmentation has not run); uses entities and times when earlier stages filled them.
 *
 * @example
 *   const view = createTokenView(segment(createDocument({ text: 'قال الوزير إن …' }, 'd')), loadGazetteer())
 *   view.keys[0]   // 'قال'
 */
export const createTokenView = (document: Document, gazetteer: Gazetteer): TokenView => {
  const cached = views.get(document.tokens)
  if (
    cached !== undefined &&
    cached.gazetteer === gazetteer &&
    cached.text === document.text &&
    cached.entities === document.entities &&
    cached.times === document.times &&
    cached.published === document.meta.published
  ) {
    return cached.view
  }
  const view = buildView(document, gazetteer)
  if (document.tokens.length > 0) {
    views.set(document.tokens, {
      gazetteer,
      text: document.text,
      entities: document.entities,
      times: document.times,
      published: document.meta.published,
      view,
    })
  }
  return view
}

/**
 * Views by the tokens they were built from: the attribution and framing stages both read one document,
 * and a stage spreads the document it returns, so the tokens array identifies it.
 */
const views = new WeakMap<
  readonly Token[],
  {
    readonly gazetteer: Gazetteer
    readonly text: string
    readonly entities: Document['entities']
    readonly times: Document['times']
    readonly published: string | null
    readonly view: TokenView
  }
>()

const buildView = (document: Document, gazetteer: Gazetteer): TokenView => {
  const { text } = document
  const tokens = document.tokens.length > 0 || text === '' ? document.tokens : tokenize(text)
  const keys = tokens.map((token) => matchKey(token.folded))
  const spans =
    document.sentences.length > 0 ? document.sentences : [{ start: 0, end: tokens.at(-1)?.end ?? 0 }]

  const sentenceOf = new Int32Array(tokens.length)
  const sentenceFirst = new Int32Array(spans.length)
  const sentenceEnd = new Int32Array(spans.length)
  const paragraphOf = new Int32Array(spans.length)
  let tokenIndex = 0
  let paragraph = 0
  for (let sentence = 0; sentence < spans.length; sentence++) {
    const span = spans[sentence]!
    if (sentence > 0 && hasLineBreak(text, spans[sentence - 1]!.end, span.start)) paragraph++
    paragraphOf[sentence] = paragraph
    // Tokens between sentences (none, as spans are trimmed to tokens) join the next one.
    sentenceFirst[sentence] = tokenIndex
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < span.end) {
      sentenceOf[tokenIndex] = sentence
      tokenIndex++
    }
    sentenceEnd[sentence] = tokenIndex
  }
  for (; tokenIndex < tokens.length; tokenIndex++) sentenceOf[tokenIndex] = spans.length - 1

  const gazetteerAt: (GazetteerMatch | undefined)[] = new Array(tokens.length)
  const gazetteerCover = new Int32Array(tokens.length).fill(-1)
  for (const match of matchGazetteer(tokens, gazetteer, { date: document.meta.published, text })) {
    gazetteerAt[match.startToken] = match
    gazetteerCover.fill(match.startToken, match.startToken, match.endToken)
  }

  const personEnd = new Int32Array(tokens.length)
  let cursor = 0
  // Entities and times may come in any order from their stages: offsets are scanned in order.
  const persons = document.entities.filter((entity) => entity.type === 'PERS').sort(byStart)
  for (const entity of persons) {
    cursor = tokenAtOrAfter(tokens, entity.start, cursor)
    const last = tokenAtOrAfter(tokens, entity.end - 1, cursor)
    if (cursor < tokens.length && last < tokens.length) personEnd[cursor] = last + 1
  }

  const inTime = new Uint8Array(tokens.length)
  cursor = 0
  for (const time of [...document.times].sort(byStart)) {
    cursor = tokenAtOrAfter(tokens, time.start, cursor)
    for (let index = cursor; index < tokens.length && tokens[index]!.start < time.end; index++) {
      inTime[index] = 1
    }
  }

  return {
    text,
    tokens,
    keys,
    sentenceOf,
    sentenceFirst,
    sentenceEnd,
    paragraphOf,
    gazetteerAt,
    gazetteerCover,
    personEnd,
    quotePartner: pairQuotes(text, tokens),
    inTime,
    gazetteer,
    published: document.meta.published,
  }
}

/**
 * The text offset after the first `letters` folded letters of a token (diacritics and tatweel on the last
 * of them included): where a word starts once its proclitics are set aside.
 */
export const offsetAfterLetters = (view: TokenView, index: number, letters: number): number => {
  const token = view.tokens[index]!
  if (letters <= 0) return token.start
  let offset = token.start
  let counted = 0
  while (offset < token.end && counted < letters) {
    if (foldWord(view.text.charAt(offset)) !== '') counted++
    offset++
  }
  while (offset < token.end && foldWord(view.text.charAt(offset)) === '') offset++
  return offset
}
