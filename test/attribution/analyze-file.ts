/**
 * Analyses one article with the pipeline plus the attribution and framing stages and prints the Analysis
 * as JSON, for checks that run outside the unit tests (the shared seed check reads a saved Analysis):
 *
 *   node --import tsx test/attribution/analyze-file.ts ARTICLE.txt [--published YYYY-MM-DD] > analysis.json
 *
 * When the full pipeline cannot load (a model being retrained), it falls back on cleanup, segmentation
 * and times, which is all the two stages need, and says so on stderr.
 */
import { readFileSync } from 'node:fs'
import { findAttributions } from '../../src/attribution/stage.js'
import { findFrames } from '../../src/framing/stage.js'
import { loadBoilerplate } from '../../src/ingest/boilerplate.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import { analyzeDocument, documentId, toAnalysis } from '../../src/pipeline/analyze.js'
import { createDocument, type Document, type DocumentInput } from '../../src/pipeline/document.js'
import { cleanup, segment } from '../../src/pipeline/stages.js'
import { resolveTimes } from '../../src/time/stage.js'

const [file, flag, published] = process.argv.slice(2)
if (file === undefined) {
  process.stderr.write('usage: analyze-file.ts ARTICLE.txt [--published YYYY-MM-DD]\n')
  process.exit(2)
}
const input: DocumentInput = {
  text: readFileSync(file, 'utf8'),
  published: flag === '--published' ? (published ?? null) : null,
}

const basics = (): Document => {
  const created = createDocument(input, documentId(input.text))
  return resolveTimes(segment(cleanup(created, { boilerplate: loadBoilerplate() })))
}

let document: Document
try {
  document = analyzeDocument(input)
} catch (error) {
  process.stderr.write(
    `analyze-file: full pipeline unavailable (${(error as Error).message}); without entities\n`,
  )
  document = basics()
}
const resources = { gazetteer: loadGazetteer() }
const stages = [findAttributions, findFrames]
const analysed = stages.reduce((current, stage) => stage(current, resources), document)
process.stdout.write(`${JSON.stringify(toAnalysis(analysed), null, 2)}\n`)
