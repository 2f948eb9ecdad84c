/**
 * From a noun phrase to the participants it names: actor resolution over its words (a name, a sector
 * noun with a nisba or a country, a bare nisba), then designations (الاحتلال → ISR), then the discourse
 * memory for a sector with no country (الوفد → the Syrian delegation met earlier), then the entity
 * stage's actors. The evidence span runs from the head noun to the last word that told who it is.
 */
import { actorCodeName, composeActorCode, splitActorCode } from '../entities/actor-code.js'
import { type ActorResolution, resolveActor } from '../entities/resolve-actor.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Entity } from '../pipeline/analysis.js'
import type { Token } from '../text/token.js'
import type { ActorSector } from '../vocabulary/actor-sectors.js'
import { CUE } from './cue-kinds.js'
import type { DiscourseMemory } from './memory.js'
import type { Participant } from './participant.js'
import type { Phrase } from './phrases.js'
import type { SentenceContext } from './sentence-context.js'
import { wordStart } from './spans.js'
import { isCue } from './words.js'

export interface ResolveOptions {
  /** Accept a place (غزة) as standing for its country: targets of attacks, places visited. */
  readonly places?: boolean
}

const PLACE_TYPES = new Set(['capital', 'city', 'region', 'landmark', 'country'])

/** The country an earlier actor with the same head noun or the same sectors had. */
const recallCountry = (
  memory: DiscourseMemory,
  head: string,
  sectors: readonly ActorSector[],
): string | null => {
  for (let index = memory.actors.length - 1; index >= 0; index--) {
    const actor = memory.actors[index]!
    if (actor.country !== null && actor.head === head) return actor.country
  }
  const wanted = sectors.join()
  for (let index = memory.actors.length - 1; index >= 0; index--) {
    const actor = memory.actors[index]!
    if (actor.country !== null && wanted !== '' && actor.sectors.join() === wanted) return actor.country
  }
  return null
}

/** Resolutions kept per gazetteer; dropped whole past this size. */
const CACHE_LIMIT = 20_000
const caches = new WeakMap<Gazetteer, Map<string, ActorResolution>>()

/**
 * `resolveActor` over a phrase, cached by its folded words and the date: news names the same actors in
 * the same words again and again. Only what does not depend on where the phrase stands is used from
 * it (codes, entry types, token positions within the phrase).
 */
const resolveCached = (
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  published: string | null,
): ActorResolution => {
  let cache = caches.get(gazetteer)
  if (cache === undefined) {
    cache = new Map()
    caches.set(gazetteer, cache)
  }
  let key = published ?? ''
  for (const token of tokens) key += ' ' + token.folded
  let resolution = cache.get(key)
  if (resolution === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    resolution = resolveActor(tokens, gazetteer, { published })
    cache.set(key, resolution)
  }
  return resolution
}

/** Whether the resolution's head name begins the phrase (بغداد، not جامعة القاهرة). */
const headsPhrase = (resolution: ActorResolution, first: number): boolean =>
  resolution.matches.some((match) => match.startToken === 0 && match.entry === resolution.entry) && first >= 0

/** The parties of the last event that had two or more (الطرفين، الجانبان). */
const recallPair = (memory: DiscourseMemory): { code: string; name: string | null }[] => {
  for (let index = memory.events.length - 1; index >= 0; index--) {
    const event = memory.events[index]!
    const parties = [...event.actors, ...event.recipients].filter((party) => party.code !== null)
    const codes = new Set(parties.map((party) => party.code))
    if (codes.size >= 2) return parties.map((party) => ({ code: party.code!, name: party.name }))
  }
  return []
}

const overlapping = (entities: readonly Entity[], start: number, end: number): Entity | undefined => {
  let best: Entity | undefined
  let bestOverlap = 0
  for (const entity of entities) {
    const overlap = Math.min(end, entity.end) - Math.max(start, entity.start)
    if (overlap > bestOverlap) {
      best = entity
      bestOverlap = overlap
    }
  }
  return best
}

/**
 * The participants a phrase names; empty when it names none.
 *
 * @example
 *   // وفد سوري مشترك من وزارة الخارجية → [{ code: 'SYRGOV', text: 'وفد سوري', name: 'Syria (government)', … }]
 */
