/** Golden data drives these tests: every fixture article is analysed and compared with its expectations. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze } from '../../src/pipeline/analyze.js'
import { goldenFixtures } from '../helpers/fixtures.js'

for (const fixture of goldenFixtures()) {
  describe(`golden: ${fixture.name}`, () => {
    const { expected } = fixture
    const analysis = analyze({ id: fixture.name, text: fixture.text, published: expected.published ?? null })

    if (expected.title !== undefined) test('title', () => assert.equal(analysis.doc.title, expected.title))
    if (expected.removed)
      test('removed boilerplate', () => assert.deepEqual(analysis.removed, expected.removed))
    if (expected.text_must_not_contain) {
      test('boilerplate is gone from the text', () => {
        for (const phrase of expected.text_must_not_contain ?? [])
          assert.ok(!analysis.doc.text.includes(phrase), phrase)
      })
    }
    if (expected.sentences) {
      test('sentences', () => {
        const sentences = analysis.sentences.map((span) => analysis.doc.text.slice(span.start, span.end))
        assert.deepEqual(sentences, expected.sentences)
      })
    }
  })
}
