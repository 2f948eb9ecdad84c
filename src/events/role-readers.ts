/**
 * Role readers shared by verbs and nouns: recipients behind a preposition, the parties of بين X و Y,
 * mediators (بوساطة، برعاية …), the place (في + a place name) and the date (a time expression of the
 * clause).
 */
import type { GazetteerType } from '../lexicon/gazetteer-types.js'
import type { EventDate, EventLocation } from '../pipeline/analysis.js'
import { CUE } from './cue-kinds.js'
import type { DiscourseMemory } from './memory.js'
import type { Participant } from './participant.js'
import { type Phrase, readPhrase } from './phrases.js'
import { type ResolveOptions, resolveConjuncts } from './resolve-participants.js'
import { matchOf, type SentenceContext } from './sentence-context.js'
import { wordStart } from './spans.js'
import { isCue, prepositionOf } from './words.js'

const PLACE_TYPES: ReadonlySet<GazetteerType> = new Set(['capital', 'city', 'region', 'landmark', 'country'])
/** Words that put a place name after them as the event's location. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'في ب قرب داخل وسط عند شمال جنوب شرق غرب شمالي جنوبي شرقي غربي'.split(' '),
)
const BETWEEN = 'بين'
const TOWN_TYPES: ReadonlySet<GazetteerType> = new Set(['capital', 'city'])

/**
 * The first phrase in `[from, to)` behind one of `prepositions` that names participants.
 *
 * @example
 *   // اشتبك مسلحون مع قوات الأمن → prepositions {مع} → [the security forces]
 */
export const prepositionalParticipants = (
  context: SentenceContext,
  memory: DiscourseMemory,
  from: number,
  to: number,
  prepositions: ReadonlySet<string>,
  options: ResolveOptions = {},
): Participant[] => {
  for (let position = from; position < to; position++) {
    const word = context.words[position]!
    const preposition = prepositionOf(word)
    if (preposition === '' || !prepositions.has(preposition)) continue
    const start = word.preposition === '' ? position + 1 : position
    const reading = readPhrase(context, start)
    if (reading === undefined) continue
    const participants = resolveConjuncts(context, memory, reading.conjuncts, options)
    if (participants.length > 0) return participants
  }
  return []
}

/** The conjuncts after بين: X و Y (each may carry من/عن phrases: وفد سوري من وزارة الخارجية). */
const betweenConjuncts = (context: SentenceContext, position: number): Phrase[] => {
  const { words } = context
  const conjuncts: Phrase[] = []
  let at = position
  let reading = readPhrase(context, at)
  while (reading !== undefined) {
    conjuncts.push(...reading.conjuncts)
    at = reading.phrase.end
    reading = undefined
    while (at < words.length) {
      const word = words[at]!
      if (word.kind === 'quote') {
        at++
        continue
      }
      if (word.conjunction) {
        reading = readPhrase(context, at)
        break
      }
      if (word.kind === 'comma') {
        const next = words[at + 1]
        if (next?.conjunction === true && !isCue(next, CUE['clause-verb'] | CUE.gather)) {
          at++
          continue
        }
        break
      }
      const preposition = prepositionOf(word)
      if (preposition === 'من' || preposition === 'عن') {
        const inner = readPhrase(context, at + 1, { coordinate: false })
        if (inner === undefined) break
        const last = conjuncts.pop()!
        conjuncts.push({ first: last.first, end: inner.phrase.end })
        at = inner.phrase.end
        continue
      }
      break
    }
  }
  return conjuncts
}

/** The parties named after بين in `[from, to)`, or after جمع بين. */
export const betweenParticipants = (
  context: SentenceContext,
  memory: DiscourseMemory,
  from: number,
  to: number,
): Participant[] => {
  for (let position = from; position < to; position++) {
    const word = context.words[position]!
    if (word.form !== BETWEEN || word.preposition !== '') continue
    const conjuncts = betweenConjuncts(context, position + 1)
    const participants = resolveConjuncts(context, memory, conjuncts)
    if (participants.length > 0) return participants
  }
  return []
}

