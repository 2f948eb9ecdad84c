import { readFileSync, writeFileSync } from 'node:fs'
import { BIO_TAGS, TAG_COUNT } from './bio.js'
import type { LinearModel } from './linear-model.js'
import { TRANSITION_ROWS } from './viterbi.js'

const MAGIC = 'ISNADNER'

/** What the model file's JSON header records. */
export interface ModelHeader {
  readonly format: 1
  readonly featureVersion: number
  readonly hashBits: number
  readonly tags: readonly string[]
  /** Weights are stored as Int16 × `scale`. */
  readonly scale: number
  /** Hash buckets stored (buckets whose quantised weights are all zero are left out). */
  readonly rows: number
  readonly transitions: readonly number[]
  /** Free-form training details (data, epochs, seed, command). */
  readonly training: Readonly<Record<string, unknown>>
}

/**
 * Serialises a model: `ISNADNER`, a u32 header length, the JSON header (padded to 4 bytes), the
 * stored bucket indexes (u32) and their Int16-quantised weight rows. Sparse rows keep the file a
 * few MB although the runtime table has millions of cells.
 */
export const encodeModel = (
  model: LinearModel,
  featureVersion: number,
  training: Record<string, unknown>,
): Buffer => {
  let largest = 0
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight * model.scale))
  const scale = largest === 0 ? 1 : largest / 32767
  const quantise = (index: number): number => Math.round((model.weights[index]! * model.scale) / scale)
  const rowsTotal = model.weights.length / TAG_COUNT
  const kept: number[] = []
  for (let row = 0; row < rowsTotal; row++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (quantise(row * TAG_COUNT + tag) !== 0) {
        kept.push(row)
        break
      }
    }
  }
  const header: ModelHeader = {
    format: 1,
    featureVersion,
    hashBits: model.hashBits,
    tags: BIO_TAGS,
    scale,
    rows: kept.length,
    transitions: [...model.transitions],
    training,
  }
  let json = Buffer.from(JSON.stringify(header), 'utf8')
  const padding = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4
  json = Buffer.concat([json, Buffer.alloc(padding, 0x20)])
  const indexes = Uint32Array.from(kept)
  const values = new Int16Array(kept.length * TAG_COUNT)
  kept.forEach((row, position) => {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      values[position * TAG_COUNT + tag] = quantise(row * TAG_COUNT + tag)
    }
  })
  const length = Buffer.alloc(4)
  length.writeUInt32LE(json.length)
  return Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    length,
    json,
    Buffer.from(indexes.buffer, indexes.byteOffset, indexes.byteLength),
    Buffer.from(values.buffer, values.byteOffset, values.byteLength),
  ])
}

/** Reads a model written by `encodeModel` back into a dense runtime model and its header. */
export const decodeModel = (
  bytes: Uint8Array,
  source = 'model',
): { model: LinearModel; header: ModelHeader } => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`isnad: ${source}: not an isnad NER model (run npm run train:ner)`)
  }
  const headerLength = buffer.readUInt32LE(MAGIC.length)
  const headerStart = MAGIC.length + 4
  const header = JSON.parse(buffer.toString('utf8', headerStart, headerStart + headerLength)) as ModelHeader
  if (header.tags.join(' ') !== BIO_TAGS.join(' ')) {
    throw new Error(`isnad: ${source}: model tags ${header.tags.join(' ')} differ from ${BIO_TAGS.join(' ')}`)
  }
  // Copy into aligned typed arrays: the file's byte offset need not be a multiple of 4.
  const indexStart = headerStart + headerLength
  const indexes = new Uint32Array(header.rows)
  Buffer.from(indexes.buffer).set(buffer.subarray(indexStart, indexStart + header.rows * 4))
  const valueStart = indexStart + header.rows * 4
  const values = new Int16Array(header.rows * TAG_COUNT)
  Buffer.from(values.buffer).set(buffer.subarray(valueStart, valueStart + values.byteLength))
  const weights = new Float32Array((1 << header.hashBits) * TAG_COUNT)
  for (let position = 0; position < header.rows; position++) {
    const row = indexes[position]! * TAG_COUNT
    for (let tag = 0; tag < TAG_COUNT; tag++)
      weights[row + tag] = values[position * TAG_COUNT + tag]! * header.scale
  }
  const transitions = Float32Array.from(header.transitions)
  if (transitions.length !== TRANSITION_ROWS * TAG_COUNT) {
    throw new Error(
      `isnad: ${source}: transition table has ${transitions.length} cells, expected ${TRANSITION_ROWS * TAG_COUNT}`,
    )
  }
  return { model: { hashBits: header.hashBits, weights, scale: header.scale, transitions }, header }
}

/** Writes a model file. */
export const writeModelFile = (
  path: string,
  model: LinearModel,
  featureVersion: number,
  training: Record<string, unknown>,
): void => writeFileSync(path, encodeModel(model, featureVersion, training))

/** Reads a model file. */
export const readModelFile = (path: string): { model: LinearModel; header: ModelHeader } =>
  decodeModel(readFileSync(path), path)
