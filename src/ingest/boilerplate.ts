/**
 * The boilerplate lexicon (`data/cleanup/boilerplate.tsv`): phrases that mark page furniture in scraped or
 * pasted article text, compiled once into folded lookups.
 */
import { readTsvRows } from '../lexicon/data-file.js'
import type { RemovalReason } from '../pipeline/analysis.js'
import { foldWord } from '../text/fold.js'

/** How far a phrase reaches (see the header of the data file). */
export const BOILERPLATE_SCOPES = {
  block: 'heads a list of related links: drop its line and the headline lines after it',
  exact: 'drop a line that is the phrase and nothing else',
  line: 'drop a short line that starts with the phrase',
  anywhere: 'drop a short line that contains the phrase',
} as const

export type BoilerplateScope = keyof typeof BOILERPLATE_SCOPES

export interface BoilerplatePhrase {
  readonly reason: RemovalReason
  readonly scope: BoilerplateScope
  /** The phrase as `normalizeLine` leaves it. */
  readonly key: string
}

const REASONS: ReadonlySet<string> = new Set([
  'related-links',
  'share',
  'copyright',
  'subscribe',
  'advertisement',
])
const NOT_WORD = /[^\p{L}\p{N}©]+/gu

/**
 * A line reduced to what boilerplate matching looks at: folded (ة→ه too), lower-cased, punctuation and
 * symbols collapsed to single spaces.
 *
 * @example normalizeLine('اقرأ أيضاً:') // → 'اقرا ايضا'
 */
export const normalizeLine = (line: string): string =>
  foldWord(line, { tehMarbuta: true }).replace(NOT_WORD, ' ').trim()

/** Reads and compiles the boilerplate lexicon; call once and share the result. */
export const loadBoilerplate = (): readonly BoilerplatePhrase[] =>
  readTsvRows('cleanup/boilerplate.tsv').map(([reason = '', scope = '', phrase = ''], index) => {
    if (!REASONS.has(reason) || !Object.hasOwn(BOILERPLATE_SCOPES, scope) || phrase === '') {
      throw new Error(`data/cleanup/boilerplate.tsv: entry ${index + 1} is not "reason<TAB>scope<TAB>phrase"`)
    }
    return { reason: reason as RemovalReason, scope: scope as BoilerplateScope, key: normalizeLine(phrase) }
  })
