/**
 * Polarity: whether a trigger is negated. A negation particle (لم، لن، لا، ما، ليس، عدم، دون) a few words
 * to the left of the predicate (the light verb, else the trigger) in the same clause negates it: لم تسفر
 * عن أي اتفاقات، دون أن يصل إلى أي صيغة اتفاقية. ما negates only a verb right after it; غير only the word
 * right after it; لا سيما، لا يزال، ما زال negate nothing.
 */
import { CUE } from './cue-kinds.js'
import { cuePhraseAt } from './cue-phrases.js'
import { isVerbal } from './phrases.js'
import type { SentenceContext } from './sentence-context.js'
import { isCue } from './words.js'

/** How far left of the predicate a negation particle may stand. */
const REACH = 6

export interface Polarity {
  readonly negated: boolean
  /** لن: the negation also puts the event in the future. */
  readonly future: boolean
}

/**
 * The polarity of the predicate at `predicate` (a trigger's head or its light verb).
 *
 * @example
 *   // المحادثات لم تسفر عن أي اتفاقات → negated
 */
export const readPolarity = (context: SentenceContext, predicate: number, head: number): Polarity => {
  const { words } = context
  for (let at = predicate - 1; at >= Math.max(0, predicate - REACH); at--) {
    const word = words[at]!
    if (word.kind === 'stop' || word.kind === 'comma') break
    if (word.kind !== 'word') continue
    if (at !== predicate && context.hitAt.has(at) && at !== head) break
    if (isCue(word, CUE.relative)) break
    if (isCue(word, CUE.complementizer)) {
      // دون أن / بدون أن / من دون أن negate what follows.
      const before = words[at - 1]
      if (before !== undefined && (before.form === 'دون' || before.form === 'بدون'))
        return { negated: true, future: false }
      break
    }
    const phrase = cuePhraseAt(context, at)
    if (phrase.flags & CUE['not-negation']) continue
    const negation = isCue(word, CUE.negation) || word.form === 'عدم' || word.form === 'دون'
    if (!negation) continue
    const form = word.form
    if (form === 'ما' && !(at + 1 === predicate || isVerbal(context, words[at + 1]!))) continue
    if (form === 'غير' && at + 1 !== head) continue
    if ((form === 'عدم' || form === 'دون' || form === 'بدون') && at + 3 < predicate) continue
    return { negated: true, future: form === 'لن' }
  }
  return { negated: false, future: false }
}
