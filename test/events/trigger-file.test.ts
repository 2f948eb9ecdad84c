import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseTriggerTsv } from '../../src/events/trigger-file.js'

test('a row becomes an entry: type, mode, CAMEO, gloss, folded marks, needs and flags', () => {
  const [entry] = parseTriggerTsv(
    '# header\nاتهم/يتهم\tverb\tACCUSE\t-\t112\taccuse\tacc,على\tactor,recipient|content,undergoer\tisnad\n',
    'x.tsv',
  )
  assert.equal(entry?.type, 'ACCUSE')
  assert.equal(entry?.mode, null)
  assert.equal(entry?.cameo, '112')
  assert.deepEqual(entry?.marks, ['acc', 'علي'])
  assert.deepEqual(entry?.needs, [['actor'], ['recipient', 'content']])
  assert.equal(entry?.undergoer, true)
  assert.equal(entry?.origin, 'x.tsv:2')
})

test('a shield has no type', () => {
  const [entry] = parseTriggerTsv('فض|فك الاشتباك\tconstruction\t-\t-\t-\t-\t\t\tisnad', 'c.tsv')
  assert.equal(entry?.type, null)
})

test('unknown types, modes, parts and needs fail with the file and line', () => {
  assert.throws(
    () => parseTriggerTsv('x\tverb\tATTACK\t-\t190\tattack\t\t\t', 'v.tsv'),
    /v\.tsv:1: unknown type/,
  )
  assert.throws(() => parseTriggerTsv('x\tverb\tASSAULT\tnaval\t190\tattack\t\t\t', 'v.tsv'), /unknown mode/)
  assert.throws(() => parseTriggerTsv('x\tadverb\tASSAULT\t-\t190\tattack\t\t\t', 'v.tsv'), /unknown part/)
  assert.throws(() => parseTriggerTsv('x\tverb\tASSAULT\t-\t190\tattack\t\tsoon\t', 'v.tsv'), /unknown need/)
})
