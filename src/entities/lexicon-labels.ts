import type { Gazetteer } from '../lexicon/gazetteer.js'
import { gazetteerFeatures, tokensFromWords } from '../lexicon/gazetteer-features.js'

const NONE: readonly string[] = []

/**
 * Adapts the lexicon layer's gazetteer to the tagger's per-token labels: for each word, its BIO
 * class label (`B-LOC`, `I-NAT` …) and the same position with the entry type (`B-country`), or
 * nothing when no name covers it.
 */
export const gazetteerLabeller =
  (gazetteer: Gazetteer) =>
  (words: readonly string[]): (readonly string[])[] =>
    gazetteerFeatures(tokensFromWords(words), gazetteer).map((feature) =>
      feature.label === 'O'
        ? NONE
        : [feature.label, `${feature.label[0]}-${feature.type}`, ...(feature.ambiguous ? ['ambiguous'] : [])],
    )
