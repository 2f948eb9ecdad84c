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
}

/** SQLite: the FTS5 table documents_fts keyed by the documents rowid. */
export const SQLITE_DIALECT: SqlDialect = {
  // Every term quoted so no word is read as an FTS5 operator.
  matchValue: (terms) => terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' '),
  textCondition: 'd.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)',
  rankedFrom: 'documents_fts f JOIN documents d ON d.rowid = f.rowid',
  rankedCondition: 'documents_fts MATCH ?',
  rankOrder: { sql: 'f.rank', placeholders: 0 },
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
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2, …` (the queries hold no `?` in literals). */
export const numberPlaceholders = (sql: string): string => {
  let count = 0
  return sql.replaceAll('?', () => `$${++count}`)
}
