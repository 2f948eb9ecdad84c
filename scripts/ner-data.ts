/**
 * The NER corpora under ../shared/data, read the same way by train-ner, eval-ner and
 * train-clusters: ANERcorp (CAMeL train part; first 90% of sentences train, last 10% dev) and
 * WikiFANE Gold with its fine classes coarsened to PERS/LOC/ORG/MISC.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConll, splitSentences, type TaggedSentence } from '../src/entities/conll.js'
import { attachClitics, coarsenWikifane } from '../src/entities/wikifane.js'

export const DEFAULT_DATA_DIRECTORY = '../shared/data'
export const TRAIN_SHARE = 0.9

/** ANERcorp's train part split into train (first 90% of sentences) and dev (the rest). */
export const loadAnercorpSplit = (
  dataDirectory = DEFAULT_DATA_DIRECTORY,
): { train: TaggedSentence[]; dev: TaggedSentence[] } => {
  const sentences = parseConll(readFileSync(join(dataDirectory, 'anercorp-train/train.txt'), 'utf8'))
  // ISNAD_DEV_FOLD=k (0-9) holds out the k-th tenth instead: cross-validation experiments only.
  const fold = process.env.ISNAD_DEV_FOLD
  if (fold === undefined || fold === '') return splitSentences(sentences, TRAIN_SHARE)
  const start = Math.round((sentences.length * Number(fold)) / 10)
  const end = Math.round((sentences.length * (Number(fold) + 1)) / 10)
  return { train: [...sentences.slice(0, start), ...sentences.slice(end)], dev: sentences.slice(start, end) }
}

/** WikiFANE Gold, coarse tags, clitics re-attached the ANERcorp way. */
export const loadWikifane = (dataDirectory = DEFAULT_DATA_DIRECTORY): TaggedSentence[] =>
  coarsenWikifane(
    parseConll(readFileSync(join(dataDirectory, 'wikifane/WikiFANE_Gold_2014_500K.txt'), 'utf8')),
  ).map(attachClitics)
