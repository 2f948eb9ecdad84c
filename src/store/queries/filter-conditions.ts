/**
 * SQL conditions for a DocumentFilter or an EventQuery, over documents `d` (and events `e` for the
 * event-level fields). Each condition carries its own parameters, so conditions can be combined in any
 * order and the `?` placeholders still bind right.
 */
import { queryTerms } from '../search-terms.js'
import type { DocumentFilter, EventQuery } from '../store.js'
import type { SqlDialect } from './sql-dialect.js'

export interface Condition {
  readonly sql: string
  readonly parameters: readonly unknown[]
}

/** Conditions joined with AND into a WHERE clause (empty when there are none). */
export const whereClause = (conditions: readonly Condition[]): Condition =>
  conditions.length === 0
    ? { sql: '', parameters: [] }
    : {
        sql: `WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}`,
        parameters: conditions.flatMap((condition) => condition.parameters),
      }

const given = (value: string | null | undefined): value is string =>
  value !== undefined && value !== null && value !== ''

/** The conditions every document-level query shares; `text` is left to the caller (ranked or not). */
const documentFieldConditions = (filter: DocumentFilter): Condition[] => {
  const conditions: Condition[] = []
  if (given(filter.document)) conditions.push({ sql: 'd.id = ?', parameters: [filter.document] })
  if (given(filter.outlet)) conditions.push({ sql: 'd.outlet = ?', parameters: [filter.outlet] })
  if (given(filter.since)) conditions.push({ sql: 'd.published >= ?', parameters: [filter.since] })
  if (given(filter.until)) conditions.push({ sql: 'd.published <= ?', parameters: [filter.until] })
  if (given(filter.cluster)) conditions.push({ sql: 'd.cluster_id = ?', parameters: [filter.cluster] })
  if (given(filter.entity)) {
    // Three indexed lookups (migration 3) rather than one scan of every entity.
    conditions.push({
      sql: `d.id IN (SELECT document_id FROM entities WHERE actor_code = ?
              UNION SELECT document_id FROM entities WHERE lower(latin) = lower(?)
              UNION SELECT document_id FROM entities WHERE text = ?)`,
      parameters: [filter.entity, filter.entity, filter.entity],
    })
  }
  return conditions
}

/** The full-text condition of a filter, or null when it asks for no words. */
export const textCondition = (filter: DocumentFilter, dialect: SqlDialect): Condition | null => {
  const terms = queryTerms(filter.text ?? '')
  return terms.length === 0 ? null : { sql: dialect.textCondition, parameters: [dialect.matchValue(terms)] }
}

/**
 * Conditions on documents `d` for a DocumentFilter: event type, modality and actor code select
 * documents having such an event. `text` is included unless `withText` is false.
 */
export const documentConditions = (
  filter: DocumentFilter,
  dialect: SqlDialect,
  withText = true,
): Condition[] => {
  const conditions = documentFieldConditions(filter)
  const text = withText ? textCondition(filter, dialect) : null
  if (text) conditions.unshift(text)
  // Uncorrelated IN subqueries: the database reads the few matching rows by index once, where a
  // correlated EXISTS can make it walk the index of a common value for every document.
  if (given(filter.type)) {
    conditions.push({
      sql: 'd.id IN (SELECT document_id FROM events WHERE type = ?)',
      parameters: [filter.type],
    })
  }
  if (given(filter.modality)) {
    conditions.push({
      sql: 'd.id IN (SELECT document_id FROM events WHERE modality = ?)',
      parameters: [filter.modality],
    })
  }
  if (given(filter.actor)) {
    conditions.push({
      sql: 'd.id IN (SELECT document_id FROM event_actors WHERE code = ?)',
      parameters: [filter.actor],
    })
  }
  return conditions
}

/**
 * Conditions on events `e` joined to their documents `d` for an EventQuery: document-level fields on
 * `d`, the rest on the event itself.
 */
export const eventConditions = (query: EventQuery, dialect: SqlDialect): Condition[] => {
  const conditions = documentFieldConditions(query)
  const text = textCondition(query, dialect)
  if (text) conditions.unshift(text)
  if (given(query.type)) conditions.push({ sql: 'e.type = ?', parameters: [query.type] })
  if (given(query.mode)) conditions.push({ sql: 'e.mode = ?', parameters: [query.mode] })
  if (given(query.modality)) conditions.push({ sql: 'e.modality = ?', parameters: [query.modality] })
  if (query.negated !== undefined && query.negated !== null) {
    conditions.push({ sql: 'e.negated = ?', parameters: [query.negated ? 1 : 0] })
  }
  if (given(query.actor)) {
    const role = given(query.role) ? ' AND role = ?' : ''
    conditions.push({
      sql: `(e.document_id, e.event_id) IN (SELECT document_id, event_id FROM event_actors WHERE code = ?${role})`,
      parameters: given(query.role) ? [query.actor, query.role] : [query.actor],
    })
  }
  return conditions
}
