import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runCli } from '../helpers/run-cli.js'

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))
/** The CLI with extra environment variables. */
const runWithEnv = (args: readonly string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })

const folder = mkdtempSync(join(tmpdir(), 'isnad-ingest-'))
const corpus = join(folder, 'corpus')
const db = join(folder, 'store.db')
const STORY =
  'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير لخدمة سكان المنطقة الشرقية، وقال الوزير إن المستشفى سيضم أقساما للطوارئ والأطفال والعناية المركزة، وإن العمل فيه سيبدأ مطلع الشهر المقبل.'

mkdirSync(join(corpus, 'pages'), { recursive: true })
copyFileSync(
  fileURLToPath(new URL('../fixtures/html/valley-daily.html', import.meta.url)),
  join(corpus, 'pages', 'valley.html'),
)
writeFileSync(join(corpus, 'story.txt'), `أبوظبي - وام\n${STORY}`)
writeFileSync(join(corpus, 'pages', 'story-again.txt'), `أبوظبي - وام\n${STORY}`) // the same text: skipped
writeFileSync(join(corpus, 'notes.md'), 'not picked up from a directory')
writeFileSync(
  join(corpus, '2015-07-21.json'),
  JSON.stringify([
    {
      source: 'okaz',
      url: 'http://okaz.example/a?utm_source=tw',
      date_extracted: '2015-07-21 02:51:32',
      title: 'لقاء',
      author: 'الرياض: فلان',
      content: 'قال الرئيس إن الحكومة ستعقد اجتماعا للرئيس والوزراء غدا.',
    },
    { source: 'okaz' },
    {
      source: 'okaz',
      url: 'https://www.okaz.example/a',
      date_extracted: '2015-07-21',
      content: 'نص آخر بالعنوان نفسه',
    },
  ]),
)
writeFileSync(
  join(corpus, 'batch.jsonl'),
  '{"id":"j1","text":"وصل والرئيس إلى العاصمة في زيارة رسمية."}\nnot json\n',
)

const summaryOf = (stderr: string): string => stderr.trim().split('\n').at(-1)!

test('ingest walks directories, stores, skips duplicates, reports bad items and ends with a summary', () => {
  const result = runCli(['ingest', corpus, '--db', db])
  assert.equal(result.status, 1, 'some items failed')
  assert.match(result.stderr, /^isnad: .*2015-07-21\.json:2: the article has no "content"/m)
  assert.match(result.stderr, /^isnad: .*batch\.jsonl:2: not valid JSON/m)
  assert.match(
    summaryOf(result.stderr),
    /^isnad: ingest: 8 read, 4 stored \(0 near duplicates linked\), 2 duplicates skipped, 2 failed in /,
  )
  assert.doesNotMatch(result.stderr, /\n\s+at /)
})

test('a second run stores nothing new', () => {
  const result = runCli(['ingest', corpus, '--db', db])
  assert.match(summaryOf(result.stderr), /8 read, 0 stored .*, 6 duplicates skipped, 2 failed/)
})

test('stats --format json counts the store', () => {
  const result = runCli(['stats', '--db', db, '--format', 'json'])
  assert.equal(result.status, 0, result.stderr)
  const stats = JSON.parse(result.stdout)
  assert.equal(stats.documents, 4)
  for (const key of ['events', 'entities', 'attributions', 'clusters', 'duplicates'])
    assert.equal(typeof stats[key], 'number', key)
  assert.ok(stats.clusters >= 1 && stats.clusters <= 4)
})

test('search finds clitic-attached forms and prints jsonl hits', () => {
  const result = runCli(['search', 'الرئيس', '--db', db, '--format', 'jsonl'])
  assert.equal(result.status, 0, result.stderr)
  const hits = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  const ids: string[] = hits.map((hit) => hit.id)
  // رئيس in the page, للرئيس and الرئيس in the JSON article, والرئيس in the jsonl line.
  assert.equal(ids.length, 3)
  for (const id of ['2015-07-21:1', 'j1']) assert.ok(ids.includes(id), id)
  assert.ok(ids.some((id) => id.endsWith('valley')))
  const okaz = hits.find((hit) => hit.id === '2015-07-21:1')
  const { clusterId, snippet, ...contractFields } = okaz
  assert.equal(clusterId, '2015-07-21:1')
  assert.deepEqual(
    snippet.highlights.map((span: { start: number; end: number }) =>
      snippet.text.slice(span.start - snippet.start, span.end - snippet.start),
    ),
    ['الرئيس', 'للرئيس'],
  )
  assert.deepEqual(contractFields, {
    id: '2015-07-21:1',
    title: 'لقاء',
    outlet: 'okaz',
    published: '2015-07-21',
    url: 'http://okaz.example/a?utm_source=tw',
  })
  const page = JSON.parse(
    runCli(['search', 'بلدية إربد', '--db', db, '--format', 'jsonl', '--limit', '1']).stdout,
  )
  assert.equal(page.outlet, 'صحيفة الوادي')
  assert.equal(page.published, '2025-03-12')
})

