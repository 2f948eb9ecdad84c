/**
 * Finding who speaks when the cue does not say it after itself: a subject before the verb (أن الوفد
 * أكد، وكان المرشد قد قال), where a clause starts, and the subject of a sentence's first verb (كما جدد
 * الوفد رفضه …، محذراً).
 */
import type { SentenceState } from './placement.js'
import { readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import {
  type CueHit,
  cueAt,
  isComplementizer,
  isKey,
  isTerminal,
  type ReaderContext,
} from './reader-context.js'
import { matchKey } from './word-key.js'

const COMMA = ','

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(
  ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي'].map(matchKey),
)
/** Leading particles a sentence's first verb may follow: وقد أكد، ثم قال. */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(
  ['قد', 'وقد', 'لقد', 'ثم', 'كما', 'بدوره', 'بدورها'].map(matchKey),
)
/** قد between a subject and its verb: وكان مرشد الجمهورية قد قال. */
export const PERFECT_PARTICLES: ReadonlySet<string> = new Set(['قد', 'لقد'].map(matchKey))
/** How far back from a verb a subject (SVO) is looked for. */
export const SUBJECT_REACH = 12
/** How long a leading adverbial before a comma may be. */
export const MAX_LEAD = 5
/** Particles a clause may open with before its subject or verb: وكان تنظيم داعش هدد، لكنه رأى. */
export const CLAUSE_PARTICLES: ReadonlySet<string> = new Set(
  [
    'كان',
    'وكان',
    'كانت',
    'وكانت',
    'قد',
    'وقد',
    'فقد',
    'لقد',
    'ثم',
    'لكن',
    'لكنه',
    'لكنها',
    'ولكن',
    'إذ',
    'حيث',
    'عندما',
    'حين',
    'بعدما',
    'بينما',
    'فيما',
    'كما',
    'وكما',
  ].map(matchKey),
)

/** Whether a token opens a clause: punctuation, أن/إن, a quotation mark, a particle. */
export const isAnchor = (context: ReaderContext, index: number): boolean =>
  isComplementizer(context, index) ||
  isTerminal(context, index) ||
  (context.view.quotePartner[index] ?? -1) !== -1 ||
  CLAUSE_PARTICLES.has(context.view.keys[index] ?? '')

/** Whether a verb stands where a clause starts: first, or after a conjunction, an anchor or a time word. */
export const atClauseStart = (context: ReaderContext, hit: CueHit, first: number): boolean =>
  hit.conjunction ||
  hit.index === first ||
  isAnchor(context, hit.index - 1) ||
  context.view.inTime[hit.index - 1] === 1

/** The token after which a pre-verbal subject may start: sentence start, أن/إن, a comma, a quotation. */
export const subjectAnchor = (context: ReaderContext, verb: number, first: number): number => {
  const stop = Math.max(first, verb - SUBJECT_REACH)
  for (let index = verb - 1; index >= stop; index--) {
    if (isAnchor(context, index)) return index
    if ((context.view.quotePartner[index] ?? -1) !== -1) return index
  }
  return stop === first ? first - 1 : -2
}

/** A subject before the verb that ends right at it (أن الوفد السوري أكد، الرئيس قال), or null. */
export const subjectBefore = (
  context: ReaderContext,
  verb: number,
  state: SentenceState,
): SpeakerPhrase | null => {
  let end = verb
  // الوزير الذي قال إن …: the subject stands before the relative pronoun; وكان الوزير قد قال: before قد.
  const previous = context.view.keys[verb - 1] ?? ''
  if (RELATIVE_PRONOUNS.has(previous) || PERFECT_PARTICLES.has(previous)) end = verb - 1
  const anchor = subjectAnchor(context, end, state.first)
  if (anchor < state.first - 1 || anchor + 1 >= end) return null
  const phrase = readSpeaker(context, anchor + 1, end)
  return phrase !== null && phrase.endToken === end ? phrase : null
}

/** The subject after the sentence's first verb (كما جدد الوفد …، محذراً), or null. */
export const sentenceSubject = (
  context: ReaderContext,
  state: SentenceState,
  before: number,
): SpeakerPhrase | null => {
  let verb = state.first
  // A leading adverbial up to a comma (من جهة أخرى، وفي سياق متصل،) is no subject's verb.
  for (let index = verb; index < before && index - verb <= MAX_LEAD; index++) {
    if (cueAt(context, index) !== null) break
    if (isKey(context, index, COMMA)) {
      verb = index + 1
      break
    }
  }
  while (verb < before && LEADING_PARTICLES.has(context.view.keys[verb]!)) verb++
  if (verb + 1 >= before || context.view.tokens[verb]!.kind !== 'word' || cueAt(context, verb) !== null)
    return null
  // Only a listed or tagged name will do: an unlisted word after a verb is as likely its object.
  const phrase = readSpeaker(context, verb + 1, before)
  return phrase === null || phrase.kind === 'document' ? null : phrase
}
