import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDocument } from '../../src/pipeline/document.js'
import { segment } from '../../src/pipeline/stages.js'
import { resolveTimes } from '../../src/time/stage.js'

test('resolveTimes fills document.times from the text and publication date', () => {
  const document = segment(
    createDocument({ text: 'وصل الوفد أمس إلى العاصمة.', published: '2025-03-01' }, 'd1'),
  )
  const result = resolveTimes(document)
  assert.deepEqual(result.times, [
    {
      start: 10,
      end: 13,
      text: 'أمس',
      value: '2025-02-28',
      precision: 'day',
      calendar: 'gregorian',
      kind: 'relative',
    },
  ])
  assert.equal(result.text, document.text)
  assert.deepEqual(result.messages, [])
})

test('it tokenises the text itself when segmentation has not run', () => {
  const result = resolveTimes(createDocument({ text: 'في 8 كانون الأول 2024', published: null }, 'd2'))
  assert.deepEqual(
    result.times.map((time) => time.value),
    ['2024-12-08'],
  )
})

test('a publication date that is not YYYY-MM-DD leaves a warning and relative dates unresolved', () => {
  const result = resolveTimes(createDocument({ text: 'وصل الوفد أمس', published: '20/08/2025' }, 'd3'))
  assert.equal(result.times[0]?.value, null)
  assert.equal(result.messages.length, 1)
  assert.equal(result.messages[0]?.stage, 'time')
})

test('a full timestamp as publication date is read for its date', () => {
  const result = resolveTimes(
    createDocument({ text: 'وصل الوفد أمس', published: '2025-03-01T08:00:00Z' }, 'd4'),
  )
  assert.equal(result.times[0]?.value, '2025-02-28')
  assert.deepEqual(result.messages, [])
})

test('a time inside a longer name is dropped; one the tagger took whole is kept', () => {
  const text = 'قال عبدالعزيز الخميس إن الاجتماع عقد الخميس'
  const document = segment(createDocument({ text, published: '2025-08-20' }, 'd5'))
  const name = (start: number, end: number) => ({
    id: 'e1',
    start,
    end,
    text: text.slice(start, end),
    type: 'PERS' as const,
    actor: null,
    country: null,
    latin: null,
  })
  const first = text.indexOf('الخميس')
  const second = text.lastIndexOf('الخميس')
  const named = resolveTimes({ ...document, entities: [name(4, first + 6)] })
  assert.deepEqual(
    named.times.map((time) => time.start),
    [second],
  )
  const slip = resolveTimes({ ...document, entities: [name(second, second + 6)] })
  assert.equal(slip.times.length, 2)
})
