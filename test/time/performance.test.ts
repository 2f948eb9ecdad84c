import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDocument } from '../../src/pipeline/document.js'
import { segment } from '../../src/pipeline/stages.js'
import { tokenize } from '../../src/text/tokenize.js'
import { findTimes } from '../../src/time/find-times.js'
import { resolveTimes } from '../../src/time/stage.js'

// About 3 KB of news prose with a date every sentence or two.
const PARAGRAPH =
  'قال مصدر حكومي أمس إن الوفد سيصل إلى العاصمة يوم الثلاثاء المقبل لبحث ملف المياه، بعد جولة مفاوضات ' +
  'انطلقت مطلع كانون الأول/ديسمبر الماضي. وأضاف أن اللجنة عقدت ثلاثة اجتماعات منذ الثامن من كانون الأول، ' +
  'آخرها في 15 آذار 2025، وأن الطرفين اتفقا على تمديد الهدنة لمدة أسبوعين. وفي سياق متصل، أعلنت الوزارة ' +
  'أن صادرات البلاد ارتفعت خلال العام الماضي بنسبة 12 في المئة مقارنة بعام 2023، فيما يتوقع الخبراء تراجعها ' +
  'في الربع الأول من العام المقبل. '
const ARTICLE = PARAGRAPH.repeat(Math.ceil(3000 / PARAGRAPH.length))

test('a 3 KB article finds its dates (its speed is a figure in npm run bench, not a test)', () => {
  const document = segment(createDocument({ text: ARTICLE, published: '2025-08-20' }, 'bench'))
  assert.ok(resolveTimes(document).times.length > 20)
})

// Inputs built to make a careless scanner look back or ahead without end.
const PATHOLOGICAL: ReadonlyArray<readonly [string, string]> = [
  ['ordinals chained with من', 'الثامن من '],
  ['month words with no month', 'كانون تشرين '],
  ['years joined to years', '2024 و'],
  ['dashed numbers', '1-2-'],
  ['cues with nothing after', 'منذ خلال قبل '],
  ['modifiers stacked', 'مطلع صباح يوم '],
  ['weekdays and brackets', 'الثلاثاء ( '],
  ['full dates', '8 كانون الأول 2024 '],
]

/**
 * CPU milliseconds of `run`: steadier than wall time when other processes share the machine. The bound
 * below is the ceiling for pathological input (2 s), far above what a linear scan takes (tens of
 * ms), so it catches quadratic behaviour without flaking on a busy machine.
 */
const CEILING_MILLISECONDS = 2000
const cpuMilliseconds = (run: () => void): number => {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

for (const [name, unit] of PATHOLOGICAL) {
  test(`1 MB of ${name} is read in bounded time`, () => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const tokens = tokenize(text)
    // A first pass over a slice compiles the hot paths, as a long-running batch would have.
    findTimes(text.slice(0, 50_000), tokenize(text.slice(0, 50_000)), '2025-08-20')
    const elapsed = cpuMilliseconds(() => findTimes(text, tokens, '2025-08-20'))
    assert.ok(elapsed < CEILING_MILLISECONDS, `${elapsed.toFixed(0)} ms`)
  })
}

test('one 1 MB number token with date separators', () => {
  const text = '1/'.repeat(500_000) + '1'
  const tokens = tokenize(text)
  assert.ok(cpuMilliseconds(() => assert.deepEqual(findTimes(text, tokens, null), [])) < CEILING_MILLISECONDS)
})
