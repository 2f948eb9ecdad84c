import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeFeed, parseFeed } from '../../src/ingest/feed.js'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>موقع الأخبار</title>
<item><title>خبر أول</title><link>https://a.example/1</link><guid>a-1</guid><pubDate>Wed, 20 Aug 2025 10:00:00 +0300</pubDate>
<description><![CDATA[<p>ملخص</p>]]></description><content:encoded><![CDATA[<p>النص الكامل للخبر</p>]]></content:encoded></item>
<item><title>خبر ثان</title><link>https://a.example/2</link><description>ملخص فقط</description></item>
</channel></rss>`

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title>
<entry><title>مدخل</title><link rel="self" href="https://b.example/self"/><link rel="alternate" href="https://b.example/2"/>
<id>tag:b,2025:2</id><published>2025-08-21T06:00:00Z</published><content type="html">&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>`

test('RSS: items with full text or summaries, dates, ids', () => {
  const feed = parseFeed(RSS)
  assert.equal(feed.title, 'موقع الأخبار')
  assert.deepEqual(feed.items[0], {
    id: 'a-1',
    title: 'خبر أول',
    url: 'https://a.example/1',
    published: '2025-08-20',
    html: '<p>النص الكامل للخبر</p>',
    full: true,
  })
  assert.equal(feed.items[1]?.html, 'ملخص فقط')
  assert.equal(feed.items[1]?.full, false)
})

test('Atom: the alternate link, published date and content', () => {
  const [entry] = parseFeed(ATOM).items
  assert.deepEqual(entry, {
    id: 'tag:b,2025:2',
    title: 'مدخل',
    url: 'https://b.example/2',
    published: '2025-08-21',
    html: '<p>نص</p>',
    full: true,
  })
})

test('feeds are told from pages', () => {
  assert.ok(looksLikeFeed(RSS))
  assert.ok(looksLikeFeed(ATOM))
  assert.ok(!looksLikeFeed('<!doctype html><html><body>rss</body></html>'))
})
