/**
 * Label patterns: a category applied to an actor through a link, الجماعات المسلحة بقيادة X،
 * الميليشيات التابعة لـ X، الفصائل المدعومة من X. The target is X's actor.
 */

import { readNameRun } from '../attribution/name-run.js'
import { createReaderContext } from '../attribution/reader-context.js'
import { matchKey } from '../lexicon/gazetteer.js'
import type { FoundFrame } from './found-frame.js'
import type { FrameContext } from './frame-context.js'
import type { FrameLexicon } from './frame-lexicon.js'
import { matchPhraseAt } from './phrase-match.js'

/** Particles a link may have written apart before its actor: التابعة لـ، المدعومة من، المحسوبة على. */
const PARTICLES: ReadonlySet<string> = new Set(['ل', 'من', 'على', 'ب'].map(matchKey))
const PREPOSITIONS: ReadonlySet<string> = new Set(['و', 'ل', 'ب'])
const MAX_NAME_TOKENS = 4

/** The end of the actor named at `at` (a gazetteer name with its nisbas, a person, an unlisted name), or -1. */
const actorEnd = (context: FrameContext, at: number): number => {
  const { view } = context
  const match = view.gazetteerAt[at]
  if (match?.proclitics.every((proclitic) => PREPOSITIONS.has(proclitic))) {
    let end = match.endToken
    for (let nisba = context.nisbaAt(end); nisba !== null; nisba = context.nisbaAt(end)) end = nisba.endToken
    return end
  }
  const person = view.personEnd[at]!
  if (person > at) return person
  return readNameRun(createReaderContext(view), at, view.tokens.length, MAX_NAME_TOKENS)
}

/**
 * Finds labels and marks their tokens in `covered`, so loaded terms inside them are not found twice.
 *
 * @example
 *   // … أن الجماعات المسلحة بقيادة أبو محمد الجولاني عبّرت …
 *   findLabels(context, lexicon, covered)   // [{ text: 'الجماعات المسلحة بقيادة أبو محمد الجولاني', kind: 'label', target: 'SYRGOV', … }]
 */
export const findLabels = (
  context: FrameContext,
  lexicon: FrameLexicon,
  covered: Uint8Array,
): FoundFrame[] => {
  const { view } = context
  const frames: FoundFrame[] = []
  for (let index = 0; index < view.tokens.length; index++) {
    const head = matchPhraseAt(view, index, lexicon.labelHeads)
    if (head === null) continue
    const link = matchPhraseAt(view, head.endToken, lexicon.labelLinks)
    if (link === null) continue
    let at = link.endToken
    if (PARTICLES.has(view.keys[at] ?? '')) at++
    const end = at < view.tokens.length ? actorEnd(context, at) : -1
    if (end === -1) continue
    const label = head.values[0]!
    const text = view.text.slice(head.start, view.tokens[end - 1]!.end)
    frames.push({
      start: head.start,
      end: head.start + text.length,
      text,
      kind: 'label',
      target: context.actorCode(at, end),
      neutral: label.neutral,
      lean: label.lean,
    })
    covered.fill(1, index, end)
    index = end - 1
  }
  return frames
}
