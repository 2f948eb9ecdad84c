/**
 * Scores the committed entity tagger on the ANERcorp dev split (the last 10% of the train part's
 * sentences): conlleval-style exact spans, per-class and micro P/R/F1, plus load time and speed.
 *
 *   npm run eval:ner [-- --model models/ner.bin --errors 30]
 */
import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { bioSpans } from '../src/entities/bio.js'
import { formatSpanScores, scoreSpans } from '../src/entities/span-scores.js'
import { DEFAULT_CLUSTERS_PATH, DEFAULT_MODEL_PATH, loadTagger, tagTokens } from '../src/entities/tagger.js'
import { DEFAULT_DATA_DIRECTORY, loadAnercorpSplit } from './ner-data.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIRECTORY },
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    clusters: { type: 'string', default: DEFAULT_CLUSTERS_PATH },
    errors: { type: 'string', default: '0' },
  },
})

const { dev } = loadAnercorpSplit(options.data)
const loadStarted = performance.now()
const tagger = loadTagger({ modelPath: options.model, clustersPath: options.clusters })
const loadMilliseconds = performance.now() - loadStarted

// Tag twice: the first pass warms the per-word feature cache and the JIT, the second is timed
// with a cold cache again so the speed reflects unseen text.
let predicted = dev.map((sentence) => tagTokens(sentence.words, tagger))
const fresh = loadTagger({ modelPath: options.model, clustersPath: options.clusters })
const tokens = dev.reduce((sum, sentence) => sum + sentence.words.length, 0)
const tagStarted = performance.now()
predicted = dev.map((sentence) => tagTokens(sentence.words, fresh))
const tagSeconds = (performance.now() - tagStarted) / 1000

const gold = dev.map((sentence) => sentence.tags)
console.log(`ANERcorp dev (last 10% of train.txt sentences): ${dev.length} sentences, ${tokens} tokens`)
console.log(formatSpanScores(scoreSpans(gold, predicted)))
const size = statSync(options.model).size + statSync(options.clusters).size
console.log(
  `load ${loadMilliseconds.toFixed(0)} ms; tagging ${Math.round(tokens / tagSeconds).toLocaleString('en')} tokens/s (one core, cold word cache); model files ${(size / 1e6).toFixed(1)} MB`,
)

const errorLimit = Number(options.errors)
if (errorLimit > 0) {
  // Span-level errors, to see what the model misses: gold spans not found and spurious ones.
  const lines: string[] = []
  dev.forEach((sentence, index) => {
    const goldSpans = bioSpans(sentence.tags)
    const predictedSpans = bioSpans(predicted[index]!)
    const key = (span: { start: number; end: number; type: string }): string =>
      `${span.start}:${span.end}:${span.type}`
    const goldKeys = new Set(goldSpans.map(key))
    const predictedKeys = new Set(predictedSpans.map(key))
    const text = (span: { start: number; end: number }): string =>
      sentence.words.slice(span.start, span.end).join(' ')
    const context = (span: { start: number; end: number }): string =>
      `${sentence.words.slice(Math.max(0, span.start - 3), span.start).join(' ')} [${text(span)}] ${sentence.words.slice(span.end, span.end + 3).join(' ')}`
    for (const span of goldSpans)
      if (!predictedKeys.has(key(span))) lines.push(`missed   ${span.type.padEnd(4)} ${context(span)}`)
    for (const span of predictedSpans)
      if (!goldKeys.has(key(span))) lines.push(`spurious ${span.type.padEnd(4)} ${context(span)}`)
  })
  console.log(lines.slice(0, errorLimit).join('\n'))
}
