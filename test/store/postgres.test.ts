/**
 * The store contract against a real PostgreSQL server: `ISNAD_TEST_PG` names it (a postgres:// URL;
 * .ci/run starts one and sets it). Each test gets a schema of its own, dropped afterwards. Without the
 * variable these tests are skipped, so `npm test` runs on a laptop without PostgreSQL.
 */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import pg from 'pg'
import { PostgresStore } from '../../src/store/postgres/postgres-store.js'
import { deskRecords } from './desk-fixtures.js'
import { runStoreContract } from './store-contract.js'

const url = process.env.ISNAD_TEST_PG

if (url === undefined || url === '') {
  test('postgres store: the contract suite', {
    skip: 'ISNAD_TEST_PG is not set (a postgres:// URL); .ci/run sets it',
  }, () => {})
} else {
  const admin = new pg.Pool({ connectionString: url, max: 2 })
  const schemas: string[] = []
  let count = 0

  const freshStore = async (): Promise<PostgresStore> => {
    const schema = `isnad_test_${process.pid}_${++count}`
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.query(`CREATE SCHEMA ${schema}`)
    schemas.push(schema)
    return PostgresStore.open(url, { options: `-c search_path=${schema}` })
  }

  after(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  })

  runStoreContract('postgres', freshStore)

  test('postgres: migrations are recorded and not re-run', async () => {
    const first = await freshStore()
    await first.close()
    const schema = schemas.at(-1)!
    const again = await PostgresStore.open(url, { options: `-c search_path=${schema}` })
    await again.close()
    const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations`)
    assert.deepEqual(
      rows.map((row) => row.version),
      [1, 2, 3, 4],
    )
  })

  test('postgres: migration 2 fills sourcing profiles and frame leans from the stored analyses', async () => {
    const store = await freshStore()
    await store.putDocuments(deskRecords())
    const before = await store.sourcingByOutlet({})
    await store.close()
    const schema = schemas.at(-1)!
    await admin.query(`SET search_path = ${schema}; DROP TABLE document_sourcing; DROP INDEX frames_target;
      DROP INDEX clusters_last_published; DROP INDEX documents_published_id; ALTER TABLE frames DROP COLUMN lean;
      DELETE FROM schema_migrations WHERE version = 2; SET search_path = public`)
    const upgraded = await PostgresStore.open(url, { options: `-c search_path=${schema}` })
    assert.deepEqual(await upgraded.sourcingByOutlet({}), before)
    assert.deepEqual(
      (await upgraded.framingByOutlet({})).map((row) => row.leans),
      [{ negative: 1, positive: 0 }],
    )
    await upgraded.close()
  })
}
