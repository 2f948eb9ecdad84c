import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js'
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
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
