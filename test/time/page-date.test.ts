import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dateFromString, dateFromUrl, pageDate } from '../../src/time/page-date.js'

test('meta tags, in any attribute order', () => {
  assert.equal(
    pageDate('<meta property="article:published_time" content="2025-08-20T09:30:00+03:00">'),
    '2025-08-20',
  )
  assert.equal(pageDate("<meta content='2025-08-19T22:10:00Z' property='og:published_time'>"), '2025-08-19')
  assert.equal(pageDate('<meta itemprop="datePublished" content="2025-08-18">'), '2025-08-18')
  assert.equal(pageDate('<meta name="pubdate" content="20250817">'), '2025-08-17')
  assert.equal(pageDate('<META NAME="DC.date" CONTENT="2025-08-16">'), '2025-08-16')
})

test('the publisher’s local date is kept, whatever the offset', () => {
  assert.equal(
    pageDate('<meta property="article:published_time" content="2025-08-20T23:30:00-05:00">'),
    '2025-08-20',
  )
})

test('the most trusted source wins over earlier, weaker ones', () => {
  const html =
    '<meta name="date" content="2024-01-01"><meta name="DC.date" content="2024-02-02">' +
    '<meta property="article:published_time" content="2025-08-20T10:00:00Z">'
  assert.equal(pageDate(html), '2025-08-20')
  assert.equal(
    pageDate('<meta name="DC.date" content="2024-02-02"><script>{"datePublished":"2025-08-15"}</script>'),
    '2025-08-15',
  )
})

test('JSON-LD datePublished', () => {
  const html =
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished": "2025-08-14T06:00:00+03:00","dateModified":"2025-08-15"}</script>'
  assert.equal(pageDate(html), '2025-08-14')
})

test('<time datetime>, a pubdate one first', () => {
  assert.equal(pageDate('<time datetime="2025-08-13T12:00">13 آب</time>'), '2025-08-13')
  assert.equal(
    pageDate('<time datetime="2025-01-01">x</time><time pubdate datetime="2025-08-12">y</time>'),
    '2025-08-12',
  )
})

test('the page address: the given URL, else the canonical link', () => {
  assert.equal(pageDate('<p>نص</p>', 'https://example.com/news/2025/08/11/story.html'), '2025-08-11')
  assert.equal(pageDate('<p>نص</p>', 'https://example.com/a/20250810-story'), '2025-08-10')
  assert.equal(pageDate('<link rel="canonical" href="https://example.com/2025-08-09/story">'), '2025-08-09')
  assert.equal(dateFromUrl('https://example.com/2025/13/40/story'), null)
  assert.equal(dateFromUrl('https://example.com/article/123456789'), null)
})

test('visible Arabic date lines', () => {
  assert.equal(pageDate('<div class="meta">نشر في <span>20 آب 2025</span></div>'), '2025-08-20')
  assert.equal(pageDate('<span>تاريخ النشر: 19/08/2025 - 10:30</span>'), '2025-08-19')
  assert.equal(pageDate('<p>نُشر بتاريخ الأحد ١٧ أغسطس ٢٠٢٥</p>'), '2025-08-17')
  assert.equal(pageDate('<p>نشر بتاريخ 23 صفر 1447 هـ</p>'), '2025-08-17')
})

test('no date: null, and body text with نشر is not taken for one', () => {
  assert.equal(pageDate(''), null)
  assert.equal(pageDate('<p>ونشر الجيش قوات إضافية في المنطقة</p>'), null)
  assert.equal(pageDate('<meta name="pubdate" content="not a date">'), null)
})

test('dateFromString reads the common attribute formats', () => {
  assert.equal(dateFromString('2025-08-20T10:00:00Z'), '2025-08-20')
  assert.equal(dateFromString('2025/8/20'), '2025-08-20')
  assert.equal(dateFromString('20-08-2025'), '2025-08-20')
  assert.equal(dateFromString('Wed, 20 Aug 2025 10:00:00 GMT'), '2025-08-20')
  assert.equal(dateFromString('2025-02-30'), null)
})

test('pathological HTML stays linear', () => {
  const html = '<meta'.repeat(100_000) + '<a b="'.repeat(50_000) + 'نشر '.repeat(50_000)
  const started = performance.now()
  assert.equal(pageDate(html), null)
  assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`)
})
