/**
 * Roles of a trigger: who acted (actors), on whom (recipients), through whom (mediators), where and when,
 * read from the clause around it. Verbs take their subject and object from word order (subjects.ts) and
 * their recipient from the preposition their lexicon row names; nouns take theirs from a nisba (غارات
 * إسرائيلية), the genitive (هجوم الجيش / اعتقال عناصر), a pronoun (رفضه), the light verb that carries
 * them (شنّت الطائرات غارات) and prepositions (على، ضد، مع، بين …).
 */

import type { DiscourseMemory } from './memory.js'
import { nounRoles } from './roles-noun.js'
import type { Roles } from './roles-shared.js'
import { verbRoles } from './roles-verb.js'
import type { SentenceContext } from './sentence-context.js'
import type { SubjectTable } from './subjects.js'
import type { TriggerHit } from './trigger-hit.js'

export type { Roles } from './roles-shared.js'
export { SYMMETRIC } from './roles-shared.js'

/**
 * The roles of one trigger.
 *
 * @example
 *   // واتهم الوفد الاحتلال “الإسرائيلي” بالمسؤولية → actors [SYRGOV], recipients [ISR]
 */
export const readRoles = (
  context: SentenceContext,
  memory: DiscourseMemory,
  table: SubjectTable,
  hit: TriggerHit,
): Roles => (hit.verbal ? verbRoles(context, memory, table, hit) : nounRoles(context, memory, table, hit))
