/**
 * Coding one sentence: triggers → roles, governance, polarity → drafts; then the drafts another trigger
 * absorbs, the generic ones and those that miss what their trigger needs are dropped, definite
 * back-references (اللقاء، المحادثات) hand their event's parties to what the sentence says about it, and
 * two mentions of one event close together in a clause become one.
 */
import { splitActorCode } from '../entities/actor-code.js'
import type { PloverType } from '../vocabulary/plover.js'
import { assaultMode } from './assault-mode.js'
import { absorb, compatible, type EventDraft } from './event-draft.js'
import { readGovernance } from './governance.js'
import type { DiscourseMemory } from './memory.js'
import { isQuestion, readModality } from './modality.js'
import { meetsNeeds } from './needs.js'
import type { Participant } from './participant.js'
import { clauseEnd, clauseStart, isVerbal } from './phrases.js'
import { fillFromPlace, settleInPlace } from './place-roles.js'
import { readPolarity } from './polarity.js'
import { readRoles, SYMMETRIC } from './roles.js'
import type { SentenceContext } from './sentence-context.js'
import { wordStart } from './spans.js'
import { recordSubjects, type SubjectTable } from './subjects.js'
import type { TriggerHit } from './trigger-hit.js'
import { prepositionOf } from './words.js'

/** Events coded so far in the document, for back-references: the drafts kept, in order. */
export type CodedDrafts = EventDraft[]

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين'])
/** Types whose content's doer is whom they address: the condemned, the asked, the supported. */
const ADDRESSED_TO_DOER: ReadonlySet<PloverType> = new Set([
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'SUPPORT',
  'SANCTION',
  'PROTEST',
  'THREATEN',
])
/**
 * Types of talk and dealings: coded only between actors the text places somewhere — a country, an
 * international body — or where it happened. A visit to a hospital ward, a welcome to a festival's
 * guests, a call to residents to fill in a survey are news, not interactions between political actors.
 */
const DEALINGS: ReadonlySet<PloverType> = new Set([
  'CONSULT',
  'SUPPORT',
  'REQUEST',
  'AGREE',
  'AID',
  'COOPERATE',
  'CONCEDE',
  'REJECT',
  'ACCUSE',
])

const isUnplaced = (draft: EventDraft): boolean =>
  DEALINGS.has(draft.type) &&
  // "No agreement was reached" tells something even with no one named.
  !draft.negated &&
  draft.location?.country == null &&
  !partiesOf(draft).some((party) => party.code !== null && splitActorCode(party.code).root !== null)

/** Types whose nouns also name a lasting thing: an agreement, sanctions, aid. */
const THINGS: ReadonlySet<PloverType> = new Set(['AGREE', 'SANCTION', 'AID'])

/** Types of force: in a sports sentence their words are moves of play (هاجم، توغل، اقتحم). */
const FORCE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'THREATEN'])

const isSports = (context: SentenceContext): boolean => {
  const { sportsWords } = context.lexicon.cues
  return context.words.some((word) => sportsWords.has(word.form) || sportsWords.has(word.stem))
}

/** Words between two triggers that can still be one event's mentions. */
const MENTION_GAP = 6

const isDefinite = (context: SentenceContext, hit: TriggerHit): boolean => {
  const head = context.words[hit.head]!
  if (head.article) return true
  const before = context.words[hit.first - 1]
  return head.enclitic === '' && before !== undefined && DEMONSTRATIVES.has(before.form)
}

