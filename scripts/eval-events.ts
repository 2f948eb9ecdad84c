/**
 * Evaluates the event coder (`npm run eval:events`): on the dev set written for isnad
 * (test/fixtures/events-dev/sentences.tsv), precision, recall and F1 of event-type detection, per type
 * and overall, and of the actor and recipient countries of the events found; then the example article's
 * event expectations (read from ../shared/seed at run time, when it is there).
 *
 *   node --import tsx scripts/eval-events.ts [--verbose]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findAttributions } from '../src/attribution/stage.js'
import { codeEvents } from '../src/events/stage.js'
import { loadBoilerplate } from '../src/ingest/boilerplate.js'
import { loadGazetteer } from '../src/lexicon/gazetteer.js'
import type { Event } from '../src/pipeline/analysis.js'
import { analyzeDocument } from '../src/pipeline/analyze.js'
import { createDocument, type Document } from '../src/pipeline/document.js'
import { cleanup, segment } from '../src/pipeline/stages.js'
import { resolveTimes } from '../src/time/stage.js'
import { PLOVER_TYPES, type PloverType } from '../src/vocabulary/plover.js'

const root = resolve(import.meta.dirname, '..')
const verbose = process.argv.includes('--verbose')
const PUBLISHED = '2025-08-20'
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE'])

interface GoldEvent {
  readonly type: PloverType
  readonly actors: readonly string[]
  readonly recipients: readonly string[]
  readonly negated: boolean
  readonly modality: string
}

interface Item {
  readonly id: string
  readonly text: string
  readonly gold: readonly GoldEvent[]
}

const parseGold = (cell: string): GoldEvent[] =>
  cell.trim() === '-'
    ? []
    : cell.split(' ; ').map((part) => {
        const [type = '', ...rest] = part.trim().split(/\s+/)
        const roles = rest.find((token) => token.includes('>')) ?? '>'
        const [actors = '', recipients = ''] = roles.split('>')
        const list = (value: string): string[] => value.split(',').filter((code) => code !== '')
        return {
          type: type as PloverType,
          actors: list(actors),
          recipients: list(recipients),
          negated: rest.includes('!neg'),
          modality: rest.find((token) => token.startsWith('@'))?.slice(1) ?? 'asserted',
        }
      })

const DEV_FILES = ['sentences.tsv', 'second-pass.tsv', 'third-pass.tsv']

const readDevSet = (): Item[] => DEV_FILES.flatMap((name) => readDevFile(name))

const readDevFile = (name: string): Item[] =>
  readFileSync(join(root, 'test', 'fixtures', 'events-dev', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [id = '', gold = '', text = ''] = line.split('\t')
      return { id, text, gold: parseGold(gold) }
    })

const gazetteer = loadGazetteer()
let fullPipeline = true
let attributionsWork = true

/** The document through every stage the events read: the full pipeline when it runs, else the foundation. */
const prepare = (text: string, published: string): Document => {
  let document: Document | undefined
  if (fullPipeline) {
    try {
      document = analyzeDocument({ text, published })
    } catch (error) {
      fullPipeline = false
      console.log(
        `(analyzeDocument failed: ${String((error as Error).message).split('\n')[0]}; using segment + times)`,
      )
    }
  }
  document ??= segment(
    cleanup(createDocument({ text, published }, 'eval'), { boilerplate: loadBoilerplate() }),
  )
  if (document.times.length === 0) document = resolveTimes(document)
  if (document.attributions.length === 0 && attributionsWork) {
    try {
      document = findAttributions(document, { gazetteer })
    } catch (error) {
      attributionsWork = false
      console.log(
        `(attributions failed: ${String((error as Error).message).split('\n')[0]}; going on without)`,
      )
    }
  }
  return codeEvents(document, { gazetteer })
}

const countryOf = (code: string | null): string => (code ?? '').slice(0, 3)
const countries = (participants: Event['actors']): string[] => [
  ...new Set(participants.map((participant) => countryOf(participant.code)).filter((code) => code !== '')),
]

