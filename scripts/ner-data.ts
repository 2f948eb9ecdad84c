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
): { train: TaggedSentence[]; dev: TaggedSentence[] } =>
  splitSentences(
    parseConll(readFileSync(join(dataDirectory, 'anercorp-train/train.txt'), 'utf8')),
    TRAIN_SHARE,
  )

/** WikiFANE Gold, coarse tags, clitics re-attached the ANERcorp way. */
export const loadWikifane = (dataDirectory = DEFAULT_DATA_DIRECTORY): TaggedSentence[] =>
  coarsenWikifane(
    parseConll(readFileSync(join(dataDirectory, 'wikifane/WikiFANE_Gold_2014_500K.txt'), 'utf8')),
  ).map(attachClitics)
