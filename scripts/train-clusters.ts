/**
 * Learns hierarchical word clusters from unlabeled Arabic text (SaudiNewsNet, plus the raw tokens of
 * the ANERcorp training part and WikiFANE), for the entity tagger's cluster-path features.
 *
 * Method: positional context counts (±1, ±2 over light-stemmed neighbours) → PPMI → randomized
 * SVD (rank 128) → bisecting spherical 2-means, giving Brown-style bit-string paths.
 *
 *   npm run train:clusters [-- --words 100000 --out models/word-clusters.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bisectingKMeansPaths } from '../src/entities/clustering/bisecting-kmeans.js'
import { hierarchicalPaths } from '../src/entities/clustering/hierarchical-clusters.js'
import { randomizedSvdEmbedding } from '../src/entities/clustering/randomized-svd.js'
import { countMatrixFromKeys, toPositivePmi } from '../src/entities/clustering/sparse-matrix.js'
import { parseConll, splitSentences } from '../src/entities/conll.js'
import { coreForm, foldForTagging, stripProclitics } from '../src/entities/text-forms.js'
import { readSaudiNewsNetParagraphs, tokenizeParagraph } from './saudinewsnet.js'

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'models/word-clusters.tsv' },
    words: { type: 'string', default: '100000' },
    contexts: { type: 'string', default: '10000' },
    'min-count': { type: 'string', default: '3' },
    rank: { type: 'string', default: '128' },
    depth: { type: 'string', default: '20' },
    'min-size': { type: 'string', default: '4' },
    'embeddings-out': { type: 'string' },
    method: { type: 'string', default: 'bisecting' },
    groups: { type: 'string', default: '1000' },
  },
})

const started = Date.now()
const log = (message: string): void => {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`)
}

// Every distinct folded form gets an id; the corpus is one Int32Array of ids, -1 between sentences.
const formIds = new Map<string, number>()
const forms: string[] = []
let corpus = new Int32Array(1 << 24)
let corpusLength = 0
const push = (id: number): void => {
  if (corpusLength === corpus.length) {
    const grown = new Int32Array(corpus.length * 2)
    grown.set(corpus)
    corpus = grown
  }
  corpus[corpusLength++] = id
}
const addSentence = (tokens: Iterable<string>): void => {
  for (const token of tokens) {
    const form = coreForm(foldForTagging(token))
    if (form === '') continue
    let id = formIds.get(form)
    if (id === undefined) {
      id = forms.length
      formIds.set(form, id)
      forms.push(form)
    }
    push(id)
  }
  push(-1)
}

const { paragraphs, articles } = readSaudiNewsNetParagraphs(options.data)
for (const paragraph of paragraphs) addSentence(tokenizeParagraph(paragraph))
log(`SaudiNewsNet: ${articles} articles, ${corpusLength} tokens`)
// Only the training part of ANERcorp: its dev sentences must stay unseen.
const anercorp = parseConll(readFileSync(join(options.data, 'anercorp-train/train.txt'), 'utf8'))
for (const sentence of splitSentences(anercorp, 0.9).train) addSentence(sentence.words)
for (const sentence of parseConll(
  readFileSync(join(options.data, 'wikifane/WikiFANE_Gold_2014_500K.txt'), 'utf8'),
))
  addSentence(sentence.words)
log(`with ANERcorp train and WikiFANE: ${corpusLength} tokens, ${forms.length} distinct forms`)

// Targets: whole folded forms and their proclitic-stripped stems share one vocabulary, so a rare
// `وبالرياض` still finds `الرياض` and `رياض`. Contexts: stems of the neighbours.
const stemOf = Int32Array.from(forms, (form) => {
  const stem = stripProclitics(form)
  let id = formIds.get(stem)
  if (id === undefined) {
    id = forms.length
    formIds.set(stem, id)
    forms.push(stem)
  }
  return id
})
const formCounts = new Float64Array(forms.length)
const stemCounts = new Float64Array(forms.length)
for (let index = 0; index < corpusLength; index++) {
  const id = corpus[index]!
  if (id < 0) continue
  formCounts[id]!++
  stemCounts[stemOf[id]!]!++
  if (stemOf[id] !== id) formCounts[stemOf[id]!]!++
}
const topIds = (counts: Float64Array, limit: number, minimum: number): number[] =>
  [...counts.keys()]
    .filter((id) => counts[id]! >= minimum)
    .sort((left, right) => counts[right]! - counts[left]! || (forms[left]! < forms[right]! ? -1 : 1))
    .slice(0, limit)
const targets = topIds(formCounts, Number(options.words), Number(options['min-count']))
const contexts = topIds(stemCounts, Number(options.contexts), 1)
const targetOf = new Int32Array(forms.length).fill(-1)
targets.forEach((id, index) => {
  targetOf[id] = index
})
const contextOf = new Int32Array(forms.length).fill(-1)
contexts.forEach((id, index) => {
  contextOf[id] = index
})
const boundary = contexts.length
const contextWidth = contexts.length + 1
const offsets = [-2, -1, 1, 2]
const columns = offsets.length * contextWidth
log(`${targets.length} target words (count ≥ ${options['min-count']}), ${contexts.length} context stems`)

let keyCount = 0
let keys = new Float64Array(corpusLength * 4)
const addKey = (key: number): void => {
  if (keyCount === keys.length) {
    const grown = new Float64Array(keys.length * 2)
    grown.set(keys)
    keys = grown
  }
  keys[keyCount++] = key
}
for (let index = 0; index < corpusLength; index++) {
  const id = corpus[index]!
  if (id < 0) continue
  const wordTarget = targetOf[id]!
  const stemTarget = stemOf[id] !== id ? targetOf[stemOf[id]!]! : -1
  if (wordTarget < 0 && stemTarget < 0) continue
  for (let slot = 0; slot < offsets.length; slot++) {
    let position = index
    let context = -1
    // Walk towards the offset, stopping at a sentence edge (which is itself a context).
    const step = Math.sign(offsets[slot]!)
    for (let walked = 0; walked < Math.abs(offsets[slot]!); walked++) {
      position += step
      const neighbour = position >= 0 && position < corpusLength ? corpus[position]! : -1
      if (neighbour < 0) {
        context = boundary
        break
      }
      if (walked === Math.abs(offsets[slot]!) - 1) context = contextOf[stemOf[neighbour]!]!
    }
    if (context < 0) continue
    const column = slot * contextWidth + context
    if (wordTarget >= 0) addKey(wordTarget * columns + column)
    if (stemTarget >= 0) addKey(stemTarget * columns + column)
  }
}
log(`${keyCount} co-occurrences`)
const counts = countMatrixFromKeys(keys.subarray(0, keyCount), targets.length, columns)
keys = new Float64Array(0)
log(`${counts.values.length} distinct cells`)
const pmi = toPositivePmi(counts)
const rank = Number(options.rank)
const embedding = randomizedSvdEmbedding(pmi, { rank, powerIterations: 2, weight: 0.5, seed: 11, log })
log('SVD done')
if (options['embeddings-out']) {
  // For experiments: the vectors (Float32, rank per row) and a word list, before clustering.
  writeFileSync(options['embeddings-out'], Buffer.from(Float32Array.from(embedding).buffer))
  writeFileSync(
    `${options['embeddings-out']}.words`,
    `${targets.map((id) => `${forms[id]}\t${formCounts[id]}`).join('\n')}\n`,
  )
}
// bisecting: recursive 2-means from the top (fast); kmeans-ward: flat k-means groups merged by
// Ward's criterion, with a few bits of 2-means inside each group (slower, steadier for rare words).
const paths =
  options.method === 'kmeans-ward'
    ? hierarchicalPaths(embedding, rank, {
        clusters: Number(options.groups),
        iterations: 12,
        innerDepth: 6,
        minSize: Number(options['min-size']),
        seed: 5,
        log,
      })
    : bisectingKMeansPaths(embedding, rank, {
        maxDepth: Number(options.depth),
        minSize: Number(options['min-size']),
        seed: 13,
      })
const leaves = new Set(paths).size
const meanDepth = paths.reduce((sum, path) => sum + path.length, 0) / paths.length
log(`${leaves} leaf clusters, mean path length ${meanDepth.toFixed(1)} bits`)

const order = targets
  .map((id, index) => ({ word: forms[id]!, path: paths[index]!, count: formCounts[id]! }))
  .sort((left, right) =>
    left.path < right.path
      ? -1
      : left.path > right.path
        ? 1
        : right.count - left.count || (left.word < right.word ? -1 : 1),
  )
const header = [
  '# isnad word clusters: PATH<TAB>WORD, words folded (src/entities/text-forms.ts), hierarchical bit-string paths.',
  `# Source: SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0; ${articles} articles), ANERcorp CAMeL train part, first 90% of sentences (CC BY-SA 4.0), WikiFANE Gold (CC BY-SA 3.0).`,
  '# Licence of this derived file: CC BY-NC-SA 4.0 (inherits SaudiNewsNet).',
  `# Method: ±1/±2 stem contexts (${contexts.length}), PPMI, randomized SVD rank ${rank}, ${
    options.method === 'kmeans-ward'
      ? `spherical k-means (${options.groups} groups) merged by Ward's criterion, 2-means inside groups`
      : `bisecting spherical 2-means (depth ≤ ${options.depth}, leaves ≥ ${options['min-size']} words unless split exhausted)`
  }: ${leaves} leaves.`,
  `# Command: npm run train:clusters${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''} (${corpusLength} corpus tokens, ${targets.length} words with count ≥ ${options['min-count']}).`,
]
writeFileSync(
  options.out,
  `${header.join('\n')}\n${order.map((entry) => `${entry.path}\t${entry.word}`).join('\n')}\n`,
)
log(`wrote ${options.out}`)
