import { TAG_COUNT } from './bio.js'
import { seededRandom, shuffleInPlace } from './clustering/seeded-random.js'
import type { SentenceFeatures } from './features.js'
import { emissionScores, type LinearModel } from './linear-model.js'
import { END_ROW, START_ROW, TRANSITION_ROWS, viterbiDecode } from './viterbi.js'

/** One training sentence: its features and gold tag indexes. */
export interface TrainingSentence {
  readonly features: SentenceFeatures
  readonly gold: Int32Array
}

export interface PerceptronOptions {
  readonly hashBits: number
  readonly epochs: number
  readonly seed: number
  /** Called after each epoch with the averaged model so far (e.g. to print dev scores). */
  readonly onEpoch?: (epoch: number, model: LinearModel, mistakes: number) => void
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with BIO-constrained Viterbi decoding.
 * Averaging uses the lazy trick: `sums` collects `step × update`, and the average is
 * `weights − sums / step`. Sentence order is shuffled per epoch with a seeded generator, so the
 * same data and options give the same model.
 */
export const trainPerceptron = (
  sentences: readonly TrainingSentence[],
  options: PerceptronOptions,
): LinearModel => {
  const rows = 1 << options.hashBits
  const mask = rows - 1
  const weights = new Float32Array(rows * TAG_COUNT)
  const sums = new Float64Array(rows * TAG_COUNT)
  const transitions = new Float64Array(TRANSITION_ROWS * TAG_COUNT)
  const transitionSums = new Float64Array(TRANSITION_ROWS * TAG_COUNT)
  const model = { kind: 'dense', hashBits: options.hashBits, weights } as const
  const random = seededRandom(options.seed)
  const order = sentences.map((_, index) => index)
  let step = 1
  let predicted = new Int32Array(256)

  const averaged = (): LinearModel => {
    const averageWeights = new Float32Array(weights.length)
    for (let index = 0; index < weights.length; index++) {
      averageWeights[index] = weights[index]! - sums[index]! / step
    }
    const averageTransitions = new Float32Array(transitions.length)
    for (let index = 0; index < transitions.length; index++) {
      averageTransitions[index] = transitions[index]! - transitionSums[index]! / step
    }
    return {
      kind: 'dense',
      hashBits: options.hashBits,
      weights: averageWeights,
      transitions: averageTransitions,
    }
  }

  const updateTransition = (row: number, tag: number, delta: number): void => {
    transitions[row * TAG_COUNT + tag]! += delta
    transitionSums[row * TAG_COUNT + tag]! += step * delta
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random)
    let mistakes = 0
    for (const sentenceIndex of order) {
      const { features, gold } = sentences[sentenceIndex]!
      const length = gold.length
      if (predicted.length < length) predicted = new Int32Array(length * 2)
      viterbiDecode(emissionScores(model, features, length), length, transitions, predicted)
      let wrong = false
      for (let position = 0; position < length; position++) {
        const goldTag = gold[position]!
        const predictedTag = predicted[position]!
        if (goldTag !== predictedTag) {
          wrong = true
          for (
            let feature = features.offsets[position]!;
            feature < features.offsets[position + 1]!;
            feature++
          ) {
            const row = (features.ids[feature]! & mask) * TAG_COUNT
            weights[row + goldTag]! += 1
            sums[row + goldTag]! += step
            weights[row + predictedTag]! -= 1
            sums[row + predictedTag]! -= step
          }
        }
        const goldPrevious = position === 0 ? START_ROW : gold[position - 1]!
        const predictedPrevious = position === 0 ? START_ROW : predicted[position - 1]!
        if (goldTag !== predictedTag || goldPrevious !== predictedPrevious) {
          updateTransition(goldPrevious, goldTag, 1)
          updateTransition(predictedPrevious, predictedTag, -1)
        }
      }
      if (length > 0 && gold[length - 1] !== predicted[length - 1]) {
        updateTransition(END_ROW, gold[length - 1]!, 1)
        updateTransition(END_ROW, predicted[length - 1]!, -1)
      }
      if (wrong) mistakes++
      step++
    }
    options.onEpoch?.(epoch, averaged(), mistakes)
  }
  return averaged()
}

/**
 * The mean of models of the same shape: averaged perceptrons trained on the same data in
 * different shuffled orders (a bagging of orders). One model's dev score swings by about a point
 * with the shuffling seed alone; their mean swings less and scores at least as well.
 */
export const meanModel = (models: readonly LinearModel[]): LinearModel => {
  const [first] = models
  if (first === undefined) throw new Error('isnad: meanModel needs at least one model')
  const weights = new Float32Array(first.weights.length)
  const transitions = new Float32Array(first.transitions.length)
  for (const model of models) {
    if (model.hashBits !== first.hashBits) throw new Error('isnad: meanModel over models of different sizes')
    for (let index = 0; index < weights.length; index++) weights[index]! += model.weights[index]!
    for (let index = 0; index < transitions.length; index++) transitions[index]! += model.transitions[index]!
  }
  const share = 1 / models.length
  for (let index = 0; index < weights.length; index++) weights[index]! *= share
  for (let index = 0; index < transitions.length; index++) transitions[index]! *= share
  return { kind: 'dense', hashBits: first.hashBits, weights, transitions }
}

/**
 * The mean of `members` perceptrons over the same sentences, member `m` trained with `optionsOf(m)`
 * (its own seed, so its own shuffled order); one member is returned as it is.
 */
export const trainEnsemble = (
  sentences: readonly TrainingSentence[],
  members: number,
  optionsOf: (member: number) => PerceptronOptions,
): LinearModel => {
  const models = Array.from({ length: Math.max(1, members) }, (_, member) =>
    trainPerceptron(sentences, optionsOf(member)),
  )
  return models.length === 1 ? models[0]! : meanModel(models)
}
