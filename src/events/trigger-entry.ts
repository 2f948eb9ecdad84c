/**
 * A trigger entry: one row of `data/events/{verbs,nouns,constructions}.tsv`, the word or phrase that
 * signals an event and how to code it (PLOVER type and mode, CAMEO code, English gloss) and read its roles.
 */
import type { PloverMode, PloverType } from '../vocabulary/plover.js'

/** Which part of speech a row describes (the `part` column). */
export type TriggerPart = 'verb' | 'noun' | 'construction'

/**
 * How the one acted on is introduced: `acc` a direct object, `gen` the genitive of a noun (اعتقال عناصر),
 * or a preposition, folded (على ضد مع الى ل ب من عن في بين باتجاه نحو).
 */
export type RecipientMark = string

/** Conditions an event must meet to be kept (the `needs` column). */
export type Need = 'recipient' | 'actor' | 'participant' | 'light' | 'location' | 'content'

export interface TriggerEntry {
  /** The form as written in the file (for messages and tests). */
  readonly form: string
  readonly part: TriggerPart
  /** The event type, or null for a shield (a fixed phrase whose words are never triggers). */
  readonly type: PloverType | null
  readonly mode: PloverMode | null
  readonly cameo: string | null
  /** English verb phrase in its base form: `meet`, `reach an agreement with`. */
  readonly gloss: string
  readonly marks: readonly RecipientMark[]
  /**
   * Conditions that must all hold, each met by any one of its alternatives:
   * `light|participant` → [['light', 'participant']].
   */
  readonly needs: readonly (readonly Need[])[]
  /** The grammatical subject is the one acted on (استشهد شاب → the young man is the target). */
  readonly passive: boolean
  /** The grammatical subject mediates between the parties (توسطت قطر بين …). */
  readonly mediator: boolean
  /** With no object, the subject is the one acted on (قُتل 14 جنديًا، خُطف أربعة إيطاليين). */
  readonly undergoer: boolean
  readonly source: string
  /** `file:line`, for messages. */
  readonly origin: string
}

/** Whether the entry's recipient can be a direct object (or, for a noun, its genitive). */
export const takesObject = (entry: TriggerEntry): boolean =>
  entry.marks.includes('acc') || entry.marks.includes('gen')
