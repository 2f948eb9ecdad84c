/** A temporary SQLite store built from the server fixtures, and an app over it, for the API and UI tests. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ingestItems } from '../../src/cli/ingest-inputs.js'
import { ingestDocuments } from '../../src/ingest/ingest-documents.js'
import { analyze } from '../../src/pipeline/analyze.js'
import { loadResources } from '../../src/pipeline/resources.js'
import type { AnalysisRunner } from '../../src/server/analysis-runner.js'
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'

export const SERVER_FIXTURES = fileURLToPath(new URL('../fixtures/server/articles.jsonl', import.meta.url))

/** Analyses on the test's own thread: quick to start, no time limit. */
export const inThreadRunner: AnalysisRunner = {
  analyze: async (input) => analyze(input, loadResources()),
  close: async () => {},
}

/** A new store in a temporary folder holding the articles of `paths` (the server fixtures by default). */
export const fixtureStore = async (paths: readonly string[] = [SERVER_FIXTURES]): Promise<SqliteStore> => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'isnad-server-')), 'store.db'))
  const counts = await ingestDocuments(
    ingestItems(paths, { maxBytes: 1_048_576, fetcher: null, isKnown: async () => false }),
    { store, analyze: inThreadRunner.analyze },
  )
  if (counts.failed > 0) throw new Error(`${counts.failed} fixture documents failed to ingest`)
  return store
}
