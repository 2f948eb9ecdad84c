/**
 * `npm run digest`: a fingerprint of isnad's output on real news, so that speed work can show it
 * changed nothing. Analyses the first N SaudiNewsNet articles (../shared/data) in order, with one
 * set of resources (caches warm up as in a long ingest), and prints a SHA-256 per Analysis field
 * and over everything, plus the CPU time per stage.
 *
 *   npm run digest                 the first 1,500 articles
 *   npm run digest -- --limit 5000 the first 5,000
 *
 * Two runs on the same code print the same digests; compare them before and after a change.
 */
import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { documentId, STAGES, toAnalysis } from '../src/pipeline/analyze.js'
import { createDocument, type Document } from '../src/pipeline/document.js'
import { loadResources } from '../src/pipeline/resources.js'
import { readSaudiNewsNet } from './lib/shared-data.js'

const { values } = parseArgs({ options: { limit: { type: 'string' } } })
const limit = Number(values.limit ?? 1500)
const articles = readSaudiNewsNet(limit)
if (articles.length === 0) {
  console.error('digest: no SaudiNewsNet articles in ../shared/data')
  process.exit(1)
}

const resources = loadResources()
const fields = new Map<string, ReturnType<typeof createHash>>()
const stageSeconds = STAGES.map(() => 0)
const everything = createHash('sha256')
const started = performance.now()
for (const article of articles) {
  let document: Document = createDocument({ text: article.content }, documentId(article.content))
  STAGES.forEach((stage, index) => {
    const stageStart = performance.now()
    document = stage(document, resources)
    stageSeconds[index]! += (performance.now() - stageStart) / 1000
  })
  for (const [field, value] of Object.entries(toAnalysis(document))) {
    const json = JSON.stringify(value)
    if (!fields.has(field)) fields.set(field, createHash('sha256'))
    fields.get(field)!.update(json)
    everything.update(json)
  }
}
const seconds = (performance.now() - started) / 1000

console.log(
  `${articles.length} articles in ${seconds.toFixed(1)} s (${(articles.length / seconds).toFixed(1)}/s)`,
)
for (const [field, hash] of fields) console.log(`${field.padEnd(13)} ${hash.digest('hex').slice(0, 16)}`)
console.log(`${'ALL'.padEnd(13)} ${everything.digest('hex').slice(0, 16)}`)
console.log('stage seconds:')
for (const [index, stage] of STAGES.entries())
  console.log(`  ${stage.name.padEnd(20)} ${stageSeconds[index]!.toFixed(2)}`)
