/**
 * Golden fixtures: each file in test/fixtures/text is an input with its expected tokens
 * (`[text, kind, folded]`) and sentences. Adding a case is adding a file.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { splitSentences, tokenize } from '../../src/text/index.js'

interface Fixture {
  readonly description: string
  readonly input: string
  readonly tokens: readonly (readonly [string, string, string])[]
  readonly sentences: readonly string[]
}

const directory = fileURLToPath(new URL('../fixtures/text/', import.meta.url))

for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
  const fixture = JSON.parse(readFileSync(directory + file, 'utf8')) as Fixture
  test(`golden ${file}: ${fixture.description}`, () => {
    const tokens = tokenize(fixture.input)
    assert.deepEqual(
      tokens.map((token) => [fixture.input.slice(token.start, token.end), token.kind, token.folded]),
      fixture.tokens,
    )
    assert.deepEqual(
      splitSentences(fixture.input, tokens).map((span) => fixture.input.slice(span.start, span.end)),
      fixture.sentences,
    )
  })
}
