import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runCli } from '../helpers/run-cli.js'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'isnad-html-'))

test('analyze page.html: the article, with title, date, outlet and url from the page', () => {
  const result = runCli(['analyze', fixture('valley-daily.html')])
  assert.equal(result.status, 0, result.stderr)
  const analysis = JSON.parse(result.stdout)
  assert.equal(analysis.doc.id, 'valley-daily')
  assert.equal(analysis.doc.title, 'بلدية إربد تفتتح محطة لمعالجة المياه الرمادية في الأحياء الشرقية')
  assert.equal(analysis.doc.published, '2025-03-12')
  assert.equal(analysis.doc.outlet, 'صحيفة الوادي')
  assert.equal(analysis.doc.url, 'https://alwadi.example/news/2025/03/12/irbid-greywater')
  assert.ok(analysis.doc.text.startsWith('افتتحت بلدية إربد'))
  assert.ok(!analysis.doc.text.includes('التعليقات'))
  assert.ok(analysis.removed.some((item: { reason: string }) => item.reason === 'related-links'))
  for (const sentence of analysis.sentences) assert.ok(sentence.end <= analysis.doc.text.length)
})

test('the command line overrides what the page says', () => {
  const result = runCli([
    'analyze',
    fixture('gulf-ledger.html'),
    '--published',
    '2025-05-01',
    '--outlet',
    'منفذ آخر',
    '--url',
    'https://other.example/a',
  ])
  assert.equal(result.status, 0, result.stderr)
  const { doc } = JSON.parse(result.stdout)
  assert.deepEqual(
    [doc.published, doc.outlet, doc.url],
    ['2025-05-01', 'منفذ آخر', 'https://other.example/a'],
  )
  assert.equal(doc.title, 'موانئ الخليج تسجل أعلى حركة حاويات منذ خمس سنوات')
})

test('jsonl "html" fields are extracted; the record’s own fields win', () => {
  const html =
    '<html><head><title>عنوان الصفحة - الموقع</title><meta property="og:site_name" content="الموقع"></head><body><article><p>أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات الجنوبية.</p></article></body></html>'
  const path = join(folder, 'pages.jsonl')
  writeFileSync(
    path,
    `${JSON.stringify({ id: 'p1', html })}\n${JSON.stringify({ id: 'p2', html, outlet: 'مصدر' })}\n`,
  )
  const result = runCli(['analyze', path])
  assert.equal(result.status, 0, result.stderr)
  const [first, second] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  assert.equal(first.doc.text, 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات الجنوبية.')
  assert.equal(first.doc.title, 'عنوان الصفحة')
  assert.equal(first.doc.outlet, 'الموقع')
  assert.equal(second.doc.outlet, 'مصدر')
})

test('--input html reads stdin as a page', () => {
  const result = runCli(['analyze', '--input', 'html', '-'], '<p>خبر قصير في صفحة.</p>')
  assert.equal(result.status, 0, result.stderr)
  assert.equal(JSON.parse(result.stdout).doc.text, 'خبر قصير في صفحة.')
})
