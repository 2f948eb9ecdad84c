/**
 * Scores the committed entity tagger on the ANERcorp dev split (the last 10% of the train part's
 * sentences): conlleval-style exact spans, per-class and micro P/R/F1, plus load time and speed.
 *
 *   npm run eval:ner [-- --model models/ner.bin --errors 30]   (--errors N: the first N span errors and a count by kind)
 */
import { parseArgs } from 'node:util'
import { bioSpans, type TokenSpan } from '../src/entities/bio.js'
import { formatSpanScores } from '../src/entities/span-scores.js'
import {
  DEFAULT_CLUSTERS_PATH,
  DEFAULT_CORPUS_TAGS_PATH,
  DEFAULT_MODEL_PATH,
  DEFAULT_NAMES_PATH,
  DEFAULT_TRAINING_NAMES_PATH,
} from '../src/entities/tagger.js'
import { DEFAULT_DATA_DIRECTORY, loadAnercorpSplit } from './ner-data.js'
import { evaluateTagger, formatPerformance } from './ner-evaluation.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIRECTORY },
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    clusters: { type: 'string', default: DEFAULT_CLUSTERS_PATH },
    names: { type: 'string', default: DEFAULT_NAMES_PATH },
    'corpus-tags': { type: 'string', default: DEFAULT_CORPUS_TAGS_PATH },
    'training-names': { type: 'string', default: DEFAULT_TRAINING_NAMES_PATH },
    errors: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
})

const { dev } = loadAnercorpSplit(options.data)
const evaluation = evaluateTagger(dev, {
  ...options,
  corpusTags: options['corpus-tags'],
  trainingNames: options['training-names'],
})
if (options.json) {
  // For the model card, which runs this in a fresh process so that timings are not skewed by
  // the training process's heap.
  const { predicted: _, ...summary } = evaluation
  process.stdout.write(`${JSON.stringify(summary)}\n`)
  process.exit(0)
}
console.log(
  `ANERcorp dev (last 10% of train.txt sentences): ${dev.length} sentences, ${evaluation.tokens} tokens`,
)
console.log(formatSpanScores(evaluation.scores))
console.log(formatPerformance(evaluation))

const errorLimit = Number(options.errors)
if (errorLimit > 0) {
  // Span errors, to see what the model misses: gold spans not found, and spurious ones, each with
  // its kind: `type` (same words, other type), `bounds` (overlaps a span of other extent), `none`.
  const lines: string[] = []
  const kinds = new Map<string, number>()
  const key = (span: TokenSpan): string => `${span.start}:${span.end}:${span.type}`
  const kindOf = (span: TokenSpan, others: readonly TokenSpan[]): string => {
    const overlapping = others.filter((other) => other.start < span.end && span.start < other.end)
    if (overlapping.some((other) => other.start === span.start && other.end === span.end)) return 'type'
    return overlapping.length > 0 ? 'bounds' : 'none'
  }
  dev.forEach((sentence, index) => {
    const goldSpans = bioSpans(sentence.tags)
    const predictedSpans = bioSpans(evaluation.predicted[index]!)
    const goldKeys = new Set(goldSpans.map(key))
    const predictedKeys = new Set(predictedSpans.map(key))
    const show = (span: TokenSpan): string =>
      `${sentence.words.slice(Math.max(0, span.start - 3), span.start).join(' ')} [${sentence.words.slice(span.start, span.end).join(' ')}] ${sentence.words.slice(span.end, span.end + 3).join(' ')}`
    const report = (error: string, span: TokenSpan, others: readonly TokenSpan[]): void => {
      const kind = kindOf(span, others)
      kinds.set(`${error} ${span.type} ${kind}`, (kinds.get(`${error} ${span.type} ${kind}`) ?? 0) + 1)
      lines.push(`${error.padEnd(8)} ${span.type.padEnd(4)} ${kind.padEnd(6)} ${show(span)}`)
    }
    for (const span of goldSpans) if (!predictedKeys.has(key(span))) report('missed', span, predictedSpans)
    for (const span of predictedSpans) if (!goldKeys.has(key(span))) report('spurious', span, goldSpans)
  })
  console.log(lines.slice(0, errorLimit).join('\n'))
  console.log('\nerrors by kind:')
  for (const [kind, count] of [...kinds].sort()) console.log(`${kind.padEnd(24)} ${count}`)
}
