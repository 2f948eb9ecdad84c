import assert from 'node:assert/strict'
import { test } from 'node:test'
import { csvLine, tsvLine } from '../../src/export/delimited.js'
import { EVENT_CSV_COLUMNS, eventCsvLines } from '../../src/export/events-csv.js'
import { eventGdeltLines, GDELT_COLUMNS } from '../../src/export/events-gdelt-tsv.js'
import { ploverRecord } from '../../src/export/events-plover.js'
import type { StoredEvent } from '../../src/store/store.js'

const EVENT: StoredEvent = {
  documentId: 'd1',
  title: 'لقاء، في "عمّان"',
  outlet: 'الوادي',
  published: '2025-03-10',
  url: 'https://example.org/d1',
  clusterId: 'd1',
  id: 'v1',
  type: 'CONSULT',
  mode: 'third-party',
  cameo: '0431',
  summary: 'Jordan met Syria, mediated by Oman',
  actors: [{ code: 'JORGOV', text: 'وزير الخارجية\tالأردني', name: 'Jordan (government)' }],
  recipients: [{ code: 'SYR', text: 'سوريا', name: 'Syria' }],
  mediators: [{ code: 'OMN', text: 'عُمان', name: 'Oman' }],
  place: { text: 'عمّان', name: 'Amman', country: 'JOR' },
  date: { text: 'أمس', value: '2025-03-09' },
  modality: 'reported',
  negated: false,
  attribution: { id: 'q1', speaker: 'مصدر مطلع', kind: 'anonymous', code: null, direct: false },
  trigger: { start: 0, end: 5, text: 'التقى' },
  evidence: { start: 0, end: 30, text: 'التقى وزير الخارجية الأردني\nنظيره' },
}

const collect = async (lines: AsyncIterable<string>) => {
  const all: string[] = []
  for await (const line of lines) all.push(line)
  return all
}

async function* one(): AsyncIterable<StoredEvent> {
  yield EVENT
}

test('csv cells are quoted only when they must be; tsv cells lose tabs and line breaks', () => {
  assert.equal(
    csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3, true]),
    'a,"b,c","say ""hi""","two\nlines",,3,true',
  )
  assert.equal(tsvLine(['a\tb', 'c\r\nd', null, 4]), 'a b\tc d\t\t4')
})

test('events csv: a header, then one row per event with every column', async () => {
  const [header, row] = await collect(eventCsvLines(one()))
  assert.equal(header, EVENT_CSV_COLUMNS.map(([name]) => name).join(','))
  assert.ok(row!.startsWith('d1,v1,2025-03-10,الوادي,"لقاء، في ""عمّان""",'))
  assert.ok(row!.includes(',JORGOV,'))
  assert.ok(row!.includes(',anonymous,'))
})

test('GDELT-style tsv: GDELT columns first, the day of the event, the quad class', async () => {
  const [header, row] = await collect(eventGdeltLines(one()))
  const names = header!.split('\t')
  assert.deepEqual(names.slice(0, 3), ['GlobalEventID', 'Day', 'Actor1Code'])
  const cells = Object.fromEntries(names.map((name, index) => [name, row!.split('\t')[index]]))
  assert.equal(names.length, GDELT_COLUMNS.length)
  assert.equal(cells.GlobalEventID, 'd1#v1')
  assert.equal(cells.Day, '20250309')
  assert.equal(cells.Actor1Name, 'وزير الخارجية الأردني')
  assert.equal(cells.Actor1CountryCode, 'JOR')
  assert.equal(cells.EventRootCode, '04')
  assert.equal(cells.QuadClass, '1')
  assert.equal(cells.DATEADDED, '20250310')
  assert.equal(cells.Mediator1Code, 'OMN')
  assert.equal(cells.AttributionKind, 'anonymous')
})

test('PLOVER records: PLOVER names, actor codes split into country and sector, extension fields', () => {
  const record = ploverRecord(EVENT)
  assert.equal(record.event, 'CONSULT')
  assert.equal(record.date, '2025-03-09')
  assert.deepEqual(record.source, [{ actorText: 'وزير الخارجية\tالأردني', code: 'JOR', sector: 'GOV' }])
  assert.deepEqual(record.target, [{ actorText: 'سوريا', code: 'SYR' }])
  assert.deepEqual(record.mediators, [{ actorText: 'عُمان', code: 'OMN' }])
  assert.deepEqual(record.attribution, { speaker: 'مصدر مطلع', kind: 'anonymous', code: null, direct: false })
  assert.equal(record.eventText, 'التقى')
  const undated = ploverRecord({ ...EVENT, date: { text: 'الشهر الماضي', value: '2025-02' } })
  assert.equal(undated.date, '2025-03-10', 'a month is not a day: the publication day')
})
