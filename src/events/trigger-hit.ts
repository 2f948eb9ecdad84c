/** A trigger found in a sentence: which entry, where, and how it was written. */
import type { TriggerEntry } from './trigger-entry.js'
import type { VerbTense } from './verb-paradigm.js'

export interface TriggerHit {
  readonly entry: TriggerEntry
  readonly part: 'verb' | 'participle' | 'noun' | 'construction'
  /** The head behaves as a verb (a verb, a participle, a construction that opens with a verb). */
  readonly verbal: boolean
  /** Word positions in the sentence: the head, and the first and last word of the trigger. */
  readonly head: number
  readonly first: number
  readonly last: number
  readonly tense: VerbTense | null
  /** Written with the future prefix سـ. */
  readonly future: boolean
  /** A noun in the indefinite accusative (احتجاجًا، تضامنًا): an adverb of purpose unless a verb takes it. */
  readonly accusative: boolean
}
