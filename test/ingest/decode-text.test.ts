import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from '../../src/errors/isnad-error.js'
import { decodeText, findInvalidUtf8 } from '../../src/ingest/decode-text.js'

test('UTF-8 text decodes as is, and a UTF-8 BOM is dropped', () => {
  assert.equal(decodeText(Buffer.from('خبر عاجل'), 'a.txt'), 'خبر عاجل')
  assert.equal(
    decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('خبر')]), 'a.txt'),
    'خبر',
  )
})

test('UTF-16 files with a BOM are decoded, little- and big-endian', () => {
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('مرحبا بكم', 'utf16le')])
  assert.equal(decodeText(little, 'a.txt'), 'مرحبا بكم')
  const big = Buffer.from(little.subarray(2)).swap16()
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]), 'a.txt'), 'مرحبا بكم')
})

test('invalid UTF-8 is refused with the byte offset', () => {
  const bytes = Buffer.concat([Buffer.from('نص '), Buffer.from([0xc7, 0x41])])
  assert.equal(findInvalidUtf8(bytes), 5)
  assert.throws(
    () => decodeText(bytes, 'cp1256.txt'),
    (error: unknown) =>
      error instanceof InputError && error.input === 'cp1256.txt' && /byte offset 5/.test(error.message),
  )
})

test('overlong forms, surrogates and truncated sequences are invalid', () => {
  assert.equal(findInvalidUtf8(Buffer.from([0xc0, 0xaf])), 0)
  assert.equal(findInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0)
  assert.equal(findInvalidUtf8(Buffer.from([0x41, 0xe2, 0x82])), 1)
  assert.equal(findInvalidUtf8(Buffer.from('😀 ok', 'utf8')), -1)
})

test('a binary file is refused', () => {
  assert.throws(
    () => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'image.png'),
    /binary/,
  )
})
