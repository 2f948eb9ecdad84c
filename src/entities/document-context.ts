import { BIO_TAGS } from './bio.js'

/** Entity type index of each tag (0 for O), for counting. */
const TYPE_OF_TAG = BIO_TAGS.map((tag) =>
  tag === 'O' ? 0 : ['PERS', 'LOC', 'ORG', 'MISC'].indexOf(tag.slice(2)) + 1,
)
const TYPE_NAMES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'] as const
const TYPES = TYPE_NAMES.length

const NO_LABELS: readonly string[] = Object.freeze([])
const OUTSIDE_LABELS: readonly string[] = Object.freeze(['d:O'])
/**
 * Every label set a token can get, built once and shared (a document has hundreds of tokens and
 * only a few dozen sets exist): `ENTITY_LABELS[(type * 2 + many) * 2 + mostly]`.
 */
const ENTITY_LABELS: readonly (readonly string[])[] = TYPE_NAMES.flatMap((name) =>
  ['one', 'many'].flatMap((count) =>
    ['d:sometimes', 'd:mostly'].map((share) => Object.freeze([`d:${name}`, `d:${name}:${count}`, share])),
  ),
)

/**
 * Document-context labels (Ratinov & Roth 2009, "extended prediction history"): how a first pass
 * tagged the other occurrences of each word within `window` sentences before and after, so that
 * الأهلي tagged ORG in one sentence pulls its bare mentions elsewhere in the article along.
 * `keys[s][i]` is the word's document key ('' for words to skip), `firstPass[s][i]` its tag index.
 * Returns labels per sentence per token, such as `d:ORG`, `d:ORG:many`, `d:mostly`, or `d:O`.
 */
export const documentLabels = (
  keys: readonly (readonly string[])[],
  firstPass: readonly ArrayLike<number>[],
  window: number,
): (readonly string[])[][] => {
  const counts = new Map<string, Int32Array>()
  const add = (sentence: number, sign: number): void => {
    const sentenceKeys = keys[sentence]
    if (sentenceKeys === undefined) return
    sentenceKeys.forEach((key, index) => {
      if (key === '') return
      let entry = counts.get(key)
      if (entry === undefined) {
        entry = new Int32Array(TYPES)
        counts.set(key, entry)
      }
      entry[TYPE_OF_TAG[firstPass[sentence]![index]!]!]! += sign
    })
  }
  for (let sentence = 0; sentence < Math.min(window, keys.length); sentence++) add(sentence, 1)
  const labels: (readonly string[])[][] = []
  for (let sentence = 0; sentence < keys.length; sentence++) {
    // The window is [sentence - window, sentence + window].
    if (sentence + window < keys.length) add(sentence + window, 1)
    if (sentence - window - 1 >= 0) add(sentence - window - 1, -1)
    labels.push(
      keys[sentence]!.map((key, index) => {
        if (key === '') return NO_LABELS
        const entry = counts.get(key)!
        const own = TYPE_OF_TAG[firstPass[sentence]![index]!]!
        let total = 0
        let entities = 0
        let best = 0
        let bestCount = 0
        for (let type = 0; type < TYPES; type++) {
          const count = entry[type]! - (type === own ? 1 : 0)
          total += count
          if (type > 0) {
            entities += count
            if (count > bestCount) {
              best = type
              bestCount = count
            }
          }
        }
        if (total === 0) return NO_LABELS
        if (entities === 0) return OUTSIDE_LABELS
        const many = bestCount >= 2 ? 1 : 0
        const mostly = entities * 2 >= total ? 1 : 0
        return ENTITY_LABELS[(best * 2 + many) * 2 + mostly]!
      }),
    )
  }
  return labels
}
