import { aliasKeys, type Gazetteer, matchKey } from '../lexicon/gazetteer.js'
import { gazetteerFeatures, tokensFromWords } from '../lexicon/gazetteer-features.js'
import { cliticReadings } from '../text/clitics.js'
import { foldWord } from '../text/fold.js'
import { GenerationCache } from '../text/generation-cache.js'

/**
 * Per-token lexicon labels for a sentence: any strings, each becomes a feature. `members`, when
 * given, says per word what `mayBeInName` would (the tagger caches it per word).
 */
export type LexiconLabeller = ((
  words: readonly string[],
  members?: readonly boolean[],
) => readonly (readonly string[])[]) & {
  /** Whether a word can be part of some name at all (a cheap superset test). */
  readonly mayBeInName?: (word: string) => boolean
}

const NONE: readonly string[] = []
// Two generations of 40,000 words or runs bound each cache (see generation-cache.ts).
const CACHE_GENERATION = 40_000

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
  const memberCache = new GenerationCache<string, boolean>(CACHE_GENERATION)
  // A superset of the matcher's keys for a word: itself, its proclitic readings (with a written
  // article kept), and without a final tanwin alef.
  const isMember = (word: string): boolean => {
    const folded = foldWord(word)
    const key = matchKey(folded)
    let member =
      aliasWords.has(key) || (key.length > 3 && key.endsWith('ا') && aliasWords.has(key.slice(0, -1)))
    if (!member) {
      for (const reading of cliticReadings(folded)) {
        if (aliasWords.has(matchKey(reading.stem)) || aliasWords.has(matchKey(`ال${reading.stem}`))) {
          member = true
          break
        }
      }
    }
    return member
  }
  const mayBeInName = (word: string): boolean => memberCache.get(word, isMember)
  // A run's labels depend on its words alone, and news repeats its runs (المملكة العربية السعودية).
  const runCache = new GenerationCache<string, (readonly string[])[]>(CACHE_GENERATION)
  // A one-word run (the commonest) is keyed by the word itself: no copy, no joined string to hash.
  const runLabels = (words: readonly string[], start: number, end: number): (readonly string[])[] =>
    end - start === 1
      ? runCache.get(words[start]!, (word) => labelsOf([word], gazetteer))
      : runCache.get(words.slice(start, end).join('\u0001'), () =>
          labelsOf(words.slice(start, end), gazetteer),
        )
  const labeller = (words: readonly string[], members?: readonly boolean[]) => {
    const labels: (readonly string[])[] = words.map(() => NONE)
    let start = -1
    for (let index = 0; index <= words.length; index++) {
      const member =
        index < words.length && (members === undefined ? mayBeInName(words[index]!) : members[index]!)
      if (member && start < 0) start = index
      if (!member && start >= 0) {
        const run = runLabels(words, start, index)
        for (let offset = 0; offset < run.length; offset++) labels[start + offset] = run[offset]!
        start = -1
      }
    }
    return labels
  }
  return Object.assign(labeller, { mayBeInName })
}

/** The same labels without the shortcut, for checking it. */
export const fullGazetteerLabeller =
  (gazetteer: Gazetteer): LexiconLabeller =>
  (words) =>
    labelsOf(words, gazetteer)
