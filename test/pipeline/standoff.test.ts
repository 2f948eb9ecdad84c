/** The standoff invariant: every span the analysis emits points at exactly the text it claims. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { analyze } from '../../src/pipeline/analyze.js'
import { goldenFixtures } from '../helpers/fixtures.js'
import { spansOf } from '../helpers/spans.js'

const examples = ['amman-water-talks.txt'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'),
}))

for (const { name, text } of [...goldenFixtures(), ...examples]) {
  test(`every span in the analysis of ${name} slices to its text`, () => {
    const analysis = analyze({ id: name, text, published: '2025-08-20' })
    const length = analysis.doc.text.length
    let checked = 0
    for (const span of spansOf(analysis)) {
      assert.ok(
        0 <= span.start && span.start <= span.end && span.end <= length,
        `${span.path} is out of bounds`,
      )
      if (span.text !== undefined) {
        assert.equal(analysis.doc.text.slice(span.start, span.end), span.text, span.path)
      }
      checked++
    }
    assert.ok(checked >= analysis.sentences.length)
  })
}
