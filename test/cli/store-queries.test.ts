/**
 * `isnad search`, `isnad events`, `isnad report` and `isnad export` on a store filled by `isnad ingest`
 * of four Arabic reports written for these tests (test/fixtures/desk). The ingest runs as a user runs
 * it; the query commands run in-process (main()) with stdout and stderr captured, for speed.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { EVENT_CSV_COLUMNS } from '../../src/export/events-csv.js'
import { GDELT_COLUMNS } from '../../src/export/events-gdelt-tsv.js'
import { type CliResult, runCli, runCliBatch } from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'isnad-queries-'))
const db = join(folder, 'desk.db')
const articles = fileURLToPath(new URL('../fixtures/desk/articles.jsonl', import.meta.url))
const csvOut = join(folder, 'events.csv')

/** Every command line the tests look at, run once in one process after the ingest. */
const COMMANDS = {
  newest: ['search', '', '--sort', 'newest', '--format', 'jsonl'],
  page: ['search', '', '--sort', 'newest', '--limit', '1', '--offset', '1', '--format', 'jsonl'],
  facets: ['search', 'المياه', '--facets', '--outlet', 'صحيفة الوادي', '--format', 'json'],
  cluster: ['search', '', '--cluster', 'desk-meeting-wadi', '--format', 'jsonl'],
  searchText: ['search', 'القصف', '--facets'],
  searchCsv: ['search', 'القاهرة', '--format', 'csv'],
  events: ['events', '--format', 'json', '--limit', '1000'],
  strikes: ['events', '--type', 'assault', '--format', 'jsonl'],
  eventWords: ['events', 'القصف', '--format', 'jsonl'],
  asActor: ['events', '--actor', 'JORGOV', '--role', 'actor', '--format', 'jsonl'],
  reported: ['events', '--modality', 'reported', '--format', 'jsonl'],
  eventTable: ['events', '--outlet', 'الشرق اليوم'],
  eventCsv: ['events', '--format', 'csv', '--limit', '2'],
  perDay: ['events', '--per-day', '--format', 'json'],
  topActors: ['events', '--top-actors', '--limit', '2', '--format', 'jsonl'],
  network: ['events', '--network', '--format', 'json'],
  networkText: ['events', '--network'],
  sourcing: ['report', 'sourcing', '--format', 'json'],
  framing: ['report', 'framing', '--format', 'csv'],
  clusters: ['report', 'clusters', '--format', 'json'],
  story: ['report', 'cluster', 'desk-meeting-wadi', '--format', 'json'],
  storyText: ['report', 'cluster', 'desk-meeting-wadi'],
  noStory: ['report', 'cluster', 'no-such-story'],
  jsonl: ['export', '--format', 'jsonl'],
  plover: ['export', '--format', 'plover'],
  eventsPlover: ['events', '--type', 'ASSAULT', '--format', 'plover'],
  csvFile: ['export', '--format', 'csv', '--type', 'CONSULT', '--out', csvOut],
  tsv: ['export', '--format', 'tsv'],
} as const

/** Command lines that must be refused as bad usage. */
const BAD_USAGE: readonly (readonly string[])[] = [
  ['events', '--type', 'PARTY'],
  ['events', '--since', '2025-13-01'],
  ['events', '--role', 'actor'],
  ['events', '--negated', 'maybe'],
  ['events', '--per-day', '--network'],
  ['events', '--per-day', '--format', 'plover'],
  ['search', 'x', '--sort', 'oldest'],
  ['search', 'x', '--modality', 'rumoured'],
  ['search', 'x', '--limit', '0'],
  ['search'],
  ['export', '--format', 'xml'],
  ['export'],
  ['report', 'weather'],
  ['report', 'cluster'],
  ['events', '--colour'],
]

let results: Record<keyof typeof COMMANDS, CliResult>
let refused: CliResult[]

before(() => {
  const ingest = runCli(['ingest', articles, '--db', db, '--workers', '1'])
  assert.equal(ingest.status, 0, ingest.stderr)
  const names = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]
  const ran = runCliBatch([
    ...names.map((name) => [...COMMANDS[name], '--db', db]),
    ...BAD_USAGE.map((argv) => [...argv, '--db', db]),
  ])
  results = Object.fromEntries(names.map((name, index) => [name, ran[index]!])) as typeof results
  refused = ran.slice(names.length)
})

