/**
 * Roles of an event noun: from a nisba (غارات إسرائيلية), the genitive (هجوم الجيش / اعتقال عناصر), a
 * pronoun (رفضه), the light verb that carries it (شنّت الطائرات غارات), a relative doer (هجوم شنّه
 * مسلحون) and prepositions (على، ضد، مع، بين …).
 */
import type { EventLocation } from '../pipeline/analysis.js'
import { CUE } from './cue-kinds.js'
import type { DiscourseMemory } from './memory.js'
import { type Participant, uniqueParticipants } from './participant.js'
import { clauseEnd, clauseStart, isVerbal, readPhrase, undergoBefore } from './phrases.js'
import { resolveConjuncts, resolvePhrase } from './resolve-participants.js'
import { betweenParticipants, prepositionalParticipants } from './role-readers.js'
import {
  AGENT_PREPOSITIONS,
  FROM,
  LAM_AGENTS,
  LIGHT_REACH,
  markSet,
  objectAt,
  placeOptions,
  RECIPROCAL,
  type Roles,
  SPEECH,
  SYMMETRIC,
  splitParties,
  surroundings,
  WITNESS,
  WITNESS_PLACES,
} from './roles-shared.js'
import { matchOf, type SentenceContext } from './sentence-context.js'
import { inheritedSubject, type SubjectTable, subjectOf } from './subjects.js'
import { takesObject } from './trigger-entry.js'
import type { TriggerHit } from './trigger-hit.js'
import { isCue, prepositionOf, type Word } from './words.js'

/** How far after a noun its relative light verb may stand (الذي، then the verb). */
const RELATIVE_REACH = 2

/** The doer a light verb after the noun names, with a pronoun for the noun: هجوم شنّه مسلحون. */
const doerAfter = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  position: number,
  to: number,
): Participant[] => {
  for (let at = position; at < Math.min(to, position + RELATIVE_REACH); at++) {
    const word = context.words[at]!
    if (isCue(word, CUE.relative)) continue
    if (word.enclitic === '' || !isCue(word, CUE.light) || !isVerbal(context, word)) return []
    const subject = subjectOf(context, memory, table, at)
    return subject.explicit ? [...subject.participants] : []
  }
  return []
}

/** The light verb (or light noun) left of a noun that carries it, within its clause, or -1. */
const lightBefore = (context: SentenceContext, hit: TriggerHit, from: number): number => {
  for (let at = hit.first - 1; at >= Math.max(from, hit.first - LIGHT_REACH); at--) {
    const word = context.words[at]!
    if (word.kind === 'comma' || word.kind === 'stop') return -1
    if (context.hitAt.has(at)) return -1
    if (isCue(word, CUE.light | CUE['light-intransitive'] | CUE['light-receive'] | CUE['light-host']))
      return at
    if (isCue(word, CUE.complementizer | CUE.relative)) return -1
    // A governor between them takes the noun first: أكدت أهمية تعزيز الوعي بمخاطر الهجمات.
    if (isCue(word, CUE.generic | CUE.purpose | CUE.hypothetical)) return -1
  }
  return -1
}

/** Nisba adjectives right after a noun (لقاء سوري – “صهيوني”، غارات إسرائيلية) and where they end. */
const nisbasAfter = (
  context: SentenceContext,
  memory: DiscourseMemory,
  position: number,
): { participants: Participant[]; end: number } => {
  const participants: Participant[] = []
  let at = position
  while (at < context.words.length) {
    const word = context.words[at]!
    if (word.kind === 'quote' || word.kind === 'dash') {
      at++
      continue
    }
    const match = matchOf(context, at)
    if (match !== undefined && match.startToken === at && match.entry.type === 'nationality') {
      participants.push(...resolvePhrase(context, memory, { first: at, end: match.endToken }))
      at = match.endToken
      continue
    }
    // Other adjectives of the noun (فوري، القاطع، الجديدة) are stepped over.
    if (word.kind === 'word' && isAdjectiveLike(context, word)) {
      at++
      continue
    }
    break
  }
  while (at > position && context.words[at - 1]!.kind === 'quote') at--
  return { participants, end: at }
}

