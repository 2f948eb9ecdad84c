import type { Gazetteer } from '../lexicon/gazetteer.js'
import { gazetteerFeatures, tokensFromWords } from '../lexicon/gazetteer-features.js'

/** Per-token lexicon labels for a sentence: any strings, each becomes a feature. */
export type LexiconLabeller = (words: readonly string[]) => readonly (readonly string[])[]

const NONE: readonly string[] = []

/**
 * Per-token labels from the lexicon layer's gazetteer: the BIO class label (`g:B-LOC`, `g:I-NAT`
 * …), the same position with the entry type (`g:B-country`), and `g:ambiguous` for names of more
 * than one class; a word no name covers gets none.
 */
export const gazetteerLabeller =
  (gazetteer: Gazetteer): LexiconLabeller =>
  (words) =>
    gazetteerFeatures(tokensFromWords(words), gazetteer).map((feature) => {
      if (feature.label === 'O') return NONE
      const labels = [`g:${feature.label}`, `g:${feature.label[0]}-${feature.type}`]
      if (feature.ambiguous) labels.push('g:ambiguous')
      return labels
    })
