import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { BIO_TAGS, isAllowedTransition, TAG_COUNT, tagIndex } from '../../src/entities/bio.js'
import { createFeatureExtractor, FEATURE_VERSION } from '../../src/entities/features.js'
import { decodeSentence, emissionScores } from '../../src/entities/linear-model.js'
import { decodeModel, encodeModel } from '../../src/entities/model-file.js'
import { createNameLexicon } from '../../src/entities/name-lexicon.js'
import { meanModel, trainPerceptron } from '../../src/entities/perceptron.js'
import { createTagger, loadTagger, tagSentences, tagTokens } from '../../src/entities/tagger.js'
import { TRANSITION_ROWS, viterbiDecode } from '../../src/entities/viterbi.js'
import { parseWordClusters } from '../../src/entities/word-clusters.js'
import { sentenceScores } from '../../src/entities/word-scores.js'

const isValidBio = (tags: ArrayLike<number>): boolean => {
  for (let index = 0; index < tags.length; index++) {
    if (!isAllowedTransition(index === 0 ? -1 : tags[index - 1]!, tags[index]!)) return false
  }
  return true
}

test('Viterbi never puts I-X first or after anything but B-X/I-X, whatever the scores', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }).chain((length) =>
        fc.tuple(
          fc.constant(length),
          fc.array(fc.float({ min: -10, max: 10, noNaN: true }), {
            minLength: length * TAG_COUNT,
            maxLength: length * TAG_COUNT,
          }),
          fc.array(fc.float({ min: -10, max: 10, noNaN: true }), {
            minLength: TRANSITION_ROWS * TAG_COUNT,
            maxLength: TRANSITION_ROWS * TAG_COUNT,
          }),
        ),
      ),
      ([length, emissions, transitions]) => {
        const out = new Int32Array(length)
        viterbiDecode(Float64Array.from(emissions), length, Float64Array.from(transitions), out)
        return isValidBio(out)
      },
    ),
  )
})

test('Viterbi prefers a lone I-PERS turned into a valid span over an invalid sequence', () => {
  // Emissions say I-PERS at 0 and I-LOC at 1, which BIO forbids; the best valid path wins.
  const emissions = new Float64Array(2 * TAG_COUNT)
  emissions[tagIndex('I-PERS')] = 5
  emissions[tagIndex('B-PERS')] = 4
  emissions[TAG_COUNT + tagIndex('I-LOC')] = 5
  emissions[TAG_COUNT + tagIndex('I-PERS')] = 4
  const out = new Int32Array(2)
  viterbiDecode(emissions, 2, new Float64Array(TRANSITION_ROWS * TAG_COUNT), out)
  assert.deepEqual(
    Array.from(out, (tag) => BIO_TAGS[tag]),
    ['B-PERS', 'I-PERS'],
  )
})

const clusters = parseWordClusters(
  [
    '# invented clusters for tests',
    '0000\tسمير',
    '0000\tليلى',
    '0001\tكريم',
    '0010\tطنجة',
    '0010\tحلب',
    '0011\tوهران',
    '1000\tقال',
    '1001\tفي',
    '1010\tالمدرب',
    '1011\tزار',
  ].join('\n'),
)

test('features are deterministic: same words, same ids, from fresh extractors too', () => {
  const words = ['زار', 'المدرب', 'سمير', 'مدينة', 'حلب', '.']
  const first = createFeatureExtractor({ clusters }).extract(words)
  const again = createFeatureExtractor({ clusters })
  again.extract(['كلام', 'آخر', 'قبله'])
  const second = again.extract(words)
  assert.deepEqual(first.offsets, second.offsets)
  assert.deepEqual(first.ids, second.ids)
  assert.equal(first.offsets.length, words.length + 1)
})

// A tiny invented corpus: names after المدرب and before قال, places after في and زار.
const corpus: [string, string][][] = [
  [
    ['قال', 'O'],
    ['المدرب', 'O'],
    ['سمير', 'B-PERS'],
    ['ناصر', 'I-PERS'],
    ['في', 'O'],
    ['طنجة', 'B-LOC'],
  ],
  [
    ['زار', 'O'],
    ['المدرب', 'O'],
    ['كريم', 'B-PERS'],
    ['مدينة', 'O'],
    ['حلب', 'B-LOC'],
  ],
  [
    ['ليلى', 'B-PERS'],
    ['قالت', 'O'],
    ['إن', 'O'],
    ['نادي', 'B-ORG'],
    ['الوداد', 'I-ORG'],
    ['فاز', 'O'],
    ['في', 'O'],
    ['وهران', 'B-LOC'],
  ],
  [
    ['وصل', 'O'],
    ['وفد', 'O'],
    ['نادي', 'B-ORG'],
    ['الرجاء', 'I-ORG'],
    ['إلى', 'O'],
    ['حلب', 'B-LOC'],
  ],
]

