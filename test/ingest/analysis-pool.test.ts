import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AnalysisPool } from '../../src/ingest/analysis-pool.js'

test('closing the pool fails what it still held, rather than leaving it waiting', async () => {
  const pool = new AnalysisPool(1)
  // Closed at once: the worker is still loading its resources, the document still queued.
  const queued = assert.rejects(
    pool.analyze({ id: 'a', text: 'التقى الوزير نظيره في العاصمة.' }),
    /the analysis workers were stopped/,
  )
  await pool.close()
  await queued
  await assert.rejects(pool.analyze({ id: 'b', text: 'نص آخر.' }), /the analysis workers were stopped/)
})
