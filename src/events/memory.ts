/**
 * Discourse memory: what the event coder remembers while it reads a document in order — the actors it
 * has met (so الوفد and الجانب find the country named earlier), the last subject of the sentence (for
 * verbs whose subject is only a pronoun), and the events coded so far (for الطرفين and back-references).
 */
import type { ActorSector } from '../vocabulary/actor-sectors.js'
import type { Participant } from './participant.js'

export interface RememberedActor {
  readonly participant: Participant
  readonly country: string | null
  readonly sectors: readonly ActorSector[]
  /** The head word's key (وفد), to find the same noun again. */
  readonly head: string
}

export interface DiscourseMemory {
  readonly actors: RememberedActor[]
  /** The events coded so far (their parties are what الطرفين refers to). */
  events: readonly { readonly actors: readonly Participant[]; readonly recipients: readonly Participant[] }[]
  /** The subjects met in the current sentence, last one last. */
  sentenceSubjects: Participant[][]
  /** The last subject of the previous sentence. */
  previousSubject: Participant[] | null
}

export const createMemory = (): DiscourseMemory => ({
  actors: [],
  events: [],
  sentenceSubjects: [],
  previousSubject: null,
})

/** Moves on to the next sentence: its last subject becomes the previous one. */
export const nextSentence = (memory: DiscourseMemory): void => {
  const last = memory.sentenceSubjects.at(-1)
  if (last !== undefined) memory.previousSubject = last
  memory.sentenceSubjects = []
}
