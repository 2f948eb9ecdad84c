/** Token kinds the tokenizer emits. */
export const TOKEN_KINDS = {
  word: 'an Arabic word, possibly with clitics attached',
  latin: 'a run of Latin letters (and digits inside it)',
  number: 'digits in any script, with separators: 3.5، ٣٫٥، 1,000',
  punctuation: 'a punctuation mark or quotation mark',
  url: 'a web address',
  email: 'an e-mail address',
  hashtag: 'a #hashtag',
  mention: 'an @handle',
  symbol: 'any other visible character',
} as const

export type TokenKind = keyof typeof TOKEN_KINDS

/**
 * A token: a standoff span of `doc.text` and its folded form for matching.
 * Clitic readings are computed on demand (`cliticReadings(token.folded)`), not stored, so tokenising
 * stays allocation-light.
 */
export interface Token {
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
  /** The folded form (see `foldWord`), used for every lexicon lookup. */
  readonly folded: string
}

/** One way to split a folded Arabic word into proclitics, stem and enclitic. */
export interface CliticReading {
  /** Proclitics in order, e.g. `['و', 'ب', 'ال']`. */
  readonly proclitics: readonly string[]
  readonly stem: string
  /** The enclitic pronoun, or '' when none. */
  readonly enclitic: string
}
