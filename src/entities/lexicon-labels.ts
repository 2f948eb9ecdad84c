import type { Gazetteer } from '../lexicon/gazetteer.js'
import { gazetteerFeatures, tokensFromWords } from '../lexicon/gazetteer-features.js'
import { matchNames, type NameLexicon } from './name-lexicon.js'

/** Per-token lexicon labels for a sentence: any strings, each becomes a feature. */
export type LexiconLabeller = (words: readonly string[]) => readonly (readonly string[])[]

/**
 * Per-token labels from the lexicon layer's gazetteer (`g:B-LOC`, `g:I-NAT`, `g:B-country` …) and
 * from the names mined from WikiFANE (`n:B-PERS` …); a word no name covers gets none.
 */
export const lexiconLabeller =
  (gazetteer: Gazetteer | undefined, names: NameLexicon | undefined): LexiconLabeller =>
  (words) => {
    const labels: string[][] = words.map(() => [])
    if (gazetteer !== undefined) {
      gazetteerFeatures(tokensFromWords(words), gazetteer).forEach((feature, index) => {
        if (feature.label === 'O') return
        const position = feature.label[0]
        labels[index]!.push(`g:${feature.label}`, `g:${position}-${feature.type}`)
        if (feature.ambiguous) labels[index]!.push('g:ambiguous')
      })
    }
    if (names !== undefined) {
      matchNames(names, words).forEach((label, index) => {
        if (label !== '') labels[index]!.push(`n:${label}`)
      })
    }
    return labels
  }
