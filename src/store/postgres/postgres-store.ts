/**
 * The PostgreSQL store (node-postgres): the same tables and queries as the SQLite store, for archives
 * that outgrow one file. Full-text search is a tsvector of the same folded, clitic-stripped terms, so a
 * query finds the same documents in both.
 */
import pg from 'pg'
import { FINGERPRINT_BANDS, fingerprintBands } from '../../ingest/fingerprint.js'
import type { Analysis } from '../../pipeline/analysis.js'
import {
  ATTRIBUTION_COLUMNS,
  type Cell,
  ENTITY_COLUMNS,
  EVENT_ACTOR_COLUMNS,
  EVENT_COLUMNS,
  FRAME_COLUMNS,
  SOURCING_COLUMNS,
  TIME_COLUMNS,
} from '../analysis-rows.js'
import { ReadQueries } from '../queries/read-queries.js'
import { numberPlaceholders, POSTGRES_DIALECT, type Row } from '../queries/sql-dialect.js'
import { SqlReadStore } from '../queries/sql-read-store.js'
import { documentTerms } from '../search-terms.js'
import { asStorable } from '../storable-analysis.js'
import type {
  DocumentKeys,
  DocumentRecord,
  DuplicateLink,
  SimilarDocument,
  SkippedDuplicate,
  Store,
  StoredDocument,
  StoreStats,
} from '../store.js'
import { POSTGRES_MIGRATIONS } from './migrations.js'

type Queryable = Pick<pg.PoolClient, 'query'>

