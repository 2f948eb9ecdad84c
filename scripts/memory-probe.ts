/**
 * Memory of one analysis thread over SaudiNewsNet articles (../shared/data): after a forced garbage
 * collection every 1,000 articles, the RSS, live heap, external memory and array buffers, in MB, and
 * the seconds so far. A growing live heap means a cache or a leak; RSS far above the heap means V8 lets
 * garbage accumulate (see the worker heap limits in src/ingest/analysis-pool.ts).
 *
 *   node --expose-gc --import tsx scripts/memory-probe.ts 5000
 */
import { analyseForStore } from '../src/ingest/analysed-document.js'
import { loadResources } from '../src/pipeline/resources.js'
import { readSaudiNewsNet } from './lib/shared-data.js'

const articles = readSaudiNewsNet(Number(process.argv[2] ?? 4000))
const megabytes = (bytes: number): string => (bytes / 1_048_576).toFixed(0)

const report = (label: string): void => {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  console.log(
    `${label}: rss ${megabytes(usage.rss)}, heap ${megabytes(usage.heapUsed)}, external ${megabytes(usage.external)}, array buffers ${megabytes(usage.arrayBuffers)}`,
  )
}

report('articles read')
const resources = loadResources()
report('resources loaded')
const started = performance.now()
for (const [index, article] of articles.entries()) {
  const { content, title, url, source } = article
  analyseForStore(
    { id: String(index), text: content, title, url, outlet: source, published: null },
    resources,
  )
  if ((index + 1) % 1000 === 0) {
    report(`${index + 1} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
}