/** The output of a command that must have succeeded. */
const output = (name: keyof typeof COMMANDS): string => {
  const result = results[name]
  assert.equal(result.status, 0, `${name}: ${result.stderr}`)
  return result.stdout
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line))

test('search: new filters, sorting, paging and facets', () => {
  assert.deepEqual(
    jsonLines(output('newest')).map((hit) => hit.id),
    ['desk-weather', 'desk-shelling', 'desk-meeting-sharq', 'desk-meeting-wadi'],
  )
  const page = jsonLines(output('page'))
  assert.deepEqual(
    page.map((hit) => hit.id),
    ['desk-shelling'],
  )
  const result = JSON.parse(output('facets'))
  assert.equal(result.total, 1)
  const [hit] = result.hits
  assert.equal(hit.id, 'desk-meeting-wadi')
  assert.ok(hit.snippet.highlights.length > 0)
  assert.deepEqual(result.facets.outlets, [{ value: 'صحيفة الوادي', count: 1, label: null }])
  assert.ok(result.facets.types.some((facet: { value: string }) => facet.value === 'CONSULT'))
  const clustered = jsonLines(output('cluster'))
  assert.ok(clustered.length >= 1)
  assert.ok(clustered.every((other) => other.clusterId === hit.clusterId))
  const text = { stdout: output('searchText') }
  assert.match(text.stdout, /desk-shelling/)
  assert.match(text.stdout, /1–1 of 1 documents/)
  assert.match(text.stdout, /\ntypes\n/)
  const csv = output('searchCsv').trim().split('\n')
  assert.equal(csv[0], 'published,outlet,title,snippet,id')
  assert.equal(csv.length, 3)
})

test('events: filters as flags, each event with its document, participants and evidence', () => {
  const all = JSON.parse(output('events'))
  assert.ok(all.total >= 4, `${all.total} events`)
  for (const event of all.events) {
    assert.equal(typeof event.summary, 'string')
    assert.ok(event.evidence.text.includes(event.trigger.text), 'the trigger is in the evidence sentence')
  }
  const strikes = jsonLines(output('strikes'))
  assert.ok(strikes.length > 0)
  assert.ok(strikes.every((event) => event.type === 'ASSAULT' && event.documentId === 'desk-shelling'))
  const byWords = jsonLines(output('eventWords'))
  assert.ok(byWords.every((event) => event.documentId === 'desk-shelling'))
  const code = 'JORGOV' // the Jordanian minister, in both reports of the meeting
  const asActor = jsonLines(output('asActor'))
  assert.ok(asActor.length > 0)
  assert.ok(asActor.every((event) => event.actors.some((actor: { code: string }) => actor.code === code)))
  const reported = jsonLines(output('reported'))
  assert.ok(reported.every((event) => event.modality === 'reported' && event.attribution !== null))
  const table = { stdout: output('eventTable') }
  assert.match(table.stdout, /^published +outlet +type/)
  assert.ok(!table.stdout.includes('desk-shelling'))
  const csv = output('eventCsv').trim().split('\n')
  assert.equal(csv.length, 3)
  assert.match(csv[0]!, /^published,outlet,type,actor,recipient/)
})

test('events: per day, top actors and the actor network', () => {
  const days = JSON.parse(output('perDay'))
  assert.ok(days.length > 0)
  assert.ok(
    days.every((row: { day: string; count: number }) => /^2025-04-0\d$/.test(row.day) && row.count > 0),
  )
  const actors = jsonLines(output('topActors'))
  assert.equal(actors.length, 2)
  assert.ok(actors[0].total >= actors[1].total)
  const network = JSON.parse(output('network'))
  assert.ok(
    network.some(
      (edge: { source: string; target: string; types: Record<string, number> }) =>
        edge.source.startsWith('ISR') && edge.target.startsWith('LBN') && edge.types.ASSAULT! >= 1,
    ),
  )
  assert.match(output('networkText'), /ASSAULT=1/)
})