const trainTiny = () => {
  const extractor = createFeatureExtractor({ clusters, names: createNameLexicon([['LOC', ['طنجة']]]) })
  const sentences = corpus.map((sentence) => ({
    features: extractor.extract(sentence.map(([word]) => word)),
    gold: Int32Array.from(sentence, ([, tag]) => tagIndex(tag)),
  }))
  return { extractor, model: trainPerceptron(sentences, { hashBits: 16, epochs: 10, seed: 3 }) }
}

test('the perceptron learns a tiny invented training set', () => {
  const { extractor, model } = trainTiny()
  for (const sentence of corpus) {
    const words = sentence.map(([word]) => word)
    const predicted = decodeSentence(model, extractor.extract(words), words.length)
    assert.deepEqual(
      Array.from(predicted, (tag) => BIO_TAGS[tag]),
      sentence.map(([, tag]) => tag),
    )
  }
})

test('training is deterministic for a seed', () => {
  assert.deepEqual(trainTiny().model.weights, trainTiny().model.weights)
})

test('an ensemble is the mean of its members, and still learns the tiny set', () => {
  const { extractor } = trainTiny()
  const sentences = corpus.map((sentence) => ({
    features: extractor.extract(sentence.map(([word]) => word)),
    gold: Int32Array.from(sentence, ([, tag]) => tagIndex(tag)),
  }))
  const members = [3, 4, 5].map((seed) => trainPerceptron(sentences, { hashBits: 16, epochs: 10, seed }))
  const mean = meanModel(members)
  for (const index of [0, 17, 4242, mean.weights.length - 1]) {
    const expected = members.reduce((sum, member) => sum + member.weights[index]!, 0) / members.length
    assert.ok(Math.abs(mean.weights[index]! - expected) < 1e-4)
  }
  for (const [position, sentence] of corpus.entries()) {
    const predicted = decodeSentence(mean, sentences[position]!.features, sentence.length)
    assert.deepEqual(
      Array.from(predicted, (tag) => BIO_TAGS[tag]),
      sentence.map(([, tag]) => tag),
    )
  }
  assert.throws(() => meanModel([]), /at least one model/)
})

test('a model survives encoding: the run-time table tags like the training model', () => {
  const { extractor, model } = trainTiny()
  const rows = model.weights.length / TAG_COUNT
  const ids: number[] = []
  const weights: number[] = []
  // Every feature id of the corpus with its row, as train-ner collects them.
  for (const sentence of corpus) {
    for (const id of extractor.extract(sentence.map(([word]) => word)).ids) {
      if (ids.includes(id)) continue
      ids.push(id)
      const row = (id & (rows - 1)) * TAG_COUNT
      weights.push(...model.weights.subarray(row, row + TAG_COUNT))
    }
  }
  const encoded = encodeModel(
    { ids: Uint32Array.from(ids), weights: Float32Array.from(weights), transitions: model.transitions },
    FEATURE_VERSION,
    { note: 'test' },
  )
  const { model: runtime, header } = decodeModel(encoded)
  const tagger = createTagger(runtime, header, { clusters })
  assert.deepEqual(tagTokens(['زار', 'المدرب', 'كريم', 'مدينة', 'حلب'], tagger), [
    'O',
    'O',
    'B-PERS',
    'O',
    'B-LOC',
  ])
})

test('the committed model tags a known name and place', () => {
  const tagger = loadTagger()
  const words = 'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الخميس .'.split(' ')
  assert.deepEqual(tagTokens(words, tagger), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'O', 'O'])
  const other = 'قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الأمم المتحدة .'.split(' ')
  const tags = tagTokens(other, tagger)
  assert.deepEqual(tags.slice(4, 8), ['B-PERS', 'I-PERS', 'O', 'B-LOC'])
  assert.deepEqual(tagTokens([], tagger), [])
  // Two passes over a document keep one tag per word and valid BIO.
  const tagged = tagSentences([words, other, []], tagger)
  assert.deepEqual(
    tagged.map((sentence) => sentence.length),
    [words.length, other.length, 0],
  )
  for (const sentence of tagged) assert.ok(isValidBio(sentence.map(tagIndex)))
})

test('scores with per-word sums cached equal the scores of the full feature list', () => {
  const tagger = loadTagger()
  const sentences = [
    'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الخميس .'.split(' '),
    'قال « الناس وأنا » إن نادي الوداد فاز على الرجاء في وهران'.split(' '),
    'وصل الرئيس إلى بيروت'.split(' '),
  ]
  for (const words of sentences) {
    const full = emissionScores(tagger.model, tagger.extractor.extract(words), words.length).slice(
      0,
      words.length * TAG_COUNT,
    )
    // Twice: the second time from the words' cached sums.
    for (let round = 0; round < 2; round++) {
      const cached = sentenceScores(tagger.model.table, tagger.extractor, words)
      assert.deepEqual(cached.slice(0, words.length * TAG_COUNT), full)
    }
  }
})
