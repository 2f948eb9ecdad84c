/**
 * Analyses one article with the pipeline plus the attribution and framing stages and prints the Analysis
 * as JSON, for checks that run outside the unit tests (the shared seed check reads a saved Analysis):
 *
 *   node --import tsx test/attribution/analyze-file.ts ARTICLE.txt [--published YYYY-MM-DD] > analysis.json
 *
 * When the full pipeline cannot load (a model being retrained), it falls back on cleanup, segmentation
 * and times, which is all the two stages need, and says so on stderr.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { findAttributions } from '../../src/attribution/stage.js'
import { findFrames } from '../../src/framing/stage.js'
import { loadBoilerplate } from '../../src/ingest/boilerplate.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import { ANALYSIS_SCHEMA } from '../../src/pipeline/analysis.js'
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
  const id = createHash('sha1').update(input.text).digest('hex').slice(0, 16)
  return resolveTimes(segment(cleanup(createDocument(input, id), { boilerplate: loadBoilerplate() })))
}

let document: Document
try {
  // Loaded on demand: a half-updated entity layer must not stop the two stages from being checked.
  const { analyzeDocument } = await import('../../src/pipeline/analyze.js')
  document = analyzeDocument(input)
} catch (error) {
  process.stderr.write(
    `analyze-file: full pipeline unavailable (${(error as Error).message}); without entities\n`,
  )
  document = basics()
}
const resources = { gazetteer: loadGazetteer() }
const analysed = [findAttributions, findFrames].reduce(
  (current, stage) => stage(current, resources),
  document,
)
const analysis = {
  schema: ANALYSIS_SCHEMA,
  doc: { ...analysed.meta, text: analysed.text },
  removed: analysed.removed,
  sentences: analysed.sentences,
  entities: analysed.entities,
  events: analysed.events,
  attributions: analysed.attributions,
  frames: analysed.frames,
  times: analysed.times,
  messages: analysed.messages,
}
process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`)
