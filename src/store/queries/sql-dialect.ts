/**
 * What the read queries need from a database: a way to run SQL with `?` placeholders, and the few
 * pieces of SQL that differ between SQLite (FTS5) and PostgreSQL (tsvector). Everything else in
 * src/store/queries is written once in the SQL both understand.
 */
export type Row = Record<string, unknown>

export interface SqlRunner {
  /** Runs one SELECT; `?` placeholders take `parameters` in order. */
  all(sql: string, parameters: readonly unknown[]): Promise<Row[]>
}

export interface SqlDialect {
  /** The value bound to the full-text placeholders for these query terms. */
  readonly matchValue: (terms: readonly string[]) => string
  /** A condition on documents `d` holding every term: one `?` for `matchValue`. */
  readonly textCondition: string
  /** Ranked search: the FROM clause joining the index to `d`, its match condition (one `?`). */
  readonly rankedFrom: string
  readonly rankedCondition: string
  /** The ORDER BY term, best first; `placeholders` says how many `matchValue` it binds (0 or 1). */
  readonly rankOrder: { readonly sql: string; readonly placeholders: number }
  /** Counts the documents holding every term (one `?`), reading the full-text index alone. */
  readonly textCount: string
  /**
   * The best-ranked page when the words are the only filter: ranked inside the index, then joined to
   * `d` for the page alone. Selects `columns` of `d`; binds `matchValue` as many times as it needs, then
   * limit and offset.
   */
  readonly topRanked: (columns: string, match: string, limit: number, offset: number) => Condition
}

import type { Condition } from './filter-conditions.js'

/** SQLite: the FTS5 table documents_fts keyed by the documents rowid. */
export const SQLITE_DIALECT: SqlDialect = {
  // Every term quoted so no word is read as an FTS5 operator.
  matchValue: (terms) => terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' '),
  textCondition: 'd.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)',
  rankedFrom: 'documents_fts f JOIN documents d ON d.rowid = f.rowid',
  rankedCondition: 'documents_fts MATCH ?',
  rankOrder: { sql: 'f.rank', placeholders: 0 },
  textCount: 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?',
  topRanked: (columns, match, limit, offset) => ({
    sql: `SELECT ${columns} FROM (SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ?
            ORDER BY rank LIMIT ? OFFSET ?) f JOIN documents d ON d.rowid = f.rowid ORDER BY f.rank`,
    parameters: [match, limit, offset],
  }),
}

/** PostgreSQL: the tsvector column document_terms.terms with a GIN index. */
export const POSTGRES_DIALECT: SqlDialect = {
  // Each term quoted as a tsquery lexeme and ANDed: no query word is read as an operator.
  matchValue: (terms) =>
    terms.map((term) => `'${term.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`).join(' & '),
  textCondition: "d.id IN (SELECT document_id FROM document_terms WHERE terms @@ to_tsquery('simple', ?))",
  rankedFrom: 'document_terms t JOIN documents d ON d.id = t.document_id',
  rankedCondition: "t.terms @@ to_tsquery('simple', ?)",
  rankOrder: { sql: "ts_rank(t.terms, to_tsquery('simple', ?)) DESC", placeholders: 1 },
  textCount: "SELECT count(*) AS n FROM document_terms WHERE terms @@ to_tsquery('simple', ?)",
  topRanked: (columns, match, limit, offset) => ({
    sql: `SELECT ${columns} FROM (SELECT document_id, ts_rank(terms, to_tsquery('simple', ?)) AS rank
            FROM document_terms WHERE terms @@ to_tsquery('simple', ?) ORDER BY rank DESC, document_id
            LIMIT ? OFFSET ?) t JOIN documents d ON d.id = t.document_id ORDER BY t.rank DESC, d.id`,
    parameters: [match, match, limit, offset],
  }),
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2, …` (the queries hold no `?` in literals). */
export const numberPlaceholders = (sql: string): string => {
  let count = 0
  return sql.replaceAll('?', () => `$${++count}`)
}
