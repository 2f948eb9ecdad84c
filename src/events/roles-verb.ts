/**
 * Roles of a verb: the subject from word order (SVO before VSO), the object or the recipient behind the
 * preposition its lexicon row names, the parties of بين X و Y, and what the clause says around it.
 */
import type { DiscourseMemory } from './memory.js'
import { type Participant, uniqueParticipants } from './participant.js'
import { clauseEnd, clauseStart } from './phrases.js'
import { betweenParticipants, prepositionalParticipants } from './role-readers.js'
import {
  AGENT_PREPOSITIONS,
  COUNTED_VICTIMS,
  markSet,
  objectAt,
  opensWithNumber,
  placeOptions,
  type Roles,
  SYMMETRIC,
  splitParties,
  surroundings,
} from './roles-shared.js'
import type { SentenceContext } from './sentence-context.js'
import { type SubjectTable, subjectOf } from './subjects.js'
import type { TriggerHit } from './trigger-hit.js'

export const verbRoles = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  hit: TriggerHit,
): Roles => {
  const entry = hit.entry
  const type = entry.type!
  const from = clauseStart(context, hit.head)
  const to = clauseEnd(context, hit.last)
  const subject = subjectOf(context, memory, table, hit.head, { participle: hit.part === 'participle' })
  let actors: Participant[] = [...subject.participants]
  let recipients: Participant[] = []
  let mediators: Participant[] = []
  let hasObject = false
  if (entry.marks.includes('acc')) {
    let start = Math.max(subject.objectStart, hit.head + 1)
    while (start <= hit.last && context.consumed[start] === 1) start++
    const object = objectAt(context, memory, start, to, placeOptions(hit))
    recipients = object.participants
    hasObject = object.found
  }
  if (recipients.length === 0) {
    recipients = prepositionalParticipants(context, memory, hit.last + 1, to, markSet(hit), placeOptions(hit))
  }
  const between = betweenParticipants(context, memory, hit.last + 1, to)
  const counted = COUNTED_VICTIMS.has(type) && subject.explicit && opensWithNumber(context, hit.head + 1)
  // 14 جنديًا أفغانيًا قُتلوا، أربعة إيطاليين خُطفوا: counted people and no object — they were acted on.
  // قُتل جنديان سوريان (the subject after the verb, no object) reads the same way.
  const undergone =
    entry.undergoer &&
    subject.explicit &&
    !hasObject &&
    (subject.phraseStart > hit.head || opensWithNumber(context, subject.phraseStart))
  if (entry.passive || counted || undergone) {
    recipients = actors
    actors = prepositionalParticipants(context, memory, hit.last + 1, to, AGENT_PREPOSITIONS)
  }
  if (entry.mediator) {
    mediators = actors
    ;[actors, recipients] = splitParties(between)
  } else if (between.length > 0) {
    if (SYMMETRIC.has(type) || actors.length === 0)
      [actors, recipients] = splitParties([...actors, ...between])
    else recipients = uniqueParticipants([...recipients, ...between])
  } else if (SYMMETRIC.has(type)) {
    ;[actors, recipients] = splitParties([...actors, ...recipients])
  }
  const around = surroundings(context, memory, hit, from, to)
  return {
    actors,
    recipients,
    mediators: uniqueParticipants([...mediators, ...around.mediators]),
    location: around.location,
    date: around.date,
    ownActors: subject.explicit,
    light: -1,
    predicate: hit.head,
  }
}
