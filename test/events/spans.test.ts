/** Every evidence span the event coder emits points at its own text. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { spansOf } from '../helpers/spans.js'
import { codedDocument } from './code.js'

const TEXTS = [
  'لقاء سوري – “صهيوني” في باريس بوساطة أميركية.\nوكشف مصدر دبلوماسي أن اللقاء عُقد مؤخرًا في العاصمة الفرنسية، وجمع بين وفد سوري وممثلين عن الكيان “الإسرائيلي”.',
  'وبالتزامن، اعتقلت قوات الاحتلال عشرة فلسطينيين في نابلس، وأطلقت سراح ثلاثة آخرين.',
  'واتهم الوفدُ الاحتلالَ “الإسرائيلي” بالمسؤولية عن التصعيد، مطالبًا بانسحاب فوري للقوات “الإسرائيلية”.',
  'شنّت طائراتٌ حربية إسرائيلية غاراتٍ على مواقع في جنوب لبنان فجر الثلاثاء.',
]

test('the trigger, participants, location and date of every event are spans of the text', () => {
  for (const text of TEXTS) {
    const document = codedDocument(text)
    assert.ok(document.events.length > 0, text)
    for (const span of spansOf(document.events)) {
      assert.ok(span.start <= span.end, span.path)
      if (span.text !== undefined)
        assert.equal(document.text.slice(span.start, span.end), span.text, span.path)
    }
  }
})

test('event ids run v1, v2, … in text order', () => {
  const events = codedDocument(TEXTS[1]!).events
  assert.deepEqual(
    events.map((event) => event.id),
    events.map((_, index) => `v${index + 1}`),
  )
  const starts = events.map((event) => event.trigger.start)
  assert.deepEqual(
    starts,
    [...starts].sort((left, right) => left - right),
  )
})

test('trigger spans leave out the conjunction and the preposition: وبالتزامن، بانسحاب', () => {
  const events = codedDocument(TEXTS[2]!).events
  assert.deepEqual(
    events.map((event) => event.trigger.text),
    ['اتهم', 'مطالبًا'],
  )
})
