/** `isnad demo`: a store built from the sample articles in examples/demo, served with the web UI. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ingestDocuments } from '../ingest/ingest-documents.js'
import { analyze } from '../pipeline/analyze.js'
import { loadResources } from '../pipeline/resources.js'
import { SqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'
import { ingestItems } from './ingest-inputs.js'
import { reportError } from './output.js'
import { checkServerSettings, SERVER_OPTIONS, serveStore } from './serve-command.js'

export const DEMO_HELP = `Usage: isnad demo [options]

Builds a store from the sample articles shipped in examples/demo (ten short reports written for this
project: several invented outlets covering the same stories with different sources and words) and
serves it with the web UI, as isnad serve does. Open the address it prints.

Options:
  --db FILE         keep the demo store in FILE (e.g. ./isnad-demo.db; default a temporary one)
  --host HOST       the address to listen on (default 127.0.0.1)
  --port N          the port (default 8080; 0 picks a free one)
  --token TOKEN     the bearer token writes need (default $ISNAD_TOKEN; none: writes are off)
  -h, --help        this help`

/** The folder of the sample articles, from the build (dist/src/cli) or from source (src/cli). */
export const demoArticlesPath = (): string => {
  const url = import.meta.url.includes('/dist/')
    ? new URL('../../../examples/demo/articles.jsonl', import.meta.url)
    : new URL('../../examples/demo/articles.jsonl', import.meta.url)
  return fileURLToPath(url)
}

/** Stores the sample articles in `store` (those already there are skipped as duplicates). */
export const buildDemoStore = async (store: Store): Promise<number> => {
  const resources = loadResources()
  const counts = await ingestDocuments(
    ingestItems([demoArticlesPath()], { maxBytes: 1_048_576, fetcher: null, isKnown: async () => false }),
    {
      store,
      analyze: async (input) => analyze(input, resources),
      onFailure: (where, why) => reportError(where, why),
    },
  )
  return counts.stored + counts.duplicates
}

/** Runs `isnad demo`; returns the exit code when stopped. */
export const runDemo = async (argv: readonly string[]): Promise<number> => {
  const { values } = parseArgs({ args: [...argv], options: { db: { type: 'string' }, ...SERVER_OPTIONS } })
  if (values.help) {
    process.stdout.write(DEMO_HELP + '\n')
    return 0
  }
  const settings = checkServerSettings(values)
  const folder = values.db === undefined ? mkdtempSync(join(tmpdir(), 'isnad-demo-')) : null
  const store = new SqliteStore(values.db ?? join(folder!, 'demo.db'))
  try {
    const documents = await buildDemoStore(store)
    reportError('demo', `${documents} sample articles in ${values.db ?? 'a temporary store'}`)
    return await serveStore(store, settings, 'demo')
  } finally {
    if (folder !== null) rmSync(folder, { recursive: true, force: true })
  }
}
