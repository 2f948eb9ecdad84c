/**
 * Subjects of verbs: the phrase before the verb in its clause (SVO: أن الدولة السورية ترفض), else the
 * phrase right after it (VSO: اتهم الوفدُ الاحتلالَ), else — for a verb whose subject is only its
 * person ending (وتعهدت، محذرًا، أنها ترفض) — the last subject named before it in the sentence.
 * One left-to-right pass over a sentence's verbs records each explicit subject.
 */
import { CUE } from './cue-kinds.js'
import { cuePhraseAt } from './cue-phrases.js'
import type { DiscourseMemory } from './memory.js'
import type { Participant } from './participant.js'
import { clauseStart, isVerbal, readPhrase } from './phrases.js'
import { resolveConjuncts } from './resolve-participants.js'
import { matchOf, type SentenceContext } from './sentence-context.js'
import type { TriggerHit } from './trigger-hit.js'
import { isCue } from './words.js'

export interface Subject {
  readonly participants: readonly Participant[]
  /** Where the verb's object may start: after a VSO subject, else right after the verb. */
  readonly objectStart: number
  /** The subject was named in the clause, not carried over. */
  readonly explicit: boolean
  /** Where the subject phrase begins, or -1 when it was carried over. */
  readonly phraseStart: number
}

/**
 * An event noun standing right before a verb, with only its nisbas and adjectives between (غارة
 * إسرائيلية استهدفت خيمة): the verb goes on describing that event.
 */
const eventRightBefore = (context: SentenceContext, position: number): TriggerHit | undefined => {
  for (let at = position - 1; at >= Math.max(0, position - 4); at--) {
    const word = context.words[at]!
    const hit = context.hitAt.get(at)
    if (hit !== undefined) return hit.verbal ? undefined : hit
    const match = matchOf(context, at)
    const describes =
      word.kind === 'quote' || isCue(word, CUE.adjective) || match?.entry.type === 'nationality'
    if (!describes) return undefined
  }
  return undefined
}

/** Whether the word at `position` opens a clause before its subject (ما زالت، كانت، قد، لم). */
const leadsClause = (context: SentenceContext, position: number): boolean => {
  const word = context.words[position]!
  if (word.kind === 'quote') return true
  if (cuePhraseAt(context, position).flags & CUE['not-negation']) return true
  const previous = context.words[position - 1]
  if (previous !== undefined && position > 0 && cuePhraseAt(context, position - 1).end > position) return true
  return isCue(word, CUE.negation | CUE.may | CUE.particle | CUE['clause-verb']) && !isCue(word, CUE.light)
}

/** Explicit subjects by verb position, filled in order by `recordSubjects`. */
export type SubjectTable = Map<number, readonly Participant[]>

const skipFiller = (context: SentenceContext, position: number): number => {
  let at = position
  while (at < context.words.length) {
    const word = context.words[at]!
    if (
      word.kind === 'quote' ||
      context.inTime[at] === 1 ||
      (isCue(word, CUE.particle) && word.form === 'ايضا')
    )
      at++
    else break
  }
  return at
}

/** The subject carried over to a verb at `position`: the last explicit one before it in the sentence. */
export const inheritedSubject = (
  table: SubjectTable,
  memory: DiscourseMemory,
  position: number,
  crossSentence: boolean,
): readonly Participant[] => {
  let best: readonly Participant[] | undefined
  let bestPosition = -1
  for (const [at, participants] of table) {
    if (at < position && at > bestPosition) {
      best = participants
      bestPosition = at
    }
  }
  if (best !== undefined) return best
  return crossSentence ? (memory.previousSubject ?? []) : []
}

/**
 * The subject of the verb at `position`.
 *
 * @example
 *   // أن الدولة السورية ترفض أي مسارات → participants [SYRGOV], explicit
 */
export const subjectOf = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  position: number,
  options: { readonly participle?: boolean } = {},
): Subject => {
  const { words } = context
  const start = clauseStart(context, position)
  // القصف الإسرائيلي استهدف مدرسة: an event noun opening the clause is the verb's subject — no actor.
  let first = start
  while (first < position && words[first]!.kind === 'quote') first++
  const atStart = context.hitAt.get(first)
  const opening = atStart !== undefined && !atStart.verbal ? atStart : eventRightBefore(context, position)
  if (opening !== undefined && !opening.verbal && opening.last < position) {
    return { participants: [], objectStart: position + 1, explicit: true, phraseStart: -1 }
  }
  // ما زالت القوات تقصف، كانت الطائرات تقصف: auxiliaries and particles come before the subject.
  let subjectStart = start
  while (subjectStart < position && leadsClause(context, subjectStart)) subjectStart++
  if (subjectStart < position) {
    const reading = readPhrase(context, subjectStart)
    if (reading !== undefined && reading.phrase.end >= position - 1) {
      let end = reading.phrase.end
      while (end < position && words[end]!.kind === 'quote') end++
      // The phrase right before the verb is its subject even when it names no actor (البرنامج يستهدف
      // الطلاب): the phrase after the verb is then its object, never its subject.
      if (end === position) {
        const participants = resolveConjuncts(context, memory, reading.conjuncts)
        return {
          participants,
          objectStart: position + 1,
          explicit: participants.length > 0,
          phraseStart: reading.phrase.first,
        }
      }
    }
  }
  const before = words[start - 1]
  // أنه، أنها، إنهم: the pronoun on the complementizer is the subject — the speaker named before it.
  const pronounSubject = before !== undefined && isCue(before, CUE.complementizer) && before.enclitic !== ''
  const verb = words[position]!
  if (options.participle !== true && !pronounSubject) {
    const after = skipFiller(context, position + 1)
    const reading = readPhrase(context, after)
    if (reading !== undefined) {
      const participants = resolveConjuncts(context, memory, reading.conjuncts)
      if (participants.length > 0) {
        return {
          participants,
          objectStart: reading.phrase.end,
          explicit: true,
          phraseStart: reading.phrase.first,
        }
      }
    }
  }
  const crossSentence = verb.conjunction || options.participle === true || start === 0
  return {
    participants: inheritedSubject(table, memory, position, crossSentence),
    objectStart: position + 1,
    explicit: false,
    phraseStart: -1,
  }
}

/**
 * Records the explicit subject of every verb of the sentence, left to right, so that later verbs can
 * carry them over.
 */
export const recordSubjects = (context: SentenceContext, memory: DiscourseMemory): SubjectTable => {
  const table: SubjectTable = new Map()
  for (const word of context.words) {
    if (word.kind !== 'word' || !isVerbal(context, word)) continue
    const hit = context.hitAt.get(word.position)
    const subject = subjectOf(context, memory, table, word.position, {
      participle: hit?.part === 'participle',
    })
    if (subject.explicit && hit?.entry.passive !== true) table.set(word.position, subject.participants)
  }
  return table
}
