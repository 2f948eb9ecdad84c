import assert from 'node:assert/strict'
import { test } from 'node:test'
import { framingSummary } from '../../src/framing/framing-summary.js'
import { framesOf } from '../attribution/find.js'

test('frames are counted by target, kind and lean, the most framed target first', () => {
  const summary = framingSummary(
    framesOf(
      'وقصفت قوات الاحتلال مواقع في غزة، وطالب البيان بانسحاب القوات “الإسرائيلية”، وشيع الأهالي الشهداء، وحذر من الميليشيات الحوثية.',
    ),
  )
  // One frame each: ties go by code, frames with no target last.
  assert.deepEqual(
    summary.map((entry) => entry.target),
    ['ISR', 'ISRMIL', 'YEMREB', null],
  )
  assert.deepEqual(summary[1], {
    target: 'ISRMIL',
    total: 1,
    kinds: { 'loaded-term': 1, 'scare-quotes': 0, label: 0 },
    leans: { negative: 1, positive: 0 },
  })
  assert.equal(summary[0]?.kinds['scare-quotes'], 1)
  assert.equal(summary.at(-1)?.leans.positive, 1)
})

test('no frames, no summary', () => {
  assert.deepEqual(framingSummary([]), [])
})