test('report: sourcing and framing per outlet, clusters and one cluster side by side', () => {
  const sourcing = JSON.parse(output('sourcing'))
  assert.deepEqual(sourcing.map((row: { outlet: string }) => row.outlet).sort(), [
    'الشرق اليوم',
    'صحيفة الوادي',
  ])
  const weatherOutlet = sourcing.find((row: { outlet: string }) => row.outlet === 'الشرق اليوم')
  assert.equal(weatherOutlet.documents, 2)
  assert.equal(weatherOutlet.unsourcedShare, 0.5, 'the weather note quotes no one')
  const framing = { stdout: output('framing') }
  assert.match(framing.stdout, /^outlet,target,frames/)
  const clusters = JSON.parse(output('clusters'))
  assert.equal(clusters.total, 1, 'the meeting, told by both outlets')
  const [story] = clusters.clusters
  assert.deepEqual(story.outlets, ['الشرق اليوم', 'صحيفة الوادي'])
  const detail = JSON.parse(output('story'))
  assert.deepEqual(detail.documents.map((report: { id: string }) => report.id).sort(), [
    'desk-meeting-sharq',
    'desk-meeting-wadi',
  ])
  assert.ok(detail.documents.every((report: { events: unknown[] }) => report.events.length > 0))
  const text = { stdout: output('storyText') }
  assert.match(text.stdout, /2 reports, 2025-04-02 → 2025-04-03/)
  const missing = results.noStory
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /^isnad: no-such-story: no such story cluster\n$/)
})

test('events --format plover: the listed events as the PLOVER export writes them', () => {
  const listed = jsonLines(output('eventsPlover'))
  const exported = jsonLines(output('plover')).filter((record) => record.event === 'ASSAULT')
  assert.ok(listed.length > 0)
  assert.deepEqual(listed.map((record) => record.id).sort(), exported.map((record) => record.id).sort())
  assert.deepEqual(
    listed[0],
    exported.find((record) => record.id === listed[0].id),
  )
})

test('export: JSONL analyses, PLOVER events, CSV and GDELT-style TSV', () => {
  const jsonl = jsonLines(output('jsonl'))
  assert.deepEqual(
    jsonl.map((analysis) => analysis.doc.id),
    ['desk-meeting-wadi', 'desk-meeting-sharq', 'desk-shelling', 'desk-weather'],
  )
  assert.ok(jsonl.every((analysis) => analysis.schema === 'isnad.analysis/1'))
  const plover = jsonLines(output('plover'))
  const events = JSON.parse(output('events'))
  assert.equal(plover.length, events.total)
  for (const record of plover) {
    for (const field of [
      'id',
      'date',
      'event',
      'mode',
      'source',
      'target',
      'mediators',
      'attribution',
      'text',
    ])
      assert.ok(field in record, `${field} in ${JSON.stringify(record)}`)
  }
  const strike = plover.find((record) => record.event === 'ASSAULT')
  assert.equal(strike.source[0].code, 'ISR')
  assert.equal(strike.publication, 'صحيفة الوادي')
  assert.equal(output('csvFile'), '')
  const csv = readFileSync(csvOut, 'utf8').trim().split('\n')
  assert.equal(csv[0], EVENT_CSV_COLUMNS.map(([name]) => name).join(','))
  assert.ok(csv.length >= 3)
  assert.ok(csv.slice(1).every((line) => line.includes(',CONSULT,')))
  assert.ok(!existsSync(`${csvOut}.partial`))
  const tsv = output('tsv').trim().split('\n')
  assert.deepEqual(
    tsv[0]!.split('\t'),
    GDELT_COLUMNS.map(([name]) => name),
  )
  assert.equal(tsv.length, events.total + 1)
  assert.ok(tsv.slice(1).every((line) => line.split('\t').length === GDELT_COLUMNS.length))
  const row = tsv.find((line) => line.includes('\tASSAULT\t'))!.split('\t')
  assert.equal(row[1], '20250404', 'Day')
  assert.equal(row[12], '4', 'QuadClass: material conflict')
})

test('bad flags are one-line usage errors with exit code 2', () => {
  BAD_USAGE.forEach((args, index) => {
    const result = refused[index]!
    assert.equal(result.status, 2, args.join(' '))
    assert.equal(result.stdout, '')
    assert.match(result.stderr, /^isnad: \w+: [^\n]+\n$/, args.join(' '))
  })
  const spawned = runCli(['events', '--actor', '12', '--db', db])
  assert.equal(spawned.status, 2)
  assert.match(spawned.stderr, /^isnad: events: --actor must be an actor code such as SYRGOV, not "12"/)
})
