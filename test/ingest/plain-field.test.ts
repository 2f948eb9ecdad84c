import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseArticleArray } from '../../src/ingest/article-json.js'
import { parseJsonlDocument } from '../../src/ingest/jsonl-document.js'
import { plainField } from '../../src/ingest/plain-field.js'

test('character references in titles and bylines are decoded, spaces made one', () => {
  assert.equal(plainField('وزير &quot;الطاقة&quot; يزور المصنع'), 'وزير "الطاقة" يزور المصنع')
  assert.equal(plainField('&#8220;هدنة&#8221; &#x2013; تقرير'), '“هدنة” – تقرير')
  assert.equal(plainField('سعاد&nbsp;&nbsp;الأحمد '), 'سعاد الأحمد')
  assert.equal(plainField('&nbsp;'), null)
  assert.equal(plainField(null), null)
})

test('text that only looks like a reference is kept', () => {
  assert.equal(plainField('شركة س & ص'), 'شركة س & ص')
  assert.equal(plainField('نسبة 5%; ثم'), 'نسبة 5%; ثم')
})

test('JSON articles and JSONL lines carry decoded titles; the text itself is untouched', () => {
  const [entry] = parseArticleArray(
    JSON.stringify([{ title: 'افتتاح &quot;المعرض&quot;', author: 'هند&nbsp;سالم', content: 'نص &amp; نص' }]),
    'day.json',
  )
  assert.ok(entry?.ok)
  assert.equal(entry.input.title, 'افتتاح "المعرض"')
  assert.equal(entry.author, 'هند سالم')
  assert.equal(entry.input.text, 'نص &amp; نص')
  const line = parseJsonlDocument(
    JSON.stringify({ text: 'نص', title: 'قمة &#8220;الرياض&#8221;' }),
    'a.jsonl:1',
  )
  assert.equal(line.title, 'قمة “الرياض”')
})
