/** One runner over the golden cases in test/fixtures/events/*.json (see the README there). */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Event, EventParticipant } from '../../src/pipeline/analysis.js'
import { codedDocument } from './code.js'

interface ExpectedEvent {
  readonly type: string
  readonly actors?: readonly string[]
  readonly recipients?: readonly string[]
  readonly mediators?: readonly string[]
  readonly negated?: boolean
  readonly modality?: string
  readonly mode?: string | null
  readonly trigger?: string
  readonly location?: string
  readonly date?: string | null
}

interface GoldenCase {
  readonly text: string
  readonly published: string | null
  readonly events: readonly ExpectedEvent[]
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE'])
const folder = fileURLToPath(new URL('../fixtures/events/', import.meta.url))
const countries = (participants: readonly EventParticipant[]): string[] =>
  participants.map((participant) => (participant.code ?? '').slice(0, 3))

/** The event as the expectation sees it: only the fields it names. */
const shown = (event: Event, expected: ExpectedEvent): Record<string, unknown> => {
  const view: Record<string, unknown> = { type: event.type }
  if (SYMMETRIC.has(event.type) && expected.actors !== undefined && expected.recipients !== undefined) {
    view.parties = [...countries(event.actors), ...countries(event.recipients)].sort()
  } else {
    if (expected.actors !== undefined) view.actors = countries(event.actors)
    if (expected.recipients !== undefined) view.recipients = countries(event.recipients)
  }
  if (expected.mediators !== undefined) view.mediators = countries(event.mediators)
  if (expected.negated !== undefined) view.negated = event.negated
  if (expected.modality !== undefined) view.modality = event.modality
  if (expected.mode !== undefined) view.mode = event.mode
  if (expected.trigger !== undefined) view.trigger = event.trigger.text
  if (expected.location !== undefined) view.location = event.location?.text ?? null
  if (expected.date !== undefined) view.date = event.date?.value ?? null
  return view
}

const wanted = (expected: ExpectedEvent): Record<string, unknown> => {
  const view: Record<string, unknown> = { ...expected }
  if (SYMMETRIC.has(expected.type) && expected.actors !== undefined && expected.recipients !== undefined) {
    view.parties = [...expected.actors, ...expected.recipients].sort()
    delete view.actors
    delete view.recipients
  }
  return view
}

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { cases } = JSON.parse(readFileSync(folder + file, 'utf8')) as { cases: readonly GoldenCase[] }
  for (const [index, golden] of cases.entries()) {
    test(`${file} #${index + 1}: ${golden.text.slice(0, 50)}`, () => {
      const events = codedDocument(golden.text, golden.published).events
      assert.deepEqual(
        events.map((event, at) => shown(event, golden.events[at] ?? { type: event.type })),
        golden.events.map(wanted),
      )
    })
  }
}
