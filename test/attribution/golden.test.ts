/** One runner over the golden cases in test/fixtures/attribution/*.json (see the README there). */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Attribution } from '../../src/pipeline/analysis.js'
import { attributionsOf } from './find.js'

interface ExpectedAttribution {
  readonly speaker?: string
  readonly kind?: string
  readonly code?: string | null
  readonly via?: readonly string[]
  readonly cue?: string
  readonly content?: string
  readonly direct?: boolean
  readonly sameSpeakerAs?: string | null
  readonly within?: string | null
}

interface GoldenCase {
  readonly text: string
  readonly published?: string
  readonly attributions: readonly ExpectedAttribution[]
}

const folder = fileURLToPath(new URL('../fixtures/attribution/', import.meta.url))

/** The fields of `found` that `expected` names, in the shape of the expectation. */
const shown = (
  text: string,
  found: Attribution,
  expected: ExpectedAttribution | undefined,
): Record<string, unknown> => {
  const all: Record<string, unknown> = {
    speaker: found.speaker.text,
    kind: found.speaker.kind,
    code: found.speaker.code,
    via: found.via.map((relay) => relay.text),
    cue: found.cue.text,
    content: text.slice(found.content.start, found.content.end),
    direct: found.direct,
    sameSpeakerAs: (found as { sameSpeakerAs?: unknown }).sameSpeakerAs,
    within: (found as { within?: unknown }).within,
  }
  const fields = expected === undefined ? ['speaker', 'cue'] : Object.keys(expected)
  return Object.fromEntries(fields.map((field) => [field, all[field]]))
}

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { cases } = JSON.parse(readFileSync(folder + file, 'utf8')) as { cases: readonly GoldenCase[] }
  for (const [index, golden] of cases.entries()) {
    test(`${file} #${index + 1}: ${golden.text.slice(0, 50)}`, () => {
      const found = attributionsOf(golden.text, golden.published ?? null)
      assert.deepEqual(
        found.map((attribution, at) => shown(golden.text, attribution, golden.attributions[at])),
        golden.attributions,
      )
      for (const attribution of found) {
        assert.equal(
          golden.text.slice(attribution.speaker.start, attribution.speaker.end),
          attribution.speaker.text,
        )
        assert.equal(golden.text.slice(attribution.cue.start, attribution.cue.end), attribution.cue.text)
      }
    })
  }
}
