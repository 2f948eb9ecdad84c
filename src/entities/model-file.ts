import { readFileSync, writeFileSync } from 'node:fs'
import { BIO_TAGS, TAG_COUNT } from './bio.js'
import { createFeatureTable } from './feature-table.js'
import type { TaggingModel } from './linear-model.js'
import { TRANSITION_ROWS } from './viterbi.js'

const MAGIC = 'ISNADNER'

/** What the model file's JSON header records. */
export interface ModelHeader {
  readonly format: 2
  readonly featureVersion: number
  readonly tags: readonly string[]
  /** Weights are stored as Int16 × `scale`. */
  readonly scale: number
  /** Number of features stored. */
  readonly features: number
  readonly transitions: readonly number[]
  /** Free-form training details (data, epochs, seed, command). */
  readonly training: Readonly<Record<string, unknown>>
}

/** Feature ids and their weight rows (`ids.length × TAG_COUNT`), as training leaves them. */
export interface FeatureWeights {
  readonly ids: Uint32Array
  readonly weights: Float32Array
  readonly transitions: Float32Array
}

/**
 * Serialises a model: `ISNADNER`, a u32 header length, the JSON header (padded to 4 bytes), the
 * feature ids (u32) and their Int16-quantised weight rows. Features whose quantised row is all
 * zero are left out.
 */
export const encodeModel = (
  model: FeatureWeights,
  featureVersion: number,
  training: Record<string, unknown>,
): Buffer => {
  let largest = 0
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight))
  const scale = largest === 0 ? 1 : largest / 32767
  const kept: number[] = []
  for (let row = 0; row < model.ids.length; row++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (Math.round(model.weights[row * TAG_COUNT + tag]! / scale) !== 0) {
        kept.push(row)
        break
      }
    }
  }
  const header: ModelHeader = {
    format: 2,
    featureVersion,
    tags: BIO_TAGS,
    scale,
    features: kept.length,
    transitions: [...model.transitions],
    training,
  }
  let json = Buffer.from(JSON.stringify(header), 'utf8')
  const padding = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4
  json = Buffer.concat([json, Buffer.alloc(padding, 0x20)])
  const ids = Uint32Array.from(kept, (row) => model.ids[row]!)
  const values = new Int16Array(kept.length * TAG_COUNT)
  kept.forEach((row, position) => {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      values[position * TAG_COUNT + tag] = Math.round(model.weights[row * TAG_COUNT + tag]! / scale)
    }
  })
  const length = Buffer.alloc(4)
  length.writeUInt32LE(json.length)
  return Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    length,
    json,
    Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength),
    Buffer.from(values.buffer, values.byteOffset, values.byteLength),
  ])
}

/** Reads a model written by `encodeModel` into a run-time model and its header. */
export const decodeModel = (
  bytes: Uint8Array,
  source = 'model',
): { model: TaggingModel; header: ModelHeader } => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`isnad: ${source}: not an isnad NER model (run npm run train:ner)`)
  }
  const headerLength = buffer.readUInt32LE(MAGIC.length)
  const headerStart = MAGIC.length + 4
  const header = JSON.parse(buffer.toString('utf8', headerStart, headerStart + headerLength)) as ModelHeader
  if (header.format !== 2) throw new Error(`isnad: ${source}: model format ${header.format}, expected 2`)
  if (header.tags.join(' ') !== BIO_TAGS.join(' ')) {
    throw new Error(`isnad: ${source}: model tags ${header.tags.join(' ')} differ from ${BIO_TAGS.join(' ')}`)
  }
  // Copy into aligned typed arrays: the file's byte offset need not be a multiple of 4.
  const idStart = headerStart + headerLength
  const ids = new Uint32Array(header.features)
  Buffer.from(ids.buffer).set(buffer.subarray(idStart, idStart + ids.byteLength))
  const valueStart = idStart + ids.byteLength
  const weights = new Int16Array(header.features * TAG_COUNT)
  Buffer.from(weights.buffer).set(buffer.subarray(valueStart, valueStart + weights.byteLength))
  const transitions = Float32Array.from(header.transitions)
  if (transitions.length !== TRANSITION_ROWS * TAG_COUNT) {
    throw new Error(
      `isnad: ${source}: transition table has ${transitions.length} cells, expected ${TRANSITION_ROWS * TAG_COUNT}`,
    )
  }
  return {
    model: { kind: 'table', table: createFeatureTable(ids, weights, header.scale), transitions },
    header,
  }
}

/** Writes a model file. */
export const writeModelFile = (
  path: string,
  model: FeatureWeights,
  featureVersion: number,
  training: Record<string, unknown>,
): void => writeFileSync(path, encodeModel(model, featureVersion, training))

/** Reads a model file. */
export const readModelFile = (path: string): { model: TaggingModel; header: ModelHeader } =>
  decodeModel(readFileSync(path), path)
