/**
 * The SQLite store (better-sqlite3): one file, WAL journal so readers never block the writer, numbered
 * migrations, an FTS5 index over folded, clitic-stripped terms, and MinHash bands for near duplicates. Every batch is one transaction, so a
 * crash (even kill -9) leaves whole batches stored and nothing half-written.
 */
import Database from 'better-sqlite3'
import { FINGERPRINT_BANDS, fingerprintBands } from '../../ingest/fingerprint.js'
import type { Analysis } from '../../pipeline/analysis.js'
import {
  ATTRIBUTION_COLUMNS,
  ENTITY_COLUMNS,
  EVENT_ACTOR_COLUMNS,
  EVENT_COLUMNS,
  FRAME_COLUMNS,
  SOURCING_COLUMNS,
  TIME_COLUMNS,
} from '../analysis-rows.js'
import { ReadQueries } from '../queries/read-queries.js'
import { SQLITE_DIALECT } from '../queries/sql-dialect.js'
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
import { SQLITE_MIGRATIONS } from './migrations.js'

type Row = Record<string, unknown>

const insertSql = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`

const SIMILAR_COLUMNS = 'd.id, d.outlet, d.published, d.fingerprint, d.wire, d.cluster_id AS clusterId'

/** Applies the migrations the database has not seen yet. */
export const migrate = (db: Database.Database): number => {
  let version = db.pragma('user_version', { simple: true }) as number
  for (const migration of SQLITE_MIGRATIONS) {
    if (migration.version <= version) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    })()
    version = migration.version
  }
  return version
}

const dayShift = (date: string, days: number): string => {
  const moment = new Date(`${date}T00:00:00Z`)
  moment.setUTCDate(moment.getUTCDate() + days)
  return moment.toISOString().slice(0, 10)
}

export class SqliteStore extends SqlReadStore implements Store {
  readonly path: string
  private readonly db: Database.Database
  private readonly statements
  protected readonly queries: ReadQueries

  /**
   * Opens (creating and migrating when needed) the store in `path`; `:memory:` for a throwaway one.
   *
   * @example const store = new SqliteStore('isnad.db'); await store.stats() // → { documents: 0, … }
   */
  constructor(path: string) {
    super()
    this.path = path
    this.db = new Database(path)
    this.db.pragma('journal_mode = WAL')
    // NORMAL under WAL is durable across a process crash (kill -9); only a power cut may lose the last commit.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    // Statement and savepoint journals stay in memory rather than in temporary files. Stub-pipeline
    // ingest of 2,000 articles, when each document had a savepoint: 2.08 → 1.76 ms of the writing
    // thread per article, most of it system time. Temporary files hold nothing that must survive a
    // crash: the WAL does.
    this.db.pragma('temp_store = MEMORY')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    const db = this.db
    this.statements = {
      document: db.prepare(
        `INSERT INTO documents (id, title, outlet, url, url_key, published, language, author, source, text_hash,
           fingerprint, wire, signature, cluster_id, duplicate_of, text, ingested_at)
         VALUES (@id, @title, @outlet, @url, @urlKey, @published, @language, @author, @source, @textHash,
           @fingerprint, @wire, @signature, @clusterId, @duplicateOf, @text, @ingestedAt)`,
      ),
      analysis: db.prepare('INSERT INTO analyses (document_id, schema, json) VALUES (?, ?, ?)'),
      fts: db.prepare('INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)'),
      band: db.prepare('INSERT OR IGNORE INTO fingerprint_bands (band, value, document_id) VALUES (?, ?, ?)'),
      entity: db.prepare(insertSql('entities', ENTITY_COLUMNS)),
      event: db.prepare(insertSql('events', EVENT_COLUMNS)),
      eventActor: db.prepare(insertSql('event_actors', EVENT_ACTOR_COLUMNS)),
      attribution: db.prepare(insertSql('attributions', ATTRIBUTION_COLUMNS)),
      frame: db.prepare(insertSql('frames', FRAME_COLUMNS)),
      time: db.prepare(insertSql('times', TIME_COLUMNS)),
      duplicate: db.prepare(
        `INSERT OR IGNORE INTO duplicates (document_id, duplicate_of, kind, similarity, source) VALUES (?, ?, ?, ?, ?)`,
      ),
      cluster: db.prepare(
        `INSERT INTO clusters (id, signature, first_published, last_published, size) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (id) DO UPDATE SET size = size + 1,
           first_published = min(coalesce(first_published, excluded.first_published), coalesce(excluded.first_published, first_published)),
           last_published = max(coalesce(last_published, excluded.last_published), coalesce(excluded.last_published, last_published))`,
      ),
      byId: db.prepare('SELECT id FROM documents WHERE id = ?'),
      byUrl: db.prepare('SELECT id FROM documents WHERE url_key = ? LIMIT 1'),
      byHash: db.prepare('SELECT id FROM documents WHERE text_hash = ? LIMIT 1'),
      similar: db.prepare(
        `SELECT DISTINCT ${SIMILAR_COLUMNS} FROM fingerprint_bands b JOIN documents d ON d.id = b.document_id
         WHERE ${Array.from({ length: FINGERPRINT_BANDS }, (_, band) => `(b.band = ${band} AND b.value = ?)`).join(' OR ')}
         LIMIT ?`,
      ),
      bySignature: db.prepare(
        `SELECT ${SIMILAR_COLUMNS} FROM documents d WHERE d.signature = ? AND d.published BETWEEN ? AND ? LIMIT 50`,
      ),
      bySignatureUndated: db.prepare(
        `SELECT ${SIMILAR_COLUMNS} FROM documents d WHERE d.signature = ? AND d.published IS NULL LIMIT 50`,
      ),
      getDocument: db.prepare(
        `SELECT id, title, outlet, url, published, cluster_id AS clusterId, duplicate_of AS duplicateOf, wire
         FROM documents WHERE id = ?`,
      ),
      getAnalysis: db.prepare('SELECT json FROM analyses WHERE document_id = ?'),
      sourcing: db.prepare(insertSql('document_sourcing', SOURCING_COLUMNS)),
    }
    // Read queries are prepared once per distinct SQL text and kept.
    const prepared = new Map<string, Database.Statement>()
    const runner = {
      all: async (sql: string, parameters: readonly unknown[]) => {
        let statement = prepared.get(sql)
        if (statement === undefined) {
          statement = db.prepare(sql)
          prepared.set(sql, statement)
        }
        return statement.all(...parameters) as Row[]
      },
    }
    this.queries = new ReadQueries(runner, SQLITE_DIALECT)
  }

  /** Writes held in one open transaction (see `groupWrites`), or null when every call commits. */
  private grouping: { documents: number; milliseconds: number; held: number; since: number } | null = null

  /**
   * The writes made in the open grouped transaction, in order, to replay when a later one fails: a
   * failed statement may leave part of its document written, and only a rollback undoes that.
   */
  private heldWrites: (() => void)[] = []

  groupWrites(documents: number, milliseconds: number): void {
    this.grouping = { documents, milliseconds, held: 0, since: 0 }
  }

  async commitWrites(): Promise<void> {
    this.commit()
  }

  private commit(): void {
    if (this.grouping !== null && this.db.inTransaction) this.db.exec('COMMIT')
    this.heldWrites = []
  }

  /**
   * Runs `write` atomically: a transaction of its own, or in the grouped transaction. There it runs
   * without a savepoint: SQLite's full-text index writes its pending terms to disk at every savepoint,
   * a segment per document, which cost more than the rest of the write (full SaudiNewsNet ingest, main
   * thread: see the commit that made this). Should it fail, the group is rolled back and the writes it
   * held replayed — they succeeded from the same state, so they do again — and the error is thrown.
   */
  private write(documents: number, write: () => void): void {
    const grouping = this.grouping
    if (grouping === null) {
      this.db.transaction(write)()
      return
    }
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN')
      this.heldWrites = []
      grouping.held = 0
      grouping.since = performance.now()
    }
    try {
      write()
    } catch (error) {
      this.replayHeldWrites()
      throw error
    }
    this.heldWrites.push(write)
    grouping.held += documents
    if (grouping.held >= grouping.documents || performance.now() - grouping.since >= grouping.milliseconds)
      this.commit()
  }

  /** Rolls the grouped transaction back and makes again the writes it held before the one that failed. */
  private replayHeldWrites(): void {
    // Some errors (disk full, I/O) end the transaction themselves.
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
    this.db.exec('BEGIN')
    for (const write of this.heldWrites) write()
  }

  async putDocuments(records: readonly DocumentRecord[]): Promise<void> {
    // Stamped once, so a replayed write (see write) stores the same time.
    const ingestedAt = new Date().toISOString()
    this.write(records.length, () => {
      for (const record of records) this.insert(record, ingestedAt)
    })
  }

  private insert(record: DocumentRecord, ingestedAt: string): void {
    const { keys } = record
    const analysis = asStorable(record.analysis)
    const { doc } = analysis
    const result = this.statements.document.run({
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      urlKey: keys.urlKey,
      published: doc.published,
      language: record.language ?? doc.language,
      author: record.author ?? null,
      source: record.source ?? null,
      textHash: keys.textHash,
      fingerprint: keys.fingerprint,
      wire: keys.wire,
      signature: record.signature ?? null,
      clusterId: record.clusterId ?? null,
      duplicateOf: record.duplicateOf?.of ?? null,
      text: doc.text,
      ingestedAt,
    })
    this.statements.analysis.run(doc.id, analysis.schema, analysis.json)
    this.statements.fts.run(result.lastInsertRowid, record.terms ?? documentTerms(doc.title, doc.text))
    fingerprintBands(keys.fingerprint).forEach((value, band) => {
      this.statements.band.run(band, value, doc.id)
    })
    const { rows } = analysis
    for (const row of rows.entities) this.statements.entity.run(row)
    for (const row of rows.events) this.statements.event.run(row)
    for (const row of rows.eventActors) this.statements.eventActor.run(row)
    for (const row of rows.attributions) this.statements.attribution.run(row)
    for (const row of rows.frames) this.statements.frame.run(row)
    for (const row of rows.times) this.statements.time.run(row)
    for (const row of rows.sourcing) this.statements.sourcing.run(row)
    const link = record.duplicateOf
    if (link)
      this.statements.duplicate.run(doc.id, link.of, link.kind, link.similarity, record.source ?? null)
    if (record.clusterId) {
      this.statements.cluster.run(record.clusterId, record.signature ?? null, doc.published, doc.published)
    }
  }

  async putSkipped(skipped: readonly SkippedDuplicate[]): Promise<void> {
    this.write(0, () => {
      for (const { id, source, link } of skipped) {
        // A document seen again under its own id is the same document, not a duplicate of another.
        if (link.of !== id) this.statements.duplicate.run(id, link.of, link.kind, link.similarity, source)
      }
    })
  }

  async findExact(
    id: string,
    keys: Pick<DocumentKeys, 'urlKey' | 'textHash'>,
  ): Promise<DuplicateLink | null> {
    const byId = this.statements.byId.get(id) as Row | undefined
    if (byId) return { of: id, kind: 'id', similarity: 1 }
    const byUrl =
      keys.urlKey === null ? undefined : (this.statements.byUrl.get(keys.urlKey) as Row | undefined)
    if (byUrl) return { of: byUrl.id as string, kind: 'url', similarity: 1 }
    const byHash = this.statements.byHash.get(keys.textHash) as Row | undefined
    if (byHash) return { of: byHash.id as string, kind: 'hash', similarity: 1 }
    return null
  }

  async findSimilar(fingerprint: string, limit = 2000): Promise<readonly SimilarDocument[]> {
    return this.statements.similar.all(...fingerprintBands(fingerprint), limit) as SimilarDocument[]
  }

  async findBySignature(
    signature: string,
    published: string | null,
    days: number,
  ): Promise<readonly SimilarDocument[]> {
    if (published === null) return this.statements.bySignatureUndated.all(signature) as SimilarDocument[]
    return this.statements.bySignature.all(
      signature,
      dayShift(published, -days),
      dayShift(published, days),
    ) as SimilarDocument[]
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    return (this.statements.getDocument.get(id) as StoredDocument | undefined) ?? null
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const row = this.statements.getAnalysis.get(id) as Row | undefined
    return row ? (JSON.parse(row.json as string) as Analysis) : null
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => (this.db.prepare(sql).get() as Row).n as number
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      events: count('SELECT count(*) AS n FROM events'),
      entities: count('SELECT count(*) AS n FROM entities'),
      attributions: count('SELECT count(*) AS n FROM attributions'),
      frames: count('SELECT count(*) AS n FROM frames'),
      times: count('SELECT count(*) AS n FROM times'),
      clusters: count('SELECT count(*) AS n FROM clusters'),
      duplicates: count('SELECT count(*) AS n FROM duplicates'),
      outlets: count('SELECT count(DISTINCT outlet) AS n FROM documents'),
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return
    await this.commitWrites()
    this.db.close()
  }
}