const draftOf = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  hit: TriggerHit,
): EventDraft => {
  const { words, document } = context
  const entry = hit.entry
  const type = entry.type as PloverType
  const roles = readRoles(context, memory, table, hit)
  // Governance is read from the trigger leftwards, through its light verb: what stands between them
  // (أكدت أهمية … بمخاطر الهجمات) governs it too.
  const governance = readGovernance(context, hit, hit.first, roles.light)
  const polarity = readPolarity(context, roles.predicate, hit.head)
  const start = wordStart(document.text, words[hit.first]!)
  const end = words[hit.last]!.token.end
  const predicateWord = words[roles.predicate]!
  const futurePrefix =
    hit.future ||
    (roles.light >= 0 &&
      predicateWord.verbStems.length > 0 &&
      predicateWord.verbStems.every((stem) => stem.future))
  const { modality, attribution } = readModality(context, {
    predicate: roles.predicate,
    head: hit.head,
    futurePrefix,
    negatedFuture: polarity.future,
    governance,
    date: roles.date,
    offset: start,
  })
  const mode =
    type === 'ASSAULT' && (entry.mode === null || entry.mode === 'shelling')
      ? assaultMode(context, clauseStart(context, hit.first), clauseEnd(context, hit.last), entry.mode)
      : entry.mode
  const ownParties = roles.ownActors || roles.recipients.length > 0
  return {
    hit,
    sentence: context.sentence,
    type,
    mode,
    cameo: entry.cameo,
    gloss: entry.gloss,
    trigger: { start, end },
    actors: [...roles.actors],
    recipients: roles.recipients.filter(
      (party) => !roles.actors.some((actor) => actor.start === party.start),
    ),
    mediators: [...roles.mediators],
    location: roles.location,
    date: roles.date,
    negated: polarity.negated || governance.denied,
    modality,
    attribution,
    roles,
    governance,
    // تم الاتفاق، جرت الاشتباكات: a light verb predicates the event; it refers back to nothing.
    reference: !hit.verbal && !ownParties && roles.light < 0 && isDefinite(context, hit),
    content: hasComplement(context, hit),
  }
}

const partiesOf = (draft: EventDraft): Participant[] => [...draft.actors, ...draft.recipients]

/** Prepositions that introduce what a call or demand is for (دعا إلى، طالب بـ، دعوة لـ). */
const ATTACHED = 'بل'
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['الي', 'ب', 'ل'])

/** Whether a complement follows the trigger in its clause: دعا الأطراف إلى ضبط النفس. */
const hasComplement = (context: SentenceContext, hit: TriggerHit): boolean => {
  const end = clauseEnd(context, hit.last, { relative: true })
  for (let at = hit.last + 1; at < end; at++) {
    const word = context.words[at]!
    if (COMPLEMENT_PREPOSITIONS.has(prepositionOf(word))) return true
    // لحماية، بتوفير: a ب or ل the clitic reader left on an unknown noun still opens a complement.
    if (
      word.kind === 'word' &&
      word.token.folded.length > 4 &&
      ATTACHED.includes(word.token.folded.charAt(0))
    ) {
      if (word.preposition === '' && !word.conjunction && !word.article) return true
    }
  }
  return false
}

/**
 * A governor takes from the event it absorbs what it lacks: طالب بانسحاب القوات الإسرائيلية → the demand
 * is addressed to Israel; هدد بتوسيع عملياته في لبنان → the threat is against Lebanon; اتفاق وقف إطلاق
 * النار → a ceasefire agreement.
 */
const hand = (governor: EventDraft, governed: EventDraft): void => {
  governor.content = true
  if (governor.type === governed.type) governor.mode ??= governed.mode
  if (governor.recipients.length > 0 || SYMMETRIC.has(governor.type)) return
  if (!ADDRESSED_TO_DOER.has(governor.type)) return
  const source =
    governor.type === 'THREATEN' && governed.recipients.length > 0 ? governed.recipients : governed.actors
  const actorCodes = new Set(governor.actors.map((actor) => actor.code))
  governor.recipients = source.filter((party) => !actorCodes.has(party.code))
}

/**
 * An event with nothing to it — no one, nowhere, no time — is a mention, not a report (a noun is kept
 * when a verb carries it or takes it as its object); a possibility with no one in it is talk.
 */
const isBare = (draft: EventDraft, context: SentenceContext): boolean => {
  const nobody = partiesOf(draft).length === 0
  if (draft.modality === 'hypothetical' && !draft.roles.ownActors && draft.recipients.length === 0)
    return true
  return (
    nobody &&
    draft.location === null &&
    draft.date === null &&
    !draft.negated &&
    // A verb with no one, nowhere (أطلق النار على خاله) is a story, not a political event.
    ((draft.hit.verbal && draft.type !== 'PROTEST') ||
      (!draft.hit.verbal && draft.roles.light < 0 && !verbBefore(context, draft.hit.first)))
  )
}

/**
 * Whether a verb stands before the noun in its clause with no preposition between: فرّقت قوات الأمن
 * وقفةً — the noun is its object (بعد أشهر من الاحتجاز is not).
 */
const verbBefore = (context: SentenceContext, position: number): boolean => {
  if (prepositionOf(context.words[position]!) !== '') return false
  for (let at = position - 1; at >= clauseStart(context, position); at--) {
    const word = context.words[at]!
    if (isVerbal(context, word)) return true
    if (prepositionOf(word) !== '') return false
  }
  return false
}

