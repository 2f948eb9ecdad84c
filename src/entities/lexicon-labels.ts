import { aliasKeys, type Gazetteer, matchKey } from '../lexicon/gazetteer.js'
import { gazetteerFeatures, tokensFromWords } from '../lexicon/gazetteer-features.js'
import { cliticReadings } from '../text/clitics.js'
import { foldWord } from '../text/fold.js'

/** Per-token lexicon labels for a sentence: any strings, each becomes a feature. */
export type LexiconLabeller = (words: readonly string[]) => readonly (readonly string[])[]

const NONE: readonly string[] = []
const CACHE_LIMIT = 200_000

const labelsOf = (words: readonly string[], gazetteer: Gazetteer): (readonly string[])[] =>
  gazetteerFeatures(tokensFromWords(words), gazetteer).map((feature) => {
    if (feature.label === 'O') return NONE
    const labels = [`g:${feature.label}`, `g:${feature.label[0]}-${feature.type}`]
    if (feature.ambiguous) labels.push('g:ambiguous')
    return labels
  })

/**
 * Per-token labels from the lexicon layer's gazetteer: the BIO class label (`g:B-LOC`, `g:I-NAT`
 * …), the same position with the entry type (`g:B-country`), and `g:ambiguous` for names of more
 * than one class; a word no name covers gets none.
 *
 * Only runs of words that could be part of some name are handed to the matcher: a name never
 * spans a word outside every alias, and most words are, so this saves most of the matching.
 */
export const gazetteerLabeller = (gazetteer: Gazetteer): LexiconLabeller => {
  const aliasWords = new Set<string>(['"'])
  for (const entry of gazetteer.entries) {
    for (const alias of entry.aliases) for (const key of aliasKeys(alias)) aliasWords.add(key)
  }
  const memberCache = new Map<string, boolean>()
  // A superset of the matcher's keys for a word: itself, its proclitic readings (with a written
  // article kept), and without a final tanwin alef.
  const mayBeInName = (word: string): boolean => {
    let member = memberCache.get(word)
    if (member !== undefined) return member
    const folded = foldWord(word)
    const key = matchKey(folded)
    member = aliasWords.has(key) || (key.length > 3 && key.endsWith('ا') && aliasWords.has(key.slice(0, -1)))
    if (!member) {
      for (const reading of cliticReadings(folded)) {
        if (aliasWords.has(matchKey(reading.stem)) || aliasWords.has(matchKey(`ال${reading.stem}`))) {
          member = true
          break
        }
      }
    }
    if (memberCache.size >= CACHE_LIMIT) memberCache.clear()
    memberCache.set(word, member)
    return member
  }
  return (words) => {
    const labels: (readonly string[])[] = words.map(() => NONE)
    let start = -1
    for (let index = 0; index <= words.length; index++) {
      const member = index < words.length && mayBeInName(words[index]!)
      if (member && start < 0) start = index
      if (!member && start >= 0) {
        const run = labelsOf(words.slice(start, index), gazetteer)
        for (let offset = 0; offset < run.length; offset++) labels[start + offset] = run[offset]!
        start = -1
      }
    }
    return labels
  }
}

/** The same labels without the shortcut, for checking it. */
export const fullGazetteerLabeller =
  (gazetteer: Gazetteer): LexiconLabeller =>
  (words) =>
    labelsOf(words, gazetteer)