interface Counts {
  tp: number
  fp: number
  fn: number
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
const f1 = ({ tp, fp, fn }: Counts): string => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `P ${precision.toFixed(2)}  R ${recall.toFixed(2)}  F1 ${f.toFixed(2)}  (tp ${tp} fp ${fp} fn ${fn})`
}

/** Adds the country comparison of one side to `into`. */
const compareCodes = (gold: readonly string[], found: readonly string[], into: Counts): void => {
  for (const code of gold)
    if (found.includes(code)) into.tp++
    else into.fn++
  for (const code of found) if (!gold.includes(code)) into.fp++
}

const matchScore = (gold: GoldEvent, event: Event): number => {
  const found = [...countries(event.actors), ...countries(event.recipients)]
  return [...gold.actors, ...gold.recipients].filter((code) => found.includes(code)).length
}

const byType = new Map<string, Counts>(Object.keys(PLOVER_TYPES).map((type) => [type, counts()]))
const overall = counts()
const actorCodes = counts()
const recipientCodes = counts()
let codedGold = 0
let codedRight = 0
let polarityRight = 0
let modalityRight = 0
let matchedPairs = 0
const mistakes: string[] = []

const started = performance.now()
const items = readDevSet()
for (const item of items) {
  const events = [...prepare(item.text, PUBLISHED).events]
  const unmatched = new Set(events)
  const notes: string[] = []
  for (const gold of item.gold) {
    const candidates = [...unmatched].filter((event) => event.type === gold.type)
    candidates.sort((left, right) => matchScore(gold, right) - matchScore(gold, left))
    const event = candidates[0]
    const typeCounts = byType.get(gold.type)!
    const coded = gold.actors.length + gold.recipients.length > 0
    if (coded) codedGold++
    if (event === undefined) {
      typeCounts.fn++
      overall.fn++
      notes.push(`missed ${gold.type}`)
      continue
    }
    unmatched.delete(event)
    typeCounts.tp++
    overall.tp++
    matchedPairs++
    if (event.negated === gold.negated) polarityRight++
    else notes.push(`${gold.type} negated ${event.negated}`)
    if (event.modality === gold.modality || (gold.modality === 'asserted' && event.modality === 'reported'))
      modalityRight++
    else notes.push(`${gold.type} modality ${event.modality} ≠ ${gold.modality}`)
    if (!coded) continue
    let actors = countries(event.actors)
    let recipients = countries(event.recipients)
    let goldActors = gold.actors
    let goldRecipients = gold.recipients
    if (SYMMETRIC.has(gold.type)) {
      // Symmetric events: the parties are one set, whichever side each stands on.
      const parties = [...new Set([...actors, ...recipients])]
      const goldParties = [...new Set([...gold.actors, ...gold.recipients])]
      actors = parties.filter((code) => goldParties.includes(code) && gold.actors.includes(code))
      recipients = parties.filter((code) => !actors.includes(code))
      goldActors = gold.actors
      goldRecipients = gold.recipients.filter((code) => !gold.actors.includes(code))
    }
    compareCodes(goldActors, actors, actorCodes)
    compareCodes(goldRecipients, recipients, recipientCodes)
    const found = SYMMETRIC.has(gold.type) ? [...actors, ...recipients] : null
    const right = found
      ? [...gold.actors, ...gold.recipients].every((code) => found.includes(code))
      : gold.actors.every((code) => actors.includes(code)) &&
        gold.recipients.every((code) => recipients.includes(code))
    if (right) codedRight++
    else
      notes.push(
        `${gold.type} parties ${countries(event.actors)}>${countries(event.recipients)} ≠ ${gold.actors}>${gold.recipients}`,
      )
  }
  for (const event of unmatched) {
    byType.get(event.type)!.fp++
    overall.fp++
    notes.push(`extra ${event.type} "${event.trigger.text}"`)
  }
  if (notes.length > 0) mistakes.push(`${item.id}  ${notes.join('; ')}\n      ${item.text}`)
}
const elapsed = performance.now() - started

