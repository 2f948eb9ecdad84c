/** Every span the attribution and framing stages emit points at its evidence, on a whole article. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findAttributions } from '../../src/attribution/stage.js'
import { findFrames } from '../../src/framing/stage.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import { spansOf } from '../helpers/spans.js'
import { ARTICLE } from './article.js'
import { documentOf } from './find.js'

const analysed = () => {
  const gazetteer = loadGazetteer()
  return findFrames(findAttributions(documentOf(ARTICLE, '2025-05-01'), { gazetteer }), { gazetteer })
}

test('every attribution and frame span is the text it claims', () => {
  const document = analysed()
  const spans = [...spansOf({ attributions: document.attributions, frames: document.frames })]
  assert.ok(spans.length > 20, `only ${spans.length} spans`)
  for (const span of spans) {
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= ARTICLE.length, span.path)
    if (span.text !== undefined) assert.equal(ARTICLE.slice(span.start, span.end), span.text, span.path)
  }
})

test('attribution ids run q1, q2, … in the order of their cues', () => {
  const { attributions } = analysed()
  assert.deepEqual(
    attributions.map((attribution) => attribution.id),
    attributions.map((_, index) => `q${index + 1}`),
  )
  const starts = attributions.map((attribution) => attribution.cue.start)
  assert.deepEqual(
    starts,
    [...starts].sort((left, right) => left - right),
  )
})

test('content never holds its own cue and stays inside the text', () => {
  for (const attribution of analysed().attributions) {
    const { content, cue } = attribution
    assert.ok(content.start < content.end, attribution.id)
    assert.ok(cue.end <= content.start || content.end <= cue.start, attribution.id)
  }
})

test('the article yields the speakers a reader sees', () => {
  const speakers = analysed().attributions.map(
    (attribution) => `${attribution.speaker.kind}:${attribution.speaker.text}`,
  )
  for (const expected of [
    'named:وزير الخارجية اللبناني',
    'anonymous:مصدر دبلوماسي رفيع',
    'anonymous:المصدر',
    'named:وزير الخارجية اللبناني يوسف رجي',
    'document:بيان صادر عن قيادة الجيش',
    'anonymous:مسؤول أمني',
    'named:الأمين العام للأمم المتحدة',
  ]) {
    assert.ok(speakers.includes(expected), `${expected} not in ${speakers.join(' | ')}`)
  }
  // يذكر أن … is the outlet's own voice.
  assert.ok(!analysed().attributions.some((attribution) => attribution.cue.text === 'يذكر'))
})

test('a whole article takes milliseconds, not seconds', () => {
  const text = Array.from({ length: 40 }, () => ARTICLE).join('\n\n')
  const gazetteer = loadGazetteer()
  const document = documentOf(text, '2025-05-01')
  findAttributions(document, { gazetteer })
  const started = performance.now()
  const result = findFrames(findAttributions(document, { gazetteer }), { gazetteer })
  const elapsed = performance.now() - started
  assert.ok(result.attributions.length >= 40 * 7)
  assert.ok(elapsed < 3000, `${Math.round(elapsed)} ms for ${text.length} characters`)
})