const isAdjectiveLike = (context: SentenceContext, word: Word): boolean => {
  if (word.preposition !== '' || isCue(word, CUE.preposition | CUE['np-link'] | CUE.mediator)) return false
  if (context.hitAt.has(word.position) || isVerbal(context, word)) return false
  // هجوم مسلح: an adjective, though المسلحون is a sector too.
  if (isCue(word, CUE.adjective)) return true
  if (matchOf(context, word.position) !== undefined) return false
  return (word.stem.endsWith('ي') || word.stem.endsWith('يه')) && word.stem.length >= 4
}

/** شهدت دمشق مظاهرات: the subject of شهد is where the event took place. */
const witnessPlace = (context: SentenceContext, light: Word): EventLocation | null => {
  if (!light.verbStems.some((stem) => WITNESS.has(stem.key))) return null
  for (const at of [light.position + 1, light.position - 1]) {
    const match = matchOf(context, at)
    if (match === undefined || !WITNESS_PLACES.has(match.entry.type)) continue
    return {
      text: context.document.text.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      name: match.entry.english,
      country: match.entry.country,
    }
  }
  return null
}

export const nounRoles = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  hit: TriggerHit,
): Roles => {
  const entry = hit.entry
  const type = entry.type!
  const words = context.words
  const head = words[hit.head]!
  const from = clauseStart(context, hit.first)
  const to = clauseEnd(context, hit.last, { relative: true })
  let agents: Participant[] = []
  let patients: Participant[] = []
  let mediators: Participant[] = []
  let ownActors = false
  const light = lightBefore(context, hit, from)
  const lightWord = light >= 0 ? words[light]! : undefined
  if (
    lightWord !== undefined &&
    !isVerbal(context, lightWord) &&
    !isCue(lightWord, CUE['light-intransitive'])
  ) {
    // نفى الجيش تنفيذ أي غارات، قررت الحكومة فرض عقوبات: a light noun's agent is its clause's subject.
    agents = [...inheritedSubject(table, memory, light, false)]
    ownActors = agents.length > 0
  }
  if (lightWord !== undefined && isVerbal(context, lightWord)) {
    const subject = subjectOf(context, memory, table, light)
    if (isCue(lightWord, CUE['light-receive'])) {
      // تلقى الرئيس اتصالًا من نظيره: the one who called comes after من.
      patients = [...subject.participants]
      agents = prepositionalParticipants(context, memory, hit.last + 1, to, FROM)
      ownActors = agents.length > 0
    } else if (isCue(lightWord, CUE['light-host'])) mediators = [...subject.participants]
    else if (
      isCue(lightWord, CUE.light) &&
      !subject.participants.some((party) => party.start >= head.token.start)
    ) {
      agents = [...subject.participants]
      ownActors = subject.explicit
      // منح الصندوق الكويتي لبنانَ قرضًا: the light verb's own object receives.
      if (subject.explicit && subject.objectStart < hit.first) {
        patients = objectAt(context, memory, subject.objectStart, hit.first, placeOptions(hit)).participants
      }
    }
  }
  // تعرّضت دورية لهجوم: the subject of تعرّض suffered the event.
  const undergo = undergoBefore(context, hit.first)
  if (undergo >= 0) patients = [...subjectOf(context, memory, table, undergo).participants]
  const nisbas = nisbasAfter(context, memory, hit.last + 1)
  // هجوم شنّه مسلحون، هجومًا انتحاريًا نفّذه تنظيم داعش: a light verb after the noun, with a pronoun
  // for it, names its doer.
  const relativeAgent = agents.length === 0 ? doerAfter(context, memory, table, nisbas.end, to) : []
  if (relativeAgent.length > 0) {
    agents = relativeAgent
    ownActors = true
  }
  let after = nisbas.end
  // The genitive: اعتقال عناصر من حماس، هجوم الجيش، مطالبة الجانب السوري.
  let genitive: Participant[] = []
  if (!head.article && head.enclitic === '' && after === hit.last + 1) {
    const word = words[after]
    if (word !== undefined && word.kind === 'word' && prepositionOf(word) === '') {
      const reading = readPhrase(context, after)
      if (reading !== undefined) {
        // A place in the genitive is the target (قصف حلب), never the doer (معركة الزبداني).
        genitive = resolveConjuncts(context, memory, reading.conjuncts, {
          places: entry.marks.includes('gen') && placeOptions(hit).places,
        })
        after = reading.phrase.end
      }
    }
  }
  const marks = markSet(hit)
  const prepositional = prepositionalParticipants(context, memory, after, to, marks, placeOptions(hit))
  // ل + a phrase after an intransitive noun names its agent: انسحاب فوري للقوات الإسرائيلية.
  const lamAgent =
    !marks.has('ل') && !takesObject(entry) && LAM_AGENTS.has(type)
      ? prepositionalParticipants(context, memory, after, to, new Set(['ل']))
      : []
  const byAgent = prepositionalParticipants(context, memory, after, to, AGENT_PREPOSITIONS)
  const between = betweenParticipants(context, memory, hit.last + 1, to)
  // اقتحام المستوطنين للمسجد: a genitive followed by ل + the one acted on is the doer.
  const lamPatient = genitive.length > 0 && words[after]?.preposition === 'ل'
  if (genitive.length > 0) {
    if (entry.marks.includes('gen') && lamPatient && agents.length === 0) {
      agents = genitive
      ownActors = true
      patients = prepositionalParticipants(
        context,
        memory,
        after,
        after + 1,
        new Set(['ل']),
        placeOptions(hit),
      )
    } else if (entry.marks.includes('gen')) patients = uniqueParticipants([...patients, ...genitive])
    else if (agents.length === 0) {
      agents = genitive
      ownActors = true
    }
  }
  if (nisbas.participants.length > 0 && agents.length === 0 && !SYMMETRIC.has(type)) {
    agents = nisbas.participants
    ownActors = true
  }
  if (byAgent.length > 0) {
    agents = byAgent
    ownActors = true
  }
  if (lamAgent.length > 0 && agents.length === 0) {
    agents = lamAgent
    ownActors = true
  }
  if (patients.length === 0) patients = prepositional
  // قدمت السعودية لليمن مساعدات: a recipient between the light verb and the noun.
  if (patients.length === 0 && light >= 0 && light < hit.first) {
    patients = prepositionalParticipants(context, memory, light + 1, hit.first, marks, placeOptions(hit))
  }
  if (head.enclitic !== '' && agents.length === 0) {
    // رفضُه، تفهُّمها: the pronoun is the subject of the clause the noun stands in.
    const carrier = light >= 0 ? light : hit.head
    agents = [...inheritedSubject(table, memory, carrier + 1, true)]
    ownActors = agents.length > 0
  }
  if (agents.length === 0 && SPEECH.has(type) && (light >= 0 || head.conjunction || entry.needs.length > 0)) {
    agents = [...inheritedSubject(table, memory, hit.head, false)]
  }
  let actors = agents
  let recipients = patients
  // تبادل الجيشان إطلاق النار: a reciprocal light verb puts its subjects on both sides.
  if (
    lightWord !== undefined &&
    RECIPROCAL.has(lightWord.stem) &&
    recipients.length === 0 &&
    actors.length > 1
  ) {
    ;[actors, recipients] = splitParties(actors)
  }
  if (SYMMETRIC.has(type) || entry.mediator) {
    const parties = [...agents, ...nisbas.participants, ...between, ...patients]
    if (entry.mediator) {
      mediators = [...mediators, ...agents]
      ;[actors, recipients] = splitParties([...nisbas.participants, ...between, ...patients])
    } else [actors, recipients] = splitParties(parties)
    ownActors ||= nisbas.participants.length > 0 || between.length > 0
  } else if (between.length > 0) {
    ;[actors, recipients] = splitParties([...agents, ...between])
    ownActors = true
  }
  const around = surroundings(context, memory, hit, from, to)
  const location = around.location ?? (lightWord === undefined ? null : witnessPlace(context, lightWord))
  return {
    actors,
    recipients,
    mediators: uniqueParticipants([...mediators, ...around.mediators]),
    location,
    date: around.date,
    ownActors,
    light,
    predicate: light >= 0 ? light : hit.head,
  }
}