/** Two triggers of one type close together in a clause: one event (استشهد شاب برصاص الاحتلال). */
const sameClauseMention = (context: SentenceContext, earlierLast: number, later: EventDraft): boolean => {
  if (later.hit.first - earlierLast > MENTION_GAP) return false
  for (let at = earlierLast + 1; at < later.hit.first; at++) {
    const word = context.words[at]!
    if (word.kind === 'stop' || word.kind === 'comma') return false
  }
  return true
}

/**
 * Codes one sentence; returns the drafts that are events of their own, in trigger order.
 *
 * @example
 *   codeSentence(readSentence(document, 6, lexicon, gazetteer), memory, coded)
 *   // → [{ type: 'ACCUSE', actors: [SYRGOV], recipients: [ISR], … }, { type: 'ASSAULT', modality: 'historical', … }]
 */
export const codeSentence = (
  context: SentenceContext,
  memory: DiscourseMemory,
  coded: CodedDrafts,
): EventDraft[] => {
  if (context.hits.length === 0) {
    // No event here; the previous sentence's subject stays the one a pronoun may point back to.
    memory.sentenceSubjects = []
    return []
  }
  const table = recordSubjects(context, memory)
  memory.sentenceSubjects = [...table.entries()]
    .sort(([left], [right]) => left - right)
    .map(([, subject]) => [...subject])
  if (context.hits.length === 0 || isQuestion(context)) return []
  const sports = isSports(context)
  const drafts = context.hits.map((hit) => draftOf(context, memory, table, hit))
  for (const draft of drafts) {
    // بغداد - تظاهر المئات …: with no place of its own, an event is where the dateline says.
    draft.location ??= context.dateline
    settleInPlace(draft, context.gazetteer)
  }
  const byHit = new Map(drafts.map((draft) => [draft.hit, draft]))
  const kept: EventDraft[] = []
  const referred: EventDraft[] = []
  for (const draft of drafts) {
    const governor = draft.governance.governor === null ? undefined : byHit.get(draft.governance.governor)
    if (governor !== undefined) {
      hand(governor, draft)
      continue
    }
    if (draft.governance.dropped !== null) continue
    if (sports && FORCE.has(draft.type)) continue
    // الاتفاق النووي، العقوبات المفروضة، المساعدات: a definite agreement, sanction or aid with no verb
    // enacting it names the thing, not the act.
    if (
      THINGS.has(draft.type) &&
      !draft.hit.verbal &&
      draft.roles.light < 0 &&
      !draft.negated &&
      isDefinite(context, draft.hit)
    ) {
      continue
    }
    // احتجاجًا على، تضامنًا مع: an indefinite accusative no verb takes says why, not what happened.
    if (draft.hit.accusative && draft.roles.light < 0) continue
    if (draft.reference) {
      const earlier = [...coded].reverse().find((event) => event.type === draft.type)
      if (earlier !== undefined) {
        referred.push(earlier)
        continue
      }
    }
    kept.push(draft)
  }
  // Two mentions of one event close together in a clause become one before the needs are weighed:
  // غارات إسرائيلية استهدفت مواقع … the strikes name the doer, the verb the target and the place.
  const merged: EventDraft[] = []
  // Where each merged event was last mentioned: a chain of mentions (استشهد … في غارة … استهدفت) is one.
  const lastMention = new Map<EventDraft, number>()
  for (const draft of kept) {
    const previous = merged.at(-1)
    if (
      previous !== undefined &&
      previous.type === draft.type &&
      sameClauseMention(context, lastMention.get(previous)!, draft) &&
      compatible(previous, draft)
    ) {
      absorb(previous, draft)
      lastMention.set(previous, draft.hit.last)
      continue
    }
    merged.push(draft)
    lastMention.set(draft, draft.hit.last)
  }
  const result: EventDraft[] = []
  for (const draft of merged) {
    // تم الاتفاق … في ختام اللقاء: an agreement with no parties of its own is between those of the meeting.
    if (SYMMETRIC.has(draft.type) && partiesOf(draft).length === 0) {
      const source = referred.find((event) => partiesOf(event).length > 0)
      if (source !== undefined) {
        draft.actors = [...source.actors]
        draft.recipients = [...source.recipients]
      }
    }
    if (!meetsNeeds(draft) || isBare(draft, context) || isUnplaced(draft)) continue
    result.push(draft)
  }
  for (const draft of result) fillFromPlace(draft, context.gazetteer)
  return result
}