test('the store comes from $ISNAD_DB when --db is not given', () => {
  const result = runWithEnv(['stats', '--format', 'json'], { ISNAD_DB: db })
  assert.equal(result.status, 0, result.stderr)
  assert.equal(JSON.parse(result.stdout).documents, 4)
})

test('errors: a missing store for stats/search, no paths, a missing path, bad options', () => {
  const missing = runCli(['stats', '--db', join(folder, 'none.db')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /^isnad: .*none\.db: no such store/)
  assert.equal(runCli(['ingest', '--db', db]).status, 2)
  assert.equal(runCli(['search', '--db', db]).status, 2)
  assert.equal(runCli(['search', 'x', '--db', db, '--type', 'PARTY']).status, 2)
  assert.equal(runCli(['search', 'x', '--db', db, '--since', 'yesterday']).status, 2)
  const absent = runCli(['ingest', join(folder, 'absent'), '--db', join(folder, 'other.db')])
  assert.equal(absent.status, 1)
  assert.match(absent.stderr, /absent: no such file or directory/)
  for (const command of ['ingest', 'stats', 'search']) assert.equal(runCli([command, '--help']).status, 0)
})

test('--pg: ingest, stats and search against PostgreSQL (ISNAD_TEST_PG)', {
  skip: process.env.ISNAD_TEST_PG ? false : 'ISNAD_TEST_PG is not set; .ci/run sets it',
}, async () => {
  const { default: pg } = await import('pg')
  const admin = new pg.Pool({ connectionString: process.env.ISNAD_TEST_PG })
  const database = `isnad_cli_${process.pid}`
  await admin.query(`DROP DATABASE IF EXISTS ${database}`)
  await admin.query(`CREATE DATABASE ${database}`)
  const url = new URL(process.env.ISNAD_TEST_PG!)
  url.pathname = `/${database}`
  try {
    const ingest = runCli([
      'ingest',
      join(corpus, 'story.txt'),
      join(corpus, 'batch.jsonl'),
      '--pg',
      url.href,
      '--workers',
      '1',
    ])
    assert.match(summaryOf(ingest.stderr), /3 read, 2 stored .* 1 failed/)
    assert.equal(JSON.parse(runCli(['stats', '--pg', url.href, '--format', 'json']).stdout).documents, 2)
    const hits = runCli(['search', 'الرئيس', '--pg', url.href, '--format', 'jsonl']).stdout.trim().split('\n')
    assert.deepEqual(
      hits.map((line) => JSON.parse(line).id),
      ['j1'],
    )
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  }
})

test('a document that kills its analysis worker fails alone; a new worker analyses the rest', () => {
  const lossFolder = join(folder, 'worker-loss')
  mkdirSync(lossFolder)
  const marker = 'علامة-الاختبار-القاتلة'
  // Three distinct reports, the middle one carrying the marker that makes a worker fill its heap.
  const texts = [
    STORY,
    `${marker} قال المتحدث إن الاجتماع انتهى.`,
    `اجتمع الوفد مع المسؤولين في العاصمة أمس.`,
  ]
  for (const [index, text] of texts.entries()) writeFileSync(join(lossFolder, `report-${index}.txt`), text)
  const result = runWithEnv(
    ['ingest', lossFolder, '--db', join(folder, 'worker-loss.db'), '--workers', '1'],
    {
      ISNAD_TEST_WORKER_FAULT: marker,
    },
  )
  assert.equal(result.status, 1, result.stderr)
  assert.match(result.stderr, /report-1\.txt: its analysis ran out of memory/)
  assert.match(summaryOf(result.stderr), /3 read, 2 stored .* 1 failed/)
})
