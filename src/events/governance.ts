/**
 * Governance: what stands over a trigger to its left in the clause, and what that makes of it. Another
 * trigger that takes it as content (طالب بالانسحاب، اتهم … بشن هجمات، اتفق على وقف إطلاق النار) absorbs
 * it — one event, not two. A generic governor (مكافحة، التحذير من، سبل) or a purpose (بهدف، لمناقشة)
 * makes it no event; a hypothetical one (إمكانية، احتمال) or a future one (يعتزم، خطة) sets its modality;
 * a denial (نفى، فشل) negates it. Background prepositions (بعد، إثر، عقب) end the search: what happened
 * "after the attack" did happen.
 */
import type { PloverType } from '../vocabulary/plover.js'
import { CUE } from './cue-kinds.js'
import { isVerbal, undergoBefore } from './phrases.js'
import type { SentenceContext } from './sentence-context.js'
import type { TriggerHit } from './trigger-hit.js'
import { isCue } from './words.js'

/** Types whose triggers take another event as their content. */
const GOVERNING: ReadonlySet<PloverType> = new Set([
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'SUPPORT',
  'AGREE',
  'CONSULT',
  'COOPERATE',
  'SANCTION',
  'PROTEST',
])
/** How far left a governor may stand. */
const REACH = 8

export interface Governance {
  /** The trigger that absorbs this one, if any. */
  readonly governor: TriggerHit | null
  /** Why the trigger is no event, if it is none. */
  readonly dropped: 'generic' | 'purpose' | 'condition' | null
  readonly hypothetical: boolean
  readonly future: boolean
  readonly historical: boolean
  readonly denied: boolean
}

const NONE: Governance = {
  governor: null,
  dropped: null,
  hypothetical: false,
  future: false,
  historical: false,
  denied: false,
}

const CONDITIONS: ReadonlySet<string> = new Set(['اذا', 'لو', 'لولا'])

/** Whether a conditional particle (إذا، لو، في حال) stands before `position` in its sentence. */
const inCondition = (context: SentenceContext, position: number): boolean => {
  const { words } = context
  for (let at = position - 1; at >= 0; at--) {
    const word = words[at]!
    if (word.kind === 'stop') return false
    if (word.preposition === '' && CONDITIONS.has(word.form)) return true
    if (word.form === 'حال' && words[at - 1]?.form === 'في') return true
  }
  return false
}

/** Whether a cue at `position` is the verb of a clause rather than a noun (يهدف vs هدف). */
const verbal = (context: SentenceContext, position: number): boolean =>
  isVerbal(context, context.words[position]!)

/**
 * What governs the trigger `hit`, reading left from `from` (its first word or its light verb).
 *
 * @example
 *   // دعت المعارضة إلى التظاهر → the protest is governed by the call (REQUEST)
 */
export const readGovernance = (
  context: SentenceContext,
  hit: TriggerHit,
  from: number,
  light = -1,
): Governance => {
  const { words } = context
  let result: { -readonly [Key in keyof Governance]: Governance[Key] } = { ...NONE }
  const head = words[hit.head]!
  // لمناقشة، لتهديد: ل on an indefinite event noun names an aim.
  if (!hit.verbal && head.preposition === 'ل' && !head.article) {
    if (undergoBefore(context, hit.first) < 0) result.dropped = 'purpose'
  }
  for (let at = from - 1; at >= Math.max(0, from - REACH); at--) {
    const word = words[at]!
    // The trigger's own light verb or noun (نفى الجيش تنفيذ غارات) carries it; it does not govern it.
    if (at === light) continue
    if (word.kind === 'stop' || word.kind === 'comma' || word.kind === 'dash') break
    if (word.kind !== 'word') continue
    const other = context.hitAt.get(at)
    if (other !== undefined && other !== hit) {
      if (GOVERNING.has(other.entry.type!) && other.head < hit.head) result.governor = other
      break
    }
    const cues = word.cues
    if (cues & CUE.background) break
    if (cues & CUE.generic) {
      result.dropped ??= 'generic'
      break
    }
    if (cues & CUE.purpose) {
      result.dropped ??= 'purpose'
      break
    }
    if (cues & CUE.undergo) break
    if (cues & CUE.hypothetical) result.hypothetical = true
    if (cues & CUE.future && (cues & CUE['future-time']) === 0) result.future = true
    if (cues & CUE.historical) result.historical = true
    if (cues & CUE.denial) result.denied = true
    if (cues & (CUE.relative | CUE.particle)) break
    if (cues & CUE.complementizer) {
      // طالب بأن، نفى أن: the word before the complementizer may still govern.
      const before = words[at - 1]
      const governor = before === undefined ? undefined : context.hitAt.get(before.position)
      if (governor !== undefined && GOVERNING.has(governor.entry.type!)) result.governor = governor
      if (before !== undefined) {
        if (isCue(before, CUE.denial)) result.denied = true
        if (isCue(before, CUE.future) && verbal(context, before.position)) result.future = true
        if (isCue(before, CUE.hypothetical)) result.hypothetical = true
      }
      break
    }
    // Past the verb of the clause, a trigger further left is its subject or another clause's; a cue before
    // the complementizer that opens the clause still counts (تخشى … من أن يؤدي استمرار المعارك).
    if (isVerbal(context, word) && !isCue(word, CUE.light | CUE['light-intransitive'])) {
      const complementizer = words[at - 1]
      if (complementizer !== undefined && isCue(complementizer, CUE.complementizer)) {
        for (let back = at - 2; back >= Math.max(0, at - 6); back--) {
          const before = words[back]!
          if (before.kind === 'comma' || before.kind === 'stop') break
          if (before.kind !== 'word') continue
          if (isCue(before, CUE.generic)) result.dropped ??= 'generic'
          if (isCue(before, CUE.denial)) result.denied = true
          if (isCue(before, CUE.hypothetical)) result.hypothetical = true
        }
      }
      break
    }
  }
  if (result.governor !== null) result = { ...result, dropped: null }
  // إذا هاجمت …، لو … : what a condition supposes is no event.
  if (result.dropped === null && result.governor === null && inCondition(context, from))
    result.dropped = 'condition'
  return result
}
