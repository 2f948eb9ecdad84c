/** One runner over the golden cases in test/fixtures/time/*.json (see the README there). */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { timesOf } from './find.js'

interface ExpectedTime {
  readonly text: string
  readonly value: string | null
  readonly precision?: string | null
  readonly calendar?: string
  readonly kind?: string
}

interface GoldenCase {
  readonly text: string
  readonly published: string | null
  readonly times: readonly ExpectedTime[]
}

const folder = fileURLToPath(new URL('../fixtures/time/', import.meta.url))

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { cases } = JSON.parse(readFileSync(folder + file, 'utf8')) as { cases: readonly GoldenCase[] }
  for (const [index, golden] of cases.entries()) {
    test(`${file} #${index + 1}: ${golden.text.slice(0, 50)}`, () => {
      const found = timesOf(golden.text, golden.published)
      // Compare only the fields each expectation names.
      const actual = found.map((time, at) => {
        const expected = golden.times[at]
        const shown: Record<string, unknown> = { text: time.text, value: time.value }
        for (const field of ['precision', 'calendar', 'kind'] as const) {
          if (expected !== undefined && field in expected) shown[field] = time[field]
        }
        return shown
      })
      assert.deepEqual(actual, golden.times)
      for (const time of found) assert.equal(golden.text.slice(time.start, time.end), time.text)
    })
  }
}
