/**
 * The feature templates: each a seed hash that a value hash is combined with, so that the same
 * string under two templates gives two unrelated features. Changing any of them changes every
 * feature id: bump `FEATURE_VERSION` and retrain.
 */
import { hashString } from './feature-hash.js'

// Base values of a word that neighbouring tokens look at, by slot.
export const FORM = 0
export const STEM = 1
export const CLUSTER4 = 2
export const CLUSTER6 = 3
export const CLUSTER10 = 4
export const CLUSTER_FULL = 5
export const SHAPE = 6
export const TRIGGER = 7
export const SUFFIX2 = 8
export const BASE_SLOTS = 9

const template = (name: string): number => hashString(name, 0x5eed)
/** Seed hashes of every template. */
export const seeds = {
  bias: template('bias'),
  form: template('form'),
  stem: template('stem'),
  readingStem: template('reading-stem'),
  proclitic: template('proclitic'),
  prefix: [1, 2, 3, 4].map((length) => template(`prefix${length}`)),
  suffix: [1, 2, 3, 4].map((length) => template(`suffix${length}`)),
  stemPrefix: [1, 2, 3].map((length) => template(`stem-prefix${length}`)),
  stemSuffix: [1, 2, 3].map((length) => template(`stem-suffix${length}`)),
  shape: template('shape'),
  length: template('length'),
  cluster: [4, 6, 10, 16, 99].map((length) => template(`cluster${length}`)),
  stemCluster: [4, 6, 10, 16, 99].map((length) => template(`stem-cluster${length}`)),
  noCluster: template('no-cluster'),
  trigger: template('trigger'),
  window: [-2, -1, 1, 2].map((offset) =>
    ['form', 'stem', 'c4', 'c6', 'c10', 'cfull', 'shape', 'trigger', 'suffix2'].map((slot) =>
      template(`window${offset}:${slot}`),
    ),
  ),
  pair: {
    formPrevious: template('pair:form-1,form0'),
    formNext: template('pair:form0,form+1'),
    stemPrevious: template('pair:stem-1,stem0'),
    clusterPrevious: template('pair:c6-1,c6'),
    clusterNext: template('pair:c6,c6+1'),
    triggerCluster: template('pair:trigger-1,c10'),
    previousTwo: template('pair:form-2,form-1'),
    nextTwo: template('pair:form+1,form+2'),
  },
  gazetteer: [-1, 0, 1].map((offset) => template(`gazetteer${offset}`)),
  document: template('document'),
  corpus: template('corpus'),
  corpusStem: template('corpus-stem'),
  quote: {
    inside: template('quote:inside'),
    first: template('quote:first'),
    length: template('quote:length'),
    head: template('quote:head-form'),
    headCluster: template('quote:head-c6'),
  },
  gazetteerPair: template('gazetteer-pair'),
}

export const BOUNDARY_BEFORE = template('<s>')
export const BOUNDARY_AFTER = template('</s>')
export const NONE = template('<none>')

export const WINDOW_OFFSETS = [-2, -1, 1, 2] as const
// Which base slots each window offset contributes: near neighbours say more.
// (A neighbour's corpus profile was tried here too: no gain on dev.)
export const WINDOW_SLOTS: readonly (readonly number[])[] = [
  [FORM, STEM, CLUSTER6, CLUSTER10, TRIGGER, SHAPE],
  [FORM, STEM, CLUSTER4, CLUSTER6, CLUSTER10, CLUSTER_FULL, SHAPE, TRIGGER, SUFFIX2],
  [FORM, STEM, CLUSTER4, CLUSTER6, CLUSTER10, CLUSTER_FULL, SHAPE, TRIGGER, SUFFIX2],
  [FORM, STEM, CLUSTER6, CLUSTER10, TRIGGER, SHAPE],
]
