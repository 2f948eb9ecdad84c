/** Multiword cues (لا سيما، من المقرر، على أن) found at a word of a sentence. */
import type { SentenceContext } from './sentence-context.js'

/**
 * The flags of the longest cue phrase that starts at `position`, and the position after it; 0 flags when
 * none starts there.
 *
 * @example
 *   cuePhraseAt(context, 0)   // for لا سيما …: { flags: CUE['not-negation'], end: 2 }
 */
export const cuePhraseAt = (context: SentenceContext, position: number): { flags: number; end: number } => {
  const { words, lexicon } = context
  const first = words[position]
  if (first === undefined) return { flags: 0, end: position }
  const starts = lexicon.cues.phraseStarts.get(first.key) ?? lexicon.cues.phraseStarts.get(first.form)
  let best = { flags: 0, end: position }
  for (const keys of starts ?? []) {
    let at = position + 1
    let index = 1
    while (index < keys.length && at < words.length) {
      const word = words[at]!
      if (word.kind === 'quote') {
        at++
        continue
      }
      if (word.key !== keys[index] && word.form !== keys[index]) break
      index++
      at++
    }
    if (index === keys.length && at > best.end)
      best = { flags: lexicon.cues.phrases.get(keys.join(' ')) ?? 0, end: at }
  }
  return best
}
