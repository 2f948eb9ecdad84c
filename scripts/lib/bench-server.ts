/**
 * `npm run bench -- --server`: the HTTP API's server time over a store of SaudiNewsNet articles, as the
 * web UI asks for it — full-text search (words, and words with filters), the article page's document
 * (its whole Analysis) and the other pages' queries. Requests go through the Hono app in-process
 * (routing, parameter checks, the store, JSON), so the figures are the server's own time without the
 * network. The store is built once with `isnad ingest` into .bench/ and reused.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { createApp } from '../../src/server/app.js'
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { readSaudiNewsNet } from './shared-data.js'

const row = (...cells: string[]): void => console.log(`| ${cells.join(' | ')} |`)

/** The store of the first `limit` articles, built by `isnad ingest` when it is not there yet. */
const benchStore = (path: string, limit: number): boolean => {
  if (existsSync(path)) return true
  const articles = readSaudiNewsNet(limit)
  if (articles.length === 0) return false
  mkdirSync(resolve(path, '..'), { recursive: true })
  const folder = mkdtempSync(join(tmpdir(), 'isnad-bench-server-'))
  try {
    for (let start = 0; start < articles.length; start += 1000) {
      writeFileSync(
        join(folder, `part-${String(start / 1000).padStart(3, '0')}.json`),
        JSON.stringify(articles.slice(start, start + 1000)),
      )
    }
    console.log(`Building ${path} from ${articles.length} SaudiNewsNet articles (isnad ingest, once)…`)
    const started = performance.now()
    const cli = resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'run.ts')
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, 'ingest', folder, '--db', path, '--quiet'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`isnad ingest exited with ${result.status}`)
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    return true
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const percentile = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN

/** Words of the titles, every `step`-th, long enough to be content words: a realistic query mix. */
const queryWords = (db: Database.Database, count: number): string[] => {
  const titles = db
    .prepare('SELECT title FROM documents WHERE title IS NOT NULL ORDER BY id')
    .pluck()
    .all() as string[]
  const words: string[] = []
  const step = Math.max(1, Math.floor(titles.length / count))
  for (let index = 0; index < titles.length && words.length < count; index += step) {
    const word = titles[index]!.split(/[\s،:.«»"“”()-]+/).find(
      (each) => each.length >= 4 && /^[\u0621-\u064a]+$/.test(each),
    )
    if (word) words.push(word)
  }
  return words
}

/** Times GET requests through the app; returns the figures' row. */
const timeRequests = async (app: ReturnType<typeof createApp>, name: string, urls: readonly string[]) => {
  for (const url of urls.slice(0, 10)) await (await app.request(url)).text()
  const times: number[] = []
  let failed = 0
  let status = 200
  for (const url of urls) {
    const started = performance.now()
    const response = await app.request(url)
    await response.text()
    times.push(performance.now() - started)
    if (response.status !== 200) {
      failed++
      status = response.status
    }
  }
  times.sort((a, b) => a - b)
  if (failed === urls.length) {
    row(name, String(urls.length), '—', '—', '—', `all ${status}`)
    return
  }
  row(
    name,
    String(urls.length),
    percentile(times, 0.5).toFixed(1),
    percentile(times, 0.95).toFixed(1),
    times.at(-1)!.toFixed(1),
    failed === 0 ? '' : `${failed} not 200 (${status})`,
  )
}

export const benchServer = async (options: {
  readonly limit: number
  readonly db: string | undefined
}): Promise<void> => {
  const path = resolve(options.db ?? join(import.meta.dirname, '..', '..', '.bench', 'saudinewsnet.db'))
  if (!benchStore(path, options.limit)) {
    console.log(
      'SaudiNewsNet not found under ../shared/data (set ISNAD_SHARED_DATA); server figures skipped.',
    )
    return
  }
  const db = new Database(path, { readonly: true })
  const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]
  const sampleIds = Array.from({ length: 300 }, (_, index) => ids[Math.floor((index * ids.length) / 300)]!)
  const outlets = db
    .prepare('SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL')
    .pluck()
    .all() as string[]
  const words = queryWords(db, 300)
  db.close()
  const store = new SqliteStore(path)
  const app = createApp({
    store,
    analyzer: { analyze: () => Promise.reject(new Error('not used')), close: async () => {} },
    token: null,
  })
  const encoded = (word: string) => encodeURIComponent(word)
  console.log(`Server time over ${documents} stored SaudiNewsNet articles (in-process requests, ms)\n`)
  row('request', 'n', 'p50', 'p95', 'max', 'note')
  row('---', '---:', '---:', '---:', '---:', '---')
  await timeRequests(
    app,
    'search: one word',
    words.map((word) => `/api/search?q=${encoded(word)}`),
  )
  await timeRequests(
    app,
    'search: two words',
    words.slice(1).map((word, index) => `/api/search?q=${encoded(`${words[index]} ${word}`)}`),
  )
  await timeRequests(
    app,
    'search: word + outlet + dates',
    words.map(
      (word, index) =>
        `/api/search?q=${encoded(word)}&outlet=${encoded(outlets[index % outlets.length] ?? '')}&since=2015-01-01&until=2015-12-31`,
    ),
  )
  await timeRequests(
    app,
    'search: no facets',
    words.map((word) => `/api/search?q=${encoded(word)}&facets=false`),
  )
  await timeRequests(
    app,
    'article page: GET /api/documents/{id}',
    sampleIds.map((id) => `/api/documents/${encoded(id)}`),
  )
  await timeRequests(
    app,
    'events page: GET /api/events',
    words.slice(0, 50).map((word) => `/api/events?q=${encoded(word)}`),
  )
  await timeRequests(
    app,
    'timeline: events-per-day',
    outlets.map((outlet) => `/api/aggregations/events-per-day?outlet=${encoded(outlet)}`),
  )
  await timeRequests(
    app,
    'network',
    outlets.map((outlet) => `/api/aggregations/network?outlet=${encoded(outlet)}`),
  )
  await timeRequests(app, 'clusters', [
    '/api/clusters',
    '/api/clusters?offset=20',
    '/api/clusters?min-size=3',
  ])
  console.log('\nTargets (issue 8): search p95 under 50 ms, an article page under 200 ms server time.')
  await store.close()
}
