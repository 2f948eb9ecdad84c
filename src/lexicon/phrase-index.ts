/**
 * A multi-word lexicon compiled for matching: phrases keyed by their folded tokens joined with a space,
 * plus the set of proper prefixes, so a matcher extends a candidate one token at a time and stops as soon
 * as no phrase starts that way. Two flat hash tables rather than a node per token: building it allocates
 * little, which keeps cold loading fast.
 */

/** Tokens never contain a space, so a space joins them unambiguously. */
export const PHRASE_SEPARATOR = ' '

export interface PhraseIndex<Value> {
  /** Values stored under each whole phrase. */
  readonly phrases: Map<string, Value[]>
  /** Every proper prefix of a stored phrase (one or more leading tokens). */
  readonly prefixes: Set<string>
}

export const createPhraseIndex = <Value>(): PhraseIndex<Value> => ({
  phrases: new Map(),
  prefixes: new Set(),
})

/** Adds `value` under the phrase made of `keys` (one folded token each); stored once per phrase. */
export const phraseInsert = <Value>(
  index: PhraseIndex<Value>,
  keys: readonly string[],
  value: Value,
): void => {
  if (keys.length === 0) return
  let prefix = keys[0]!
  for (let position = 1; position < keys.length; position++) {
    index.prefixes.add(prefix)
    prefix += PHRASE_SEPARATOR + keys[position]!
  }
  const values = index.phrases.get(prefix)
  if (values === undefined) index.phrases.set(prefix, [value])
  else if (!values.includes(value)) values.push(value)
}
