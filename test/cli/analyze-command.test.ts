import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { runCli } from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'isnad-cli-'))
const file = (name: string, content: string | Buffer): string => {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

const article = 'عنوان الخبر\n\nالتقى الوزير نظيره في العاصمة أمس. وبحث الجانبان ملف الحدود.\n\nقد يعجبك ايضا'

/** stderr must be single lines in the contract's shape, never a stack trace. */
const assertCleanErrors = (stderr: string): void => {
  for (const line of stderr.trim().split('\n')) assert.match(line, /^isnad: [^:]+(:\d+)?: /)
  assert.doesNotMatch(stderr, /\n\s+at /)
}

test('one .txt file prints one pretty Analysis with boilerplate removed', () => {
  const result = runCli([
    'analyze',
    file('one.txt', article),
    '--published',
    '2025-08-20',
    '--outlet',
    'مثال',
  ])
  assert.equal(result.status, 0, result.stderr)
  const analysis = JSON.parse(result.stdout)
  assert.equal(analysis.schema, 'isnad.analysis/1')
  assert.equal(analysis.doc.id, 'one')
  assert.equal(analysis.doc.published, '2025-08-20')
  assert.equal(analysis.doc.outlet, 'مثال')
  assert.equal(analysis.doc.title, 'عنوان الخبر')
  assert.ok(!analysis.doc.text.includes('يعجبك'))
  assert.equal(analysis.removed[0].reason, 'related-links')
  assert.ok(analysis.sentences.length >= 2)
  for (const key of ['entities', 'events', 'attributions', 'frames', 'times'])
    assert.ok(Array.isArray(analysis[key]))
  assert.ok(result.stdout.includes('\n  "schema"'), 'json is pretty-printed')
})

test('stdin is read when no file is given, or with -', () => {
  for (const args of [['analyze'], ['analyze', '-']]) {
    const result = runCli(args, 'خبر قصير من سطر واحد.')
    assert.equal(result.status, 0, result.stderr)
    assert.equal(JSON.parse(result.stdout).doc.text, 'خبر قصير من سطر واحد.')
  }
})

test('several files print JSON lines in input order', () => {
  const first = file('a.txt', 'الخبر الأول.')
  const second = file('b.txt', 'الخبر الثاني.')
  const result = runCli(['analyze', first, second])
  assert.equal(result.status, 0, result.stderr)
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  assert.deepEqual(
    lines.map((analysis) => analysis.doc.id),
    ['a', 'b'],
  )
})

test('a malformed jsonl line is named, skipped, and the rest analysed; exit 1', () => {
  const batch = file(
    'batch.jsonl',
    [
      '{"id":"x1","text":"نص أول."}',
      '{"id":"x2","text":',
      '',
      '{"id":"x3","text":"نص ثالث.","published":"2025-01-05"}',
    ].join('\n'),
  )
  const result = runCli(['analyze', batch])
  assert.equal(result.status, 1)
  const ids = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).doc.id)
  assert.deepEqual(ids, ['x1', 'x3'])
  assert.match(result.stderr, /batch\.jsonl:2: not valid JSON/)
  assertCleanErrors(result.stderr)
})

test('jsonl lines without text, and from stdin with --input jsonl', () => {
  const result = runCli(['analyze', '--input', 'jsonl'], '{"id":"s1","text":"نص."}\n{"id":"s2"}\n')
  assert.equal(result.status, 1)
  assert.equal(JSON.parse(result.stdout.trim()).doc.id, 's1')
  assert.match(result.stderr, /^isnad: stdin:2: the object has neither "text" nor "html"/)
})

test('bad inputs give one clear line each and exit 1, and good ones are still analysed', () => {
  const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]))
  const invalid = file('legacy.txt', Buffer.concat([Buffer.from('نص '), Buffer.from([0xe3, 0xd5, 0xd1])]))
  const good = file('good.txt', 'نص سليم.')
  const result = runCli(['analyze', join(folder, 'missing.txt'), folder, binary, invalid, good])
  assert.equal(result.status, 1)
  assert.equal(JSON.parse(result.stdout.trim()).doc.id, 'good')
  assert.match(result.stderr, /missing\.txt: no such file/)
  assert.match(result.stderr, /is a directory/)
  assert.match(result.stderr, /image\.png: this is a binary file/)
  assert.match(result.stderr, /legacy\.txt: invalid UTF-8 at byte offset 5/)
  assertCleanErrors(result.stderr)
})

test('UTF-16 with a BOM is decoded', () => {
  const path = file(
    'wide.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص بترميز آخر.', 'utf16le')]),
  )
  const result = runCli(['analyze', path])
  assert.equal(result.status, 0, result.stderr)
  assert.equal(JSON.parse(result.stdout).doc.text, 'نص بترميز آخر.')
})

test('empty input is a valid empty analysis plus a warning', () => {
  const result = runCli(['analyze', file('empty.txt', '')])
  assert.equal(result.status, 0)
  const analysis = JSON.parse(result.stdout)
  assert.equal(analysis.doc.text, '')
  assert.deepEqual(analysis.sentences, [])
  assert.match(result.stderr, /empty\.txt: warning: the document has no text/)
})

test('a document over the size limit is refused before it is read', () => {
  const result = runCli(['analyze', '--max-size', '0.0001', file('big.txt', 'ا'.repeat(1000))])
  assert.equal(result.status, 1)
  assert.match(result.stderr, /^isnad: .*big\.txt: 0\.0 MB is more than one document may hold/)
})

test('bad usage exits 2 with one line', () => {
  for (const args of [
    ['analyze', '--format', 'xml'],
    ['analyze', '--published', '2025-02-30'],
    ['analyze', '--nonsense'],
    ['frobnicate'],
  ]) {
    const result = runCli(args, '')
    assert.equal(result.status, 2, args.join(' '))
    assertCleanErrors(result.stderr)
  }
})

test('--help prints usage and exits 0', () => {
  const result = runCli(['analyze', '--help'])
  assert.equal(result.status, 0)
  assert.match(result.stdout, /Usage: isnad analyze/)
  assert.equal(runCli(['--help']).status, 0)
})

test('--format text is a readable report', () => {
  const result = runCli(['analyze', file('report.txt', article), '--format', 'text'])
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stdout, /Title \/ العنوان: +عنوان الخبر/)
  assert.match(result.stdout, /Removed \/ المحذوف \(1\)/)
})