export const resolvePhrase = (
  context: SentenceContext,
  memory: DiscourseMemory,
  phrase: Phrase,
  options: ResolveOptions = {},
): Participant[] => {
  const { document, words, gazetteer } = context
  const text = document.text
  if (phrase.end <= phrase.first) return []
  const head = words[phrase.first]!
  const start = wordStart(text, head)
  if (isCue(head, CUE.pair)) {
    const end = head.token.end
    return recallPair(memory).map((party) => ({
      code: party.code,
      text: text.slice(start, end),
      entity: null,
      name: party.name,
      start,
      end,
      country: party.code.slice(0, 3),
      sectors: splitActorCode(party.code).sectors,
      place: false,
    }))
  }
  const firstToken = head.tokenIndex
  const tokens = document.tokens.slice(firstToken, words[phrase.end - 1]!.tokenIndex + 1)
  const resolution = resolveCached(tokens, gazetteer, document.meta.published)
  // The last word that told who the phrase names.
  let lastTelling = -1
  for (const match of resolution.matches)
    lastTelling = Math.max(lastTelling, phrase.first + match.endToken - 1)
  let designation: { code: string; name: string } | undefined
  for (let position = phrase.first; position < phrase.end; position++) {
    const word = words[position]!
    const found =
      context.lexicon.cues.designations.get(word.form) ?? context.lexicon.cues.designations.get(word.key)
    if (found !== undefined) {
      designation ??= found
      lastTelling = Math.max(lastTelling, position)
    }
  }
  const phraseStart = start
  const phraseEnd = words[phrase.end - 1]!.token.end
  const entity = overlapping(context.entities, phraseStart, phraseEnd)
  let code: string | null = null
  let name: string | null = null
  let country: string | null = null
  let sectors: readonly ActorSector[] = []
  let place = false
  if (resolution.actor !== null) {
    code = resolution.actor.code
    name = resolution.actor.name
    const parts = splitActorCode(code)
    sectors = parts.sectors
    country = resolution.country
    if (parts.root === null) {
      country = designation?.code.slice(0, 3) ?? recallCountry(memory, head.stem, parts.sectors)
      if (country !== null) {
        code = composeActorCode(country, parts.sectors)
        name = actorCodeName(code, gazetteer.countryNames)
      } else if (entity?.type === 'PERS' && entity.latin !== '') {
        // الوزير رائد أبو السعود, no country anywhere: the named person in their sector, not a bare
        // "government" that could be anyone's.
        name = `${entity.latin} (${name})`
      }
    }
  } else if (designation !== undefined) {
    code = designation.code
    name = designation.name
    country = code.slice(0, 3)
    sectors = splitActorCode(code).sectors
  } else if (
    resolution.type === 'capital' &&
    resolution.entry !== null &&
    headsPhrase(resolution, phrase.first)
  ) {
    // طلبت بغداد من أنقرة: a capital standing alone for its government.
    code = resolution.entry.code
    name = actorCodeName(code, gazetteer.countryNames)
    country = resolution.entry.country
    sectors = splitActorCode(code).sectors
  } else if (
    options.places === true &&
    resolution.country !== null &&
    resolution.type !== null &&
    PLACE_TYPES.has(resolution.type)
  ) {
    code = resolution.country
    name = gazetteer.countryNames.get(code) ?? code
    country = code
    place = true
  } else if (entity?.actor != null) {
    code = entity.actor.code
    name = entity.actor.name
    country = entity.country
    sectors = splitActorCode(code).sectors
  } else if (entity !== undefined && (entity.type === 'PERS' || entity.type === 'ORG')) {
    name = entity.latin
  } else return []
  if (entity !== undefined) {
    for (let position = phrase.first; position < phrase.end; position++) {
      if (words[position]!.token.start < entity.end) lastTelling = Math.max(lastTelling, position)
    }
  }
  let endPosition = Math.max(lastTelling, phrase.first)
  // الاحتلال “الإسرائيلي”: a quotation opened inside the participant closes with it.
  let quotes = 0
  for (let position = phrase.first; position <= endPosition; position++)
    if (words[position]!.kind === 'quote') quotes++
  if (quotes % 2 === 1 && words[endPosition + 1]?.kind === 'quote') endPosition++
  const end = words[endPosition]!.token.end
  const participant: Participant = {
    code,
    text: text.slice(start, end),
    entity: entity !== undefined && entity.start < end && entity.end > start ? entity.id : null,
    name,
    start,
    end,
    country,
    sectors,
    place,
  }
  if (code !== null && !place && splitActorCode(code).root !== null) {
    memory.actors.push({ participant, country: code.slice(0, 3), sectors, head: head.stem })
  }
  return [participant]
}

/** The gazetteer's reading of a phrase's words. */
const phraseResolution = (context: SentenceContext, phrase: Phrase): ActorResolution => {
  const { document, words } = context
  const tokens = document.tokens.slice(words[phrase.first]!.tokenIndex, words[phrase.end - 1]!.tokenIndex + 1)
  return resolveCached(tokens, context.gazetteer, document.meta.published)
}

/**
 * وزارة المياه والري الأردنية: after a body's head noun (a sector pattern such as وزارة، هيئة), a
 * definite noun that names nothing itself (no gazetteer entry starts at it) is more of the body's name,
 * and the nisba after it belongs to the whole body, not to a second participant.
 */
const continuesBodyName = (context: SentenceContext, previous: Phrase, conjunct: Phrase): boolean => {
  const head = context.words[conjunct.first]!
  if (!head.article || isCue(head, CUE.pair)) return false
  if (context.lexicon.cues.designations.has(head.form) || context.lexicon.cues.designations.has(head.key))
    return false
  if (phraseResolution(context, conjunct).matches.some((match) => match.startToken === 0)) return false
  return phraseResolution(context, previous).matches.some((match) => match.entry.code.startsWith('~'))
}

/** The participants of each conjunct, merged where a conjunct adds no country of its own. */
export const resolveConjuncts = (
  context: SentenceContext,
  memory: DiscourseMemory,
  conjuncts: readonly Phrase[],
  options: ResolveOptions = {},
): Participant[] => {
  const participants: Participant[] = []
  let merged: Phrase | undefined
  for (const conjunct of conjuncts) {
    // وفد سوري … وجهاز الاستخبارات العامة: the second conjunct has no country; it belongs to the first.
    if (merged !== undefined) {
      if (continuesBodyName(context, merged, conjunct)) {
        merged = { first: merged.first, end: conjunct.end }
        continue
      }
      const alone = resolvePhrase(context, { ...memory, actors: [] }, conjunct, options)
      if (alone.every((participant) => participant.country === null && participant.code !== null)) {
        merged = { first: merged.first, end: conjunct.end }
        continue
      }
      participants.push(...resolvePhrase(context, memory, merged, options))
    }
    merged = conjunct
  }
  if (merged !== undefined) participants.push(...resolvePhrase(context, memory, merged, options))
  return participants
}