/** Mediators: the phrase after بوساطة، برعاية، بمشاركة، بحضور in `[from, to)`. */
export const mediatorParticipants = (
  context: SentenceContext,
  memory: DiscourseMemory,
  from: number,
  to: number,
): Participant[] => {
  const found: Participant[] = []
  for (let position = from; position < to; position++) {
    if (!isCue(context.words[position], CUE.mediator)) continue
    const reading = readPhrase(context, position + 1)
    if (reading !== undefined) found.push(...resolveConjuncts(context, memory, reading.conjuncts))
  }
  return found
}

/**
 * The event's place: a place name after في (or ب attached, قرب، داخل …) in `[from, to)`, the one
 * nearest to `head`, those after it first.
 */
export const locationIn = (
  context: SentenceContext,
  from: number,
  to: number,
  head: number,
): EventLocation | null => {
  let best: { location: EventLocation; distance: number } | undefined
  for (let position = from; position < to; position++) {
    const word = context.words[position]!
    const preposition = prepositionOf(word)
    const standalone = word.preposition === '' && PLACE_PREPOSITIONS.has(word.form)
    if (!standalone && !PLACE_PREPOSITIONS.has(preposition)) continue
    const at = standalone ? position + 1 : position
    const location = placeAt(context, at, to)
    if (location === null) continue
    // Places after the trigger are nearer in Arabic word order than the same distance before it.
    const distance = at > head ? at - head : (head - at) * 2
    if (best === undefined || distance < best.distance) best = { location, distance }
  }
  return best?.location ?? null
}

/** How many place nouns (مدينة، ريف، شوارع المدن) may stand before the name that says where. */
const PLACE_NOUNS_BEFORE_NAME = 3

/**
 * The place named at `position`, after up to three place nouns: a place name (في ريف درعا → Daraa), or
 * a nisba after place nouns (في شوارع المدن الفرنسية → France).
 */
const placeAt = (context: SentenceContext, position: number, to: number): EventLocation | null => {
  const text = context.document.text
  const { placeNouns } = context.lexicon.cues
  let at = position
  for (let steps = 0; steps <= PLACE_NOUNS_BEFORE_NAME && at < to; steps++) {
    const match = matchOf(context, at)
    if (match !== undefined && match.startToken === at) {
      // في عمان: a place name that is also a country's (Amman, Oman) is read as the town.
      const entry = match.entries.find((candidate) => TOWN_TYPES.has(candidate.type)) ?? match.entry
      if (PLACE_TYPES.has(entry.type)) {
        return {
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
          name: entry.english,
          country: entry.country,
        }
      }
      if (steps > 0 && match.entry.type === 'nationality' && match.entry.country !== null) {
        const start = wordStart(text, context.words[position]!)
        return {
          text: text.slice(start, match.end),
          start,
          end: match.end,
          name: context.gazetteer.countryNames.get(match.entry.country) ?? match.entry.english,
          country: match.entry.country,
        }
      }
    }
    const word = context.words[at]!
    if (!placeNouns.has(word.form) && !placeNouns.has(word.stem)) return null
    at++
  }
  return null
}

/** The event's date: the time expression in `[from, to)` nearest to `head` (durations left out). */
export const dateIn = (
  context: SentenceContext,
  from: number,
  to: number,
  head: number,
): EventDate | null => {
  let best: { date: EventDate; distance: number } | undefined
  for (const { time, first, end } of context.times) {
    if (first < from || end > to) continue
    if ((time as { kind?: string }).kind === 'duration') continue
    const distance = first > head ? first - head : (head - end + 1) * 2
    if (best === undefined || distance < best.distance) {
      best = { date: { text: time.text, value: time.value, precision: time.precision }, distance }
    }
  }
  return best?.date ?? null
}