const SIMILAR_COLUMNS = 'd.id, d.outlet, d.published, d.fingerprint, d.wire, d.cluster_id AS "clusterId"'
/** Postgres takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000

/** Inserts rows with as few multi-row statements as the parameter limit allows. */
const insertRows = async (
  client: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly Cell[][],
) => {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const values = chunk
      .map((_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(', ')})`)
      .join(', ')
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat())
  }
}

const dayShift = (date: string, days: number): string => {
  const moment = new Date(`${date}T00:00:00Z`)
  moment.setUTCDate(moment.getUTCDate() + days)
  return moment.toISOString().slice(0, 10)
}

/** Applies the migrations the database has not seen yet; safe when two processes start at once. */
export const migratePostgres = async (pool: pg.Pool): Promise<void> => {
  const client = await pool.connect()
  try {
    // One migrator at a time, whatever the number of processes opening the store.
    await client.query('SELECT pg_advisory_lock(7172001)')
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    )
    const applied = new Set(
      (await client.query('SELECT version FROM schema_migrations')).rows.map((row) => row.version as number),
    )
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          migration.version,
          new Date().toISOString(),
        ])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7172001)').catch(() => undefined)
    client.release()
  }
}

export class PostgresStore extends SqlReadStore implements Store {
  private readonly pool: pg.Pool
  protected readonly queries: ReadQueries

  private constructor(pool: pg.Pool) {
    super()
    this.pool = pool
    this.queries = new ReadQueries(
      { all: async (sql, parameters) => this.rows<Row>(numberPlaceholders(sql), parameters) },
      POSTGRES_DIALECT,
    )
  }

  /**
   * Connects to `url` (a `postgres://` connection string) and migrates the schema.
   *
   * @example const store = await PostgresStore.open('postgres://127.0.0.1/isnad')
   */
  static async open(url: string, options: pg.PoolConfig = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, ...options })
    try {
      await migratePostgres(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStore(pool)
  }

  private async rows<T>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, parameters as unknown[])).rows as T[]
  }

  async putDocuments(records: readonly DocumentRecord[]): Promise<void> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      for (const record of records) await this.insert(client, record)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  }

  private async insert(client: Queryable, record: DocumentRecord): Promise<void> {
    const { keys } = record
    const analysis = asStorable(record.analysis)
    const { doc } = analysis
    await client.query(
      `INSERT INTO documents (id, title, outlet, url, url_key, published, language, author, source, text_hash,
         fingerprint, wire, signature, cluster_id, duplicate_of, text, ingested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        doc.id,
        doc.title,
        doc.outlet,
        doc.url,
        keys.urlKey,
        doc.published,
        record.language ?? doc.language,
        record.author ?? null,
        record.source ?? null,
        keys.textHash,
        keys.fingerprint,
        keys.wire,
        record.signature ?? null,
        record.clusterId ?? null,
        record.duplicateOf?.of ?? null,
        doc.text,
        new Date().toISOString(),
      ],
    )
    await client.query('INSERT INTO analyses (document_id, schema, json) VALUES ($1, $2, $3)', [
      doc.id,
      analysis.schema,
      analysis.json,
    ])
    await client.query(
      `INSERT INTO document_terms (document_id, terms) VALUES ($1, to_tsvector('simple', $2))`,
      [doc.id, record.terms ?? documentTerms(doc.title, doc.text)],
    )
    const bands = fingerprintBands(keys.fingerprint).map((value, band): Cell[] => [band, value, doc.id])
    await insertRows(client, 'fingerprint_bands', ['band', 'value', 'document_id'], bands)
    const { rows } = analysis
    await insertRows(client, 'entities', ENTITY_COLUMNS, rows.entities)
    await insertRows(client, 'events', EVENT_COLUMNS, rows.events)
    await insertRows(client, 'event_actors', EVENT_ACTOR_COLUMNS, rows.eventActors)
    await insertRows(client, 'attributions', ATTRIBUTION_COLUMNS, rows.attributions)
    await insertRows(client, 'frames', FRAME_COLUMNS, rows.frames)
    await insertRows(client, 'times', TIME_COLUMNS, rows.times)
    await insertRows(client, 'document_sourcing', SOURCING_COLUMNS, rows.sourcing)
    const link = record.duplicateOf
    if (link) {
      await client.query(
        `INSERT INTO duplicates (document_id, duplicate_of, kind, similarity, source) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [doc.id, link.of, link.kind, link.similarity, record.source ?? null],
      )
    }
    if (record.clusterId) {
      await client.query(
        `INSERT INTO clusters (id, signature, first_published, last_published, size) VALUES ($1, $2, $3, $3, 1)
         ON CONFLICT (id) DO UPDATE SET size = clusters.size + 1,
           first_published = least(clusters.first_published, excluded.first_published),
           last_published = greatest(clusters.last_published, excluded.last_published)`,
        [record.clusterId, record.signature ?? null, doc.published],
      )
    }
  }

  async putSkipped(skipped: readonly SkippedDuplicate[]): Promise<void> {
    for (const { id, source, link } of skipped) {
      if (link.of === id) continue
      await this.pool.query(
        `INSERT INTO duplicates (document_id, duplicate_of, kind, similarity, source) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [id, link.of, link.kind, link.similarity, source],
      )
    }
  }

  async findExact(
    id: string,
    keys: Pick<DocumentKeys, 'urlKey' | 'textHash'>,
  ): Promise<DuplicateLink | null> {
    if ((await this.rows('SELECT id FROM documents WHERE id = $1', [id])).length > 0) {
      return { of: id, kind: 'id', similarity: 1 }
    }
    if (keys.urlKey !== null) {
      const [byUrl] = await this.rows<{ id: string }>('SELECT id FROM documents WHERE url_key = $1 LIMIT 1', [
        keys.urlKey,
      ])
      if (byUrl) return { of: byUrl.id, kind: 'url', similarity: 1 }
    }
    const [byHash] = await this.rows<{ id: string }>(
      'SELECT id FROM documents WHERE text_hash = $1 LIMIT 1',
      [keys.textHash],
    )
    return byHash ? { of: byHash.id, kind: 'hash', similarity: 1 } : null
  }

  async findSimilar(fingerprint: string, limit = 2000): Promise<readonly SimilarDocument[]> {
    const bands = fingerprintBands(fingerprint)
    const conditions = Array.from(
      { length: FINGERPRINT_BANDS },
      (_, band) => `(b.band = ${band} AND b.value = $${band + 1})`,
    )
    return this.rows<SimilarDocument>(
      `SELECT DISTINCT ${SIMILAR_COLUMNS} FROM fingerprint_bands b JOIN documents d ON d.id = b.document_id
       WHERE ${conditions.join(' OR ')} LIMIT $${FINGERPRINT_BANDS + 1}`,
      [...bands, limit],
    )
  }

  async findBySignature(
    signature: string,
    published: string | null,
    days: number,
  ): Promise<readonly SimilarDocument[]> {
    if (published === null) {
      return this.rows(
        `SELECT ${SIMILAR_COLUMNS} FROM documents d WHERE d.signature = $1 AND d.published IS NULL LIMIT 50`,
        [signature],
      )
    }
    return this.rows(
      `SELECT ${SIMILAR_COLUMNS} FROM documents d WHERE d.signature = $1 AND d.published BETWEEN $2 AND $3 LIMIT 50`,
      [signature, dayShift(published, -days), dayShift(published, days)],
    )
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const [row] = await this.rows<StoredDocument>(
      `SELECT id, title, outlet, url, published, cluster_id AS "clusterId", duplicate_of AS "duplicateOf", wire
       FROM documents WHERE id = $1`,
      [id],
    )
    return row ?? null
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const [row] = await this.rows<{ json: string }>('SELECT json FROM analyses WHERE document_id = $1', [id])
    return row ? (JSON.parse(row.json) as Analysis) : null
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.rows<StoreStats>(
      `SELECT
         (SELECT count(*)::int FROM documents) AS documents,
         (SELECT count(*)::int FROM events) AS events,
         (SELECT count(*)::int FROM entities) AS entities,
         (SELECT count(*)::int FROM attributions) AS attributions,
         (SELECT count(*)::int FROM frames) AS frames,
         (SELECT count(*)::int FROM times) AS times,
         (SELECT count(*)::int FROM clusters) AS clusters,
         (SELECT count(*)::int FROM duplicates) AS duplicates,
         (SELECT count(DISTINCT outlet)::int FROM documents) AS outlets`,
    )
    return row!
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
