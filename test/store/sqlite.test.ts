import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { documentTerms } from '../../src/store/search-terms.js'
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js'
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { deskRecords } from './desk-fixtures.js'
import { sampleRecord } from './sample-analysis.js'
import { runStoreContract } from './store-contract.js'

const folder = mkdtempSync(join(tmpdir(), 'isnad-sqlite-'))
let count = 0

runStoreContract('sqlite', async () => new SqliteStore(join(folder, `contract-${++count}.db`)))

test('sqlite: WAL journal, migrations applied once and recorded in user_version', async () => {
  const path = join(folder, 'migrations.db')
  const store = new SqliteStore(path)
  await store.close()
  const again = new SqliteStore(path) // a second open must not re-run migration 1
  await again.close()
  const db = new Database(path, { readonly: true })
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  assert.equal(db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.at(-1)!.version)
  db.close()
})

test('sqlite: an in-memory store works for throwaway use', async () => {
  const store = new SqliteStore(':memory:')
  assert.equal((await store.stats()).documents, 0)
  await store.close()
})

test('sqlite: grouped writes are seen by this store at once, by others when the group is committed', async () => {
  const path = join(folder, 'grouped.db')
  const store = new SqliteStore(path)
  store.groupWrites(2, 60_000)
  const reader = new Database(path, { readonly: true })
  const committed = (): number =>
    (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
  await store.putDocuments([sampleRecord({ id: 'g1', text: 'الخبر الأول في الدفعة المجمعة' })])
  assert.equal((await store.findExact('g1', { urlKey: null, textHash: '' }))?.kind, 'id')
  assert.equal(committed(), 0)
  // A failed call leaves the group as it was: what it wrote before it failed is undone, what the group
  // held before it is not.
  await assert.rejects(store.putDocuments([sampleRecord({ id: 'g1', text: 'نص آخر بالمعرف نفسه' })]))
  await assert.rejects(
    store.putDocuments([
      sampleRecord({ id: 'half', text: 'خبر يكتب قبل أن يفشل ما بعده' }),
      sampleRecord({ id: 'g1', text: 'نص ثالث بالمعرف نفسه' }),
    ]),
  )
  assert.equal(await store.findExact('half', { urlKey: null, textHash: '' }), null)
  assert.equal((await store.findExact('g1', { urlKey: null, textHash: '' }))?.kind, 'id')
  await store.putDocuments([sampleRecord({ id: 'g2', text: 'الخبر الثاني في الدفعة المجمعة' })])
  assert.equal(committed(), 2)
  await store.putDocuments([sampleRecord({ id: 'g3', text: 'الخبر الثالث بعد الدفعة' })])
  assert.equal(committed(), 2)
  await store.close() // commits what is held
  assert.equal(committed(), 3)
  reader.close()
})

test('sqlite: migration 2 fills sourcing profiles and frame leans from the stored analyses', async () => {
  const path = join(folder, 'upgrade.db')
  const store = new SqliteStore(path)
  await store.putDocuments(deskRecords())
  const before = await store.sourcingByOutlet({})
  await store.close()
  // Take the store back to version 1, as a store written before migration 2 was.
  const db = new Database(path)
  db.exec(`DROP TABLE document_sourcing; DROP INDEX frames_target; DROP INDEX clusters_last_published;
    DROP INDEX documents_published_id; ALTER TABLE frames DROP COLUMN lean; PRAGMA user_version = 1;
    DROP INDEX entities_latin; DROP INDEX entities_text; DROP INDEX events_modality;
    DROP INDEX events_document_type; DROP INDEX event_actors_document_code;`)
  db.close()
  const upgraded = new SqliteStore(path)
  assert.deepEqual(await upgraded.sourcingByOutlet({}), before)
  assert.deepEqual(
    (await upgraded.framingByOutlet({})).map((row) => row.leans),
    [{ negative: 1, positive: 0 }],
  )
  await upgraded.close()
})

test('sqlite: migration 5 rebuilds the full-text index without its stored terms, and search finds the same', async () => {
  const path = join(folder, 'contentless.db')
  const store = new SqliteStore(path)
  await store.putDocuments([
    sampleRecord({ id: 'c1', text: 'وصل والرئيس إلى باريس', title: 'زيارة' }),
    sampleRecord({ id: 'c2', text: 'قال للرئيس إن الحكومة وافقت' }),
  ])
  await store.close()
  // Take the index back to version 4's, which stored a copy of the terms.
  const db = new Database(path)
  const rows = db.prepare('SELECT rowid, title, text FROM documents').all() as {
    rowid: number
    title: string | null
    text: string
  }[]
  db.exec(`DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0');
    PRAGMA user_version = 4;`)
  const insert = db.prepare('INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)')
  for (const row of rows) insert.run(row.rowid, documentTerms(row.title, row.text))
  db.close()
  const upgraded = new SqliteStore(path)
  assert.deepEqual((await upgraded.search({ text: 'الرئيس' })).hits.map((hit) => hit.id).sort(), ['c1', 'c2'])
  assert.equal((await upgraded.search({ text: 'زيارة' })).total, 1)
  await upgraded.close()
  const check = new Database(path, { readonly: true })
  const tables = check.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'documents_fts%'").all()
  assert.ok(!tables.some((table) => (table as { name: string }).name === 'documents_fts_content'))
  check.close()
})
