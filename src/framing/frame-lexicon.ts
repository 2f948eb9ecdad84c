/**
 * The framing lexicons: loaded terms (`data/framing/loaded-terms.tsv`) and label patterns
 * (`data/framing/labels.tsv`), compiled once into phrase indexes keyed by folded tokens (article kept).
 */
import { readTsvRows } from '../lexicon/data-file.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { createPhraseIndex, type PhraseIndex, phraseInsert } from '../lexicon/phrase-index.js'
import type { FrameLean } from '../vocabulary/frame-kinds.js'

/** Whose a loaded term is: a code, the country of a nisba or context (with sectors), the actor before, or none. */
export type TermTarget =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'nisba'; readonly sectors: string }
  | { readonly kind: 'preceding' }
  | { readonly kind: 'none' }

export interface LoadedTerm {
  readonly phrase: string
  /** The key of the phrase's first word: terms with the same head share what context taught about it. */
  readonly head: string
  readonly words: number
  readonly target: TermTarget
  /** null for a descriptive use that only blocks shorter terms. */
  readonly lean: FrameLean | null
  readonly neutral: string | null
}

export interface LabelHead {
  readonly phrase: string
  readonly lean: FrameLean | null
  readonly neutral: string | null
}

export interface FrameLexicon {
  readonly terms: PhraseIndex<LoadedTerm>
  readonly labelHeads: PhraseIndex<LabelHead>
  readonly labelLinks: PhraseIndex<string>
}

const LEANS: ReadonlySet<string> = new Set(['negative', 'positive'])

/** The token keys of a lexicon phrase: each word folded, ة as ه, article kept. */
export const phraseKeys = (phrase: string): string[] =>
  phrase
    .trim()
    .split(/\s+/u)
    .map((word) => matchKey(word))
    .filter((key) => key !== '')

const parseTarget = (cell: string): TermTarget => {
  if (cell === '' || cell === '-') return { kind: 'none' }
  if (cell === '<') return { kind: 'preceding' }
  if (cell.startsWith('*')) return { kind: 'nisba', sectors: cell.slice(1) }
  return { kind: 'code', code: cell }
}

const optional = (cell: string | undefined): string | null =>
  cell === undefined || cell === '' || cell === '-' ? null : cell

/**
 * Compiles the rows of both files.
 *
 * @example
 *   const lexicon = compileFrameLexicon([['الكيان الصهيوني', 'ISR', 'negative', 'إسرائيل', '']], [])
 *   lexicon.terms.phrases.get('الكيان الصهيوني')?.[0]?.target   // { kind: 'code', code: 'ISR' }
 */
export const compileFrameLexicon = (
  termRows: readonly (readonly string[])[],
  labelRows: readonly (readonly string[])[],
  origin = 'data/framing',
): FrameLexicon => {
  const terms = createPhraseIndex<LoadedTerm>()
  termRows.forEach(([phrase = '', target = '', lean = '', neutral], index) => {
    const keys = phraseKeys(phrase)
    if (keys.length === 0 || (lean !== 'none' && !LEANS.has(lean))) {
      throw new Error(
        `${origin}/loaded-terms.tsv: row ${index + 1} needs a phrase and a lean (negative|positive|none)`,
      )
    }
    phraseInsert(terms, keys, {
      phrase,
      head: keys[0]!,
      words: keys.length,
      target: parseTarget(target),
      lean: lean === 'none' ? null : (lean as FrameLean),
      neutral: optional(neutral),
    })
  })
  const labelHeads = createPhraseIndex<LabelHead>()
  const labelLinks = createPhraseIndex<string>()
  labelRows.forEach(([phrase = '', role = '', lean = '', neutral], index) => {
    const keys = phraseKeys(phrase)
    if (keys.length === 0 || (role !== 'head' && role !== 'link')) {
      throw new Error(`${origin}/labels.tsv: row ${index + 1} needs a phrase and a role (head|link)`)
    }
    if (role === 'link') phraseInsert(labelLinks, keys, phrase)
    else
      phraseInsert(labelHeads, keys, {
        phrase,
        lean: LEANS.has(lean) ? (lean as FrameLean) : null,
        neutral: optional(neutral),
      })
  })
  return { terms, labelHeads, labelLinks }
}

let shared: FrameLexicon | undefined

/** The package's framing lexicons, read and compiled on first use. */
export const loadFrameLexicon = (): FrameLexicon => {
  shared ??= compileFrameLexicon(readTsvRows('framing/loaded-terms.tsv'), readTsvRows('framing/labels.tsv'))
  return shared
}
