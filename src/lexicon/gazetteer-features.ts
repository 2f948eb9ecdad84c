/**
 * Gazetteer hits as per-token NER features: each token gets a BIO label over the gazetteer classes
 * (LOC ORG PERS, plus NAT for nationality adjectives and peoples, SEC for sector head nouns) and the
 * entry type, from the longest match covering it.
 */
import { foldWord } from '../text/fold.js'
import type { Token } from '../text/token.js'
import type { Gazetteer } from './gazetteer.js'
import { type GazetteerClass, type GazetteerType, gazetteerClass } from './gazetteer-types.js'
import { matchGazetteer } from './match-gazetteer.js'

/** What the gazetteer says about one token. */
export interface GazetteerTokenFeature {
  /** `B-LOC`, `I-ORG`, `B-NAT`, … or `O` when no name covers the token. */
  readonly label: `${'B' | 'I'}-${GazetteerClass}` | 'O'
  /** The entry type of the covering name (`country`, `city`, `person` …), or null. */
  readonly type: GazetteerType | null
  /** Whether the name has readings of more than one class (سورية: country and adjective). */
  readonly ambiguous: boolean
}

const OUTSIDE: GazetteerTokenFeature = Object.freeze({ label: 'O', type: null, ambiguous: false })

/**
 * One feature per token, from the longest gazetteer names in the sequence.
 *
 * @example
 *   gazetteerFeatures(tokenize('الجيش الإسرائيلي في الجولان'), loadGazetteer()).map((f) => f.label)
 *   // ['B-SEC', 'B-NAT', 'O', 'B-LOC']
 */
export const gazetteerFeatures = (
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): GazetteerTokenFeature[] => {
  const features: GazetteerTokenFeature[] = tokens.map(() => OUTSIDE)
  for (const match of matchGazetteer(tokens, gazetteer)) {
    const entryClass = gazetteerClass(match.entry)
    const ambiguous = match.entries.some((entry) => gazetteerClass(entry) !== entryClass)
    for (let index = match.startToken; index < match.endToken; index++) {
      const prefix = index === match.startToken ? 'B' : 'I'
      features[index] = { label: `${prefix}-${entryClass}`, type: match.entry.type, ambiguous }
    }
  }
  return features
}

/**
 * Pseudo-tokens for words that arrive already split (CoNLL input, training data), so they can be matched
 * like tokenized text: offsets index the words joined by single spaces.
 *
 * @example
 *   gazetteerFeatures(tokensFromWords(['وصل', 'إلى', 'دمشق']), loadGazetteer())
 */
export const tokensFromWords = (words: readonly string[]): Token[] => {
  const tokens: Token[] = []
  let offset = 0
  for (const word of words) {
    const folded = foldWord(word)
    const kind = /^\p{Script=Arabic}/u.test(folded)
      ? 'word'
      : /^\p{P}+$/u.test(folded)
        ? 'punctuation'
        : 'symbol'
    tokens.push({ start: offset, end: offset + word.length, kind, folded })
    offset += word.length + 1
  }
  return tokens
}
