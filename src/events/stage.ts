/**
 * The event stage of `analyze()`: fills `document.events` (CONTRACT.md §2, §3) — who did what to whom,
 * where, when, through whom, negated or not, asserted, reported, planned, possible or background — from
 * the text, its entities, times and attributions. It runs after those stages.
 */
import { resolveActor } from '../entities/resolve-actor.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Attribution, Event } from '../pipeline/analysis.js'
import type { Document } from '../pipeline/document.js'
import { type CodedDrafts, codeSentence } from './code-sentence.js'
import { absorb, compatible, type EventDraft } from './event-draft.js'
import { type EventLexicon, loadEventLexicon } from './event-lexicon.js'
import { createMemory, nextSentence } from './memory.js'
import { toEventParticipant } from './participant.js'
import { SYMMETRIC } from './roles.js'
import { readSentence } from './sentence-context.js'
import { summarize } from './summary.js'

export interface EventResources {
  readonly gazetteer: Gazetteer
  /** The trigger and cue lexicons; the package's own when left out. */
  readonly eventLexicon?: EventLexicon
}

const partyKey = (draft: EventDraft): string =>
  [...new Set([...draft.actors, ...draft.recipients].map((party) => (party.code ?? party.text).slice(0, 3)))]
    .sort()
    .join()

/**
 * Whether a mention in a later sentence names the same occasion: a noun, with the same parties, and for
 * one-sided events the same place too (two rejections by one delegation are two events).
 */
const sameOccasion = (earlier: EventDraft, later: EventDraft): boolean => {
  if (later.hit.verbal) return false
  const parties = partyKey(later)
  if (parties === '' || parties !== partyKey(earlier)) return false
  if (SYMMETRIC.has(later.type)) return true
  return later.location !== null && earlier.location?.country === later.location.country
}

/** Where a new draft goes: into an earlier compatible mention of the same event, or a new event. */
const place = (coded: CodedDrafts, draft: EventDraft): void => {
  // A later mention of an event already coded (the meeting named in the headline and again in the
  // body) adds what it knows to it. Verbs in later sentences are new events unless nothing sets them apart.
  for (const earlier of coded) {
    if (earlier.sentence !== draft.sentence && !sameOccasion(earlier, draft)) continue
    if (compatible(earlier, draft)) {
      absorb(earlier, draft)
      return
    }
  }
  coded.push(draft)
}

/**
 * A meeting's mode and code from its final shape: with a mediator it is third-party; held in a country
 * none of its parties belongs to, it is a meeting at a third location (CAMEO 044).
 */
const meetingCode = (draft: EventDraft): { mode: EventDraft['mode']; cameo: string | null } => {
  if (draft.type !== 'CONSULT') return { mode: draft.mode, cameo: draft.cameo }
  const mode = draft.mode ?? (draft.mediators.length > 0 ? 'third-party' : null)
  const parties = [...draft.actors, ...draft.recipients].map((party) => party.code?.slice(0, 3))
  const elsewhere =
    draft.location?.country != null && parties.length > 0 && !parties.includes(draft.location.country)
  return { mode, cameo: draft.cameo === '040' && elsewhere ? '044' : draft.cameo }
}

/**
 * The English names the gazetteer gives speaker phrases as a whole (الخارجية → Ministry of Foreign
 * Affairs), or null when it gives none and the summary must romanise the words. Resolved only when a
 * summary asks (a speaker without a country), once per attribution.
 */
const speakerNames = (
  document: Document,
  gazetteer: Gazetteer,
): ((attribution: Attribution) => string | null) => {
  const names = new Map<string, string | null>()
  return (attribution) => {
    let name = names.get(attribution.id)
    if (name === undefined) {
      const { start, end } = attribution.speaker
      const tokens = document.tokens.filter((token) => token.start >= start && token.end <= end)
      const resolution = resolveActor(tokens, gazetteer, {
        published: document.meta.published,
        text: document.text,
      })
      name =
        resolution.entry !== null && resolution.latin === resolution.entry.english ? resolution.latin : null
      names.set(attribution.id, name)
    }
    return name
  }
}

const toEvent = (
  draft: EventDraft,
  index: number,
  document: Document,
  gazetteer: Gazetteer,
  speakerName: (attribution: Attribution) => string | null,
): Event => {
  const attribution = document.attributions.find((candidate) => candidate.id === draft.attribution)
  const actors = draft.actors.map(toEventParticipant)
  const recipients = draft.recipients.map(toEventParticipant)
  const mediators = draft.mediators.map(toEventParticipant)
  return {
    id: `v${index + 1}`,
    type: draft.type,
    ...meetingCode(draft),
    trigger: { ...draft.trigger, text: document.text.slice(draft.trigger.start, draft.trigger.end) },
    sentence: draft.sentence,
    actors,
    recipients,
    mediators,
    location: draft.location,
    date: draft.date,
    negated: draft.negated,
    modality: draft.modality,
    attribution: draft.attribution,
    summary: summarize({
      gloss: draft.gloss,
      actors,
      recipients,
      mediators,
      location: draft.location,
      date: draft.date,
      negated: draft.negated,
      modality: draft.modality,
      symmetric: SYMMETRIC.has(draft.type),
      attribution,
      speakerName: () => (attribution === undefined ? null : speakerName(attribution)),
      countryNames: gazetteer.countryNames,
    }),
  }
}

/**
 * Codes the document's events, ids `v1, v2, …` in text order.
 *
 * @example
 *   codeEvents(resolveTimes(segment(createDocument({ text: 'شنت طائرات إسرائيلية غارات على غزة.' }, 'd1'))), { gazetteer })
 *     .events[0]   // { type: 'ASSAULT', mode: 'air-strike', actors: [ISR], recipients: [PSE], … }
 */
export const codeEvents = (document: Document, resources: EventResources): Document => {
  const lexicon = resources.eventLexicon ?? loadEventLexicon()
  const memory = createMemory()
  const coded: CodedDrafts = []
  memory.events = coded
  for (let index = 0; index < document.sentences.length; index++) {
    const context = readSentence(document, index, lexicon, resources.gazetteer)
    for (const draft of codeSentence(context, memory, coded)) {
      place(coded, draft)
    }
    nextSentence(memory)
  }
  const speakerNameOf = speakerNames(document, resources.gazetteer)
  const events = coded
    .sort((left, right) => left.trigger.start - right.trigger.start)
    .map((draft, index) => toEvent(draft, index, document, resources.gazetteer, speakerNameOf))
  return { ...document, events }
}
