/** One runner over the golden cases in test/fixtures/framing/*.json (see the README there). */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Frame } from '../../src/pipeline/analysis.js'
import { framesOf } from '../attribution/find.js'

interface ExpectedFrame {
  readonly text?: string
  readonly kind?: string
  readonly target?: string | null
  readonly neutral?: string | null
  readonly lean?: string | null
}

interface GoldenCase {
  readonly text: string
  readonly published?: string
  readonly frames: readonly ExpectedFrame[]
}

const folder = fileURLToPath(new URL('../fixtures/framing/', import.meta.url))

const shown = (found: Frame, expected: ExpectedFrame | undefined): Record<string, unknown> => {
  const all: Record<string, unknown> = { ...found, lean: (found as { lean?: unknown }).lean }
  const fields = expected === undefined ? ['text', 'kind', 'target'] : Object.keys(expected)
  return Object.fromEntries(fields.map((field) => [field, all[field]]))
}

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { cases } = JSON.parse(readFileSync(folder + file, 'utf8')) as { cases: readonly GoldenCase[] }
  for (const [index, golden] of cases.entries()) {
    test(`${file} #${index + 1}: ${golden.text.slice(0, 50)}`, () => {
      const found = framesOf(golden.text, golden.published ?? null)
      assert.deepEqual(
        found.map((frame, at) => shown(frame, golden.frames[at])),
        golden.frames,
      )
      for (const frame of found) assert.equal(golden.text.slice(frame.start, frame.end), frame.text)
    })
  }
}
