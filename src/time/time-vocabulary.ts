/**
 * The time vocabulary: `data/time/months.tsv` (month names, weekdays, ordinal days) and
 * `data/time/words.tsv` (relative days, periods, modifiers, units, cues), compiled once into a phrase trie.
 */
import { readTsvRows } from '../lexicon/data-file.js'
import { buildPhraseTrie, type PhraseTrie } from './phrase-trie.js'
import { createTimeWord, isTimeWordKind, type TimeWord } from './time-word.js'

export interface TimeVocabulary {
  readonly words: readonly TimeWord[]
  readonly trie: PhraseTrie
}

const readWords = (file: string, withVocabulary: boolean): TimeWord[] =>
  readTsvRows(file).map((cells, index) => {
    const [kind = '', value = '', ...rest] = cells
    const [vocabulary, context = '', phrase = ''] = withVocabulary ? rest : ['', ...rest]
    if (
      !isTimeWordKind(kind) ||
      value === '' ||
      phrase === '' ||
      (context !== 'free' && context !== 'bound')
    ) {
      const columns = withVocabulary
        ? 'kind<TAB>value<TAB>vocabulary<TAB>context<TAB>phrase'
        : 'kind<TAB>value<TAB>context<TAB>phrase'
      throw new Error(`data/${file}: entry ${index + 1} (${cells.join(' | ')}) is not "${columns}"`)
    }
    return createTimeWord(kind, value, context, phrase, vocabulary)
  })

/**
 * Reads and compiles both data files. Prefer `timeVocabulary()`, which does it once per process.
 *
 * @example loadTimeVocabulary().trie.starts.has('كانون') // true
 */
export const loadTimeVocabulary = (): TimeVocabulary => {
  const words = [...readWords('time/months.tsv', true), ...readWords('time/words.tsv', false)]
  return { words, trie: buildPhraseTrie(words) }
}

let shared: TimeVocabulary | undefined

/**
 * The compiled vocabulary, loaded on first use and shared read-only afterwards.
 *
 * @example
 *   timeVocabulary().words.filter((word) => word.vocabulary === 'moroccan').length // → 12
 */
export const timeVocabulary = (): TimeVocabulary => {
  shared ??= loadTimeVocabulary()
  return shared
}