console.log(
  `isnad events — dev set: ${items.length} sentences, ${items.reduce((sum, item) => sum + item.gold.length, 0)} gold events (${elapsed.toFixed(0)} ms)`,
)
console.log('')
console.log('event type detection, per type')
for (const [type, typeCounts] of byType) console.log(`  ${type.padEnd(10)} ${f1(typeCounts)}`)
console.log(`  ${'overall'.padEnd(10)} ${f1(overall)}`)
console.log('')
console.log('countries of matched events')
console.log(`  actors     ${f1(actorCodes)}`)
console.log(`  recipients ${f1(recipientCodes)}`)
console.log(
  `  gold events with coded parties all found: ${codedRight}/${codedGold} (${((100 * codedRight) / Math.max(1, codedGold)).toFixed(0)}%)`,
)
console.log(
  `  negation right: ${polarityRight}/${matchedPairs}; modality right: ${modalityRight}/${matchedPairs}`,
)
if (verbose) {
  console.log('')
  console.log('mistakes')
  for (const mistake of mistakes) console.log(`  ${mistake}`)
}

// The example article's event expectations (CONTRACT's lenient matching: countries by their first three
// letters, symmetric events as one set of parties).
const seedFolder = resolve(root, '..', 'shared', 'seed')
const seedName = '000_163b4c5298a4b073'
if (existsSync(join(seedFolder, `${seedName}.txt`))) {
  const expected = JSON.parse(readFileSync(join(seedFolder, `${seedName}.expected.json`), 'utf8')) as {
    published: string
    events: {
      what: string
      type: string[]
      negated?: boolean
      parties?: string[]
      actors?: string[]
      recipients?: string[]
      mediators?: string[]
      location_country?: string
      actors_text_contains?: string
    }[]
  }
  const document = prepare(readFileSync(join(seedFolder, `${seedName}.txt`), 'utf8'), expected.published)
  const fold = (value: string): string =>
    value
      .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
      .replace(/[“”"«»'‘’]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
  const hasAll = (have: readonly string[], want: readonly string[]): boolean =>
    want.every((code) => have.includes(code))
  let met = 0
  console.log('')
  console.log('example article (../shared/seed)')
  for (const expectation of expected.events) {
    const found = document.events.some((event) => {
      if (!expectation.type.includes(event.type)) return false
      if (expectation.negated !== undefined && event.negated !== expectation.negated) return false
      const actors = countries(event.actors)
      const recipients = countries(event.recipients)
      const symmetric = SYMMETRIC.has(event.type)
      if (expectation.parties && !hasAll([...actors, ...recipients], expectation.parties)) return false
      if (expectation.actors && !hasAll(symmetric ? [...actors, ...recipients] : actors, expectation.actors))
        return false
      if (
        expectation.recipients &&
        !hasAll(symmetric ? [...actors, ...recipients] : recipients, expectation.recipients)
      ) {
        return false
      }
      if (expectation.mediators && !hasAll(countries(event.mediators), expectation.mediators)) return false
      if (
        expectation.location_country &&
        countryOf(event.location?.country ?? null) !== expectation.location_country
      ) {
        return false
      }
      if (
        expectation.actors_text_contains &&
        !event.actors.some((actor) => fold(actor.text).includes(fold(expectation.actors_text_contains!)))
      ) {
        return false
      }
      return true
    })
    if (found) met++
    console.log(`  ${found ? 'PASS' : 'FAIL'}  ${expectation.type.join('|')}: ${expectation.what}`)
  }
  console.log(`  seed events: ${met}/${expected.events.length} expectations met`)
  if (verbose)
    for (const event of document.events) console.log(`    ${event.id} ${event.type} ${event.summary}`)
}
