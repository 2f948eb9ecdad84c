import assert from 'node:assert/strict'
import { test } from 'node:test'
import { TAG_COUNT } from '../../src/entities/bio.js'
import { addTableSums, createFeatureTable, findWeights } from '../../src/entities/feature-table.js'

// A small deterministic generator, so the ids are spread over all 32 bits like hashed features.
const generator = (seed: number) => (): number => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
  return Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0
}

test('every stored feature is found with its weights, and absent ones are not, past the presence bitmap', () => {
  const next = generator(7)
  const stored = new Uint32Array(3000)
  for (let row = 0; row < stored.length; row++) stored[row] = next()
  stored[0] = 0 // id 0 is stored under 1, and still found
  const weights = new Int16Array(stored.length * TAG_COUNT)
  for (let cell = 0; cell < weights.length; cell++) weights[cell] = (next() % 2001) - 1000
  const table = createFeatureTable(stored, weights, 0.5)
  for (let row = 0; row < stored.length; row++) {
    const cell = findWeights(table, stored[row]!)
    assert.ok(cell >= 0, `id ${stored[row]} found`)
    assert.deepEqual(
      Array.from(table.cells.subarray(cell, cell + TAG_COUNT)),
      Array.from(weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT)),
    )
  }
  const known = new Set(stored)
  let absent = 0
  for (let tries = 0; tries < 20_000; tries++) {
    const id = next()
    if (known.has(id) || id === 1) continue
    absent++
    assert.equal(findWeights(table, id), -1)
  }
  assert.ok(absent > 19_000)
})

test('table sums add the weights of the features each token has, and nothing for unknown ones', () => {
  const stored = Uint32Array.from([11, 0x8000_0001, 0xffff_ffff])
  const weights = new Int16Array(stored.length * TAG_COUNT)
  for (let cell = 0; cell < weights.length; cell++) weights[cell] = cell - 7
  const table = createFeatureTable(stored, weights, 1)
  // Token 0 has features 11 and an unknown one; token 1 has the other two stored ones.
  const ids = Uint32Array.from([11, 12, 0x8000_0001, 0xffff_ffff])
  const sums = new Int32Array(2 * TAG_COUNT)
  addTableSums(table, ids, Int32Array.from([0, 2, 4]), 2, sums)
  for (let tag = 0; tag < TAG_COUNT; tag++) {
    assert.equal(sums[tag], weights[tag])
    assert.equal(sums[TAG_COUNT + tag], weights[TAG_COUNT + tag]! + weights[2 * TAG_COUNT + tag]!)
  }
})
