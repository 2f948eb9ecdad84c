/**
 * What the role readers of verbs and nouns share: the Roles record, the types that read roles alike, and
 * the readers of a clause's surroundings (mediators, place, date) and of a direct object.
 */
import type { EventDate, EventLocation } from '../pipeline/analysis.js'
import type { PloverType } from '../vocabulary/plover.js'
import { CUE } from './cue-kinds.js'
import type { DiscourseMemory } from './memory.js'
import { type Participant, uniqueParticipants } from './participant.js'
import { readPhrase } from './phrases.js'
import { resolveConjuncts } from './resolve-participants.js'
import { dateIn, locationIn, mediatorParticipants } from './role-readers.js'
import type { SentenceContext } from './sentence-context.js'
import type { TriggerHit } from './trigger-hit.js'
import { isCue, prepositionOf } from './words.js'

/** Types whose two sides are interchangeable: the first party is the actor, the others recipients. */
export const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE'])
/** Types that take a place as their target (قصفت غزة → Palestine). */
export const PLACE_TARGETS: ReadonlySet<PloverType> = new Set([
  'ASSAULT',
  'COERCE',
  'CONSULT',
  'MOBILIZE',
  'AID',
])
/** Types whose subject, when it opens with a number, is the one acted on: قُتل عشرة جنود. */
export const COUNTED_VICTIMS: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE'])
/** Speech acts: with no agent of their own, the subject of the clause that utters them is theirs. */
export const SPEECH: ReadonlySet<PloverType> = new Set([
  'ACCUSE',
  'REJECT',
  'REQUEST',
  'SUPPORT',
  'THREATEN',
  'AGREE',
  'CONCEDE',
  'COOPERATE',
])
/** Types whose noun names its doer with ل after an adjective: انسحاب فوري للقوات، زيارة لوزير. */
export const LAM_AGENTS: ReadonlySet<PloverType> = new Set(['RETREAT', 'MOBILIZE', 'PROTEST', 'CONSULT'])
export const FROM: ReadonlySet<string> = new Set(['من'])
/** Light verbs whose subjects act on each other (تبادل، تقاسم). */
export const RECIPROCAL: ReadonlySet<string> = new Set([
  'تبادل',
  'تبادلت',
  'تبادلا',
  'تبادلوا',
  'يتبادل',
  'تتبادل',
  'يتبادلان',
  'تتبادلان',
  'يتبادلون',
])
/** Prepositions a verb's object may be preceded by without being it: a place or a time (في الرياض). */
export const OBJECT_SKIPS: ReadonlySet<string> = new Set(['في', 'ل'])
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['قبل', 'يد'])
export const WITNESS: ReadonlySet<string> = new Set(['شهد', 'شهدت', 'يشهد', 'تشهد', 'شهدتا'])
export const WITNESS_PLACES: ReadonlySet<string> = new Set([
  'capital',
  'city',
  'region',
  'landmark',
  'country',
])
/** How far left of a noun its light verb may stand (the verb, its subject, a preposition). */
export const LIGHT_REACH = 7

export interface Roles {
  readonly actors: readonly Participant[]
  readonly recipients: readonly Participant[]
  readonly mediators: readonly Participant[]
  readonly location: EventLocation | null
  readonly date: EventDate | null
  /** The actors were named around the trigger itself, not carried over from the sentence's subject. */
  readonly ownActors: boolean
  /** A light verb carries the noun (شن، عقد، تم …), or -1. */
  readonly light: number
  /** The position negation and tense are read from: the light verb, else the trigger's head. */
  readonly predicate: number
}

export const markSet = (hit: TriggerHit): Set<string> =>
  new Set(hit.entry.marks.filter((mark) => mark !== 'acc' && mark !== 'gen' && mark !== 'بين'))

export const placeOptions = (hit: TriggerHit) => ({ places: PLACE_TARGETS.has(hit.entry.type!) })

/** Splits parties of a symmetric event: the first is the actor, the rest are recipients. */
export const splitParties = (parties: readonly Participant[]): [Participant[], Participant[]] => {
  const unique = uniqueParticipants(parties)
  return [unique.slice(0, 1), unique.slice(1)]
}

/** Where the clause of a trigger ends, and the mediators, place and date in it. */
export const surroundings = (
  context: SentenceContext,
  memory: DiscourseMemory,
  hit: TriggerHit,
  from: number,
  to: number,
) => {
  const type = hit.entry.type!
  const mediatorEnd = nextPartyEvent(context, hit)
  const mediators =
    type === 'CONSULT' || type === 'AGREE' ? mediatorParticipants(context, memory, from, mediatorEnd) : []
  return {
    mediators,
    location: locationIn(context, from, to, hit.head),
    date: dateIn(context, from, Math.min(to, nextTrigger(context, hit)), hit.head),
  }
}

/** Where the next trigger of the sentence begins: time words after it are its own. */
export const nextTrigger = (context: SentenceContext, hit: TriggerHit): number => {
  for (const other of context.hits) if (other.first > hit.last) return other.first
  return context.words.length
}

/** Mediators after a meeting run to the next meeting or agreement of the sentence (وذلك بوساطة …). */
export const nextPartyEvent = (context: SentenceContext, hit: TriggerHit): number => {
  for (const other of context.hits) {
    if (other.head > hit.last && (other.entry.type === 'CONSULT' || other.entry.type === 'AGREE'))
      return other.first
  }
  return context.words.length
}

/**
 * The direct object at `start`: the phrase there, after stepping over a place or time phrase between
 * the subject and the object (استقبل ولي العهد في الرياض المبعوثَ الأميركي).
 */
export const objectAt = (
  context: SentenceContext,
  memory: DiscourseMemory,
  start: number,
  to: number,
  options: { places: boolean },
): { participants: Participant[]; found: boolean } => {
  const none = { participants: [], found: false }
  let at = start
  for (let skips = 0; skips < 2 && at < to; skips++) {
    while (at < to && context.inTime[at] === 1) at++
    const word = context.words[at]
    if (word === undefined) return none
    if (prepositionOf(word) === '') {
      const reading = readPhrase(context, at)
      if (reading === undefined) return none
      return { participants: resolveConjuncts(context, memory, reading.conjuncts, options), found: true }
    }
    if (!OBJECT_SKIPS.has(prepositionOf(word))) return none
    const skipped = readPhrase(context, word.preposition === '' ? at + 1 : at, { coordinate: false })
    if (skipped === undefined) return none
    at = skipped.phrase.end
  }
  return none
}

/** Whether the phrase at `position` opens with a count (عشرة جنود، مئات المحتجين، 3 أشخاص). */
export const opensWithNumber = (context: SentenceContext, position: number): boolean => {
  const word = context.words[position]
  return word !== undefined && (word.kind === 'number' || isCue(word, CUE.quantity))
}
