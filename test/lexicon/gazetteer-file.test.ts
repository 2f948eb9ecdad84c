import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayOf, isValidOn, latestBefore, pickEntry } from '../../src/lexicon/entry-validity.js'
import { parseGazetteerTsv } from '../../src/lexicon/gazetteer-file.js'

const row = (...cells: string[]): string => cells.join('\t')

test('rows parse into entries; header and blank lines are skipped', () => {
  const text = [
    '# header',
    '',
    row('دمشق|الشام', 'Damascus', 'SYRGOV', 'capital', 'SYR', '', '', 'isnad'),
    row('الجيش', 'army', '~MIL', 'sector'),
  ].join('\n')
  const [capital, sector] = parseGazetteerTsv(text, 'x.tsv')
  assert.deepEqual(capital?.aliases, ['دمشق', 'الشام'])
  assert.equal(capital?.country, 'SYR')
  assert.equal(capital?.origin, 'x.tsv:3')
  assert.equal(sector?.country, null)
  assert.equal(sector?.source, 'isnad')
})

test('a malformed row fails loudly, naming file, line and fault', () => {
  const bad = (line: string, message: RegExp) =>
    assert.throws(() => parseGazetteerTsv(`# h\n${line}`, 'bad.tsv'), message)
  bad(row('دمشق', 'Damascus', 'syr', 'city', 'SYR'), /bad\.tsv:2: code 'syr'/)
  bad(row('دمشق', 'Damascus', 'SYR', 'town', 'SYR'), /unknown type 'town'/)
  bad(row('دمشق', 'Damascus', 'SYR', 'city', 'SY'), /country 'SY'/)
  bad(row('دمشق', 'Damascus', 'SYR', 'city', 'SYR', '2024-1-1'), /date '2024-1-1'/)
  bad(row('دمشق', 'Damascus', 'SYR', 'city', 'SYR', '2024-01-01', '2023-01-01'), /not after 'from'/)
  bad(row('', 'Damascus', 'SYR', 'city', 'SYR'), /no alias/)
  bad('دمشق\tDamascus', /8 TAB-separated columns/)
})

test('validity: from inclusive, to exclusive; the entry valid on a date is picked', () => {
  const text = [
    row('فلان', 'Someone (rebel)', 'SYRREB', 'person', 'SYR', '2011-01-01', '2024-12-08'),
    row('فلان', 'Someone (government)', 'SYRGOV', 'person', 'SYR', '2024-12-08', ''),
    row('علان', 'Other', 'SYRGOV', 'person', 'SYR', '2000-01-01', '2010-01-01'),
  ].join('\n')
  const [rebel, government, other] = parseGazetteerTsv(text, 'p.tsv')
  assert.ok(rebel && government && other)
  assert.equal(isValidOn(rebel, '2024-12-07'), true)
  assert.equal(isValidOn(rebel, '2024-12-08'), false)
  assert.equal(isValidOn(government, '2024-12-08'), true)
  assert.equal(pickEntry([rebel, government], '2020-05-01')?.code, 'SYRREB')
  assert.equal(pickEntry([rebel, government], '2025-08-20')?.code, 'SYRGOV')
  assert.equal(pickEntry([rebel, government], null)?.code, 'SYRGOV')
  assert.equal(pickEntry([other], '2025-01-01'), undefined)
  assert.equal(latestBefore([other], '2025-01-01')?.english, 'Other')
})

test('dayOf reads dates and date-times, and places a bare year or month in its middle', () => {
  assert.equal(dayOf('2025-08-20'), '2025-08-20')
  assert.equal(dayOf('2025-08-20T10:00:00Z'), '2025-08-20')
  assert.equal(dayOf('2025-08'), '2025-08-15')
  assert.equal(dayOf('2025'), '2025-07-01')
  assert.equal(dayOf('yesterday'), null)
  assert.equal(dayOf(null), null)
})
