import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadBoilerplate } from '../../src/ingest/boilerplate.js'
import { cleanText } from '../../src/ingest/clean-text.js'
import { decodeHtml } from '../../src/ingest/decode-html.js'
import { extractArticle } from '../../src/ingest/html-article.js'
import { trimArticleEdges } from '../../src/ingest/html-edges.js'
import { bylineName, stripSiteName } from '../../src/ingest/html-metadata.js'
import { shingleScore } from '../../src/ingest/shingle-score.js'

const folder = fileURLToPath(new URL('../fixtures/html/', import.meta.url))
const boilerplate = loadBoilerplate()
const pages = readdirSync(folder).filter((name) => name.endsWith('.html'))

test('there are fixture pages to score', () => assert.ok(pages.length >= 5))

/** Pages the extractor is known to get partly wrong, with the floor they must still reach. */
const KNOWN_WEAK: ReadonlyMap<string, number> = new Map([
  // Readability settles on the feed of updates and leaves the key-points list above it.
  ['live-blog-election', 0.85],
  // The standfirst sits in the article's header, apart from the body Readability keeps; a print-edition
  // note after the body stays.
  ['companion-columns', 0.85],
])

for (const page of pages) {
  const name = page.slice(0, -'.html'.length)
  const floor = KNOWN_WEAK.get(name) ?? 0.95
  test(`fixture ${name}: body F1 ≥ ${floor} and the metadata the page gives`, () => {
    const html = decodeHtml(readFileSync(folder + page), page)
    const expected = JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8'))
    const article = extractArticle(html, { boilerplate })
    const body = cleanText(article.text, boilerplate).text
    const score = shingleScore(body, readFileSync(`${folder}${name}.expected.txt`, 'utf8'))
    assert.ok(
      score.f1 >= floor,
      `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`,
    )
    for (const field of ['title', 'published', 'author', 'siteName', 'url', 'language'] as const) {
      assert.equal(article[field], expected[field], field)
    }
  })
}

test('related links and share widgets are reported as removed', () => {
  const html = readFileSync(folder + 'valley-daily.html', 'utf8')
  const reasons = new Set(extractArticle(html, { boilerplate }).removed.map((item) => item.reason))
  for (const reason of ['related-links', 'share']) assert.ok(reasons.has(reason as never), reason)
})

test('a related-links list inside the article body goes, the paragraphs after it stay', () => {
  const paragraph = (n: number) =>
    `<p>${`هذه فقرة رقم ${n} من نص الخبر الأصلي وفيها كلام كثير يكفي لقراءتها. `.repeat(4)}</p>`
  const html = `<html><body><article>${paragraph(1)}<h4>اقرأ أيضا</h4><ul><li><a href="/1">عنوان خبر آخر</a></li><li><a href="/2">عنوان خبر ثالث</a></li></ul>${paragraph(2)}</article></body></html>`
  const article = extractArticle(html, { boilerplate })
  assert.ok(article.text.includes('فقرة رقم 1') && article.text.includes('فقرة رقم 2'))
  assert.ok(!article.text.includes('عنوان خبر آخر'))
  assert.equal(article.removed[0]?.reason, 'related-links')
})

test('a page with no article gives empty text, not an error', () => {
  for (const html of ['', '<html></html>', '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>']) {
    const article = extractArticle(html, { boilerplate })
    assert.equal(article.text, '')
    assert.equal(article.title, null)
  }
})

test('a fragment without <html> is read', () => {
  const article = extractArticle('<p>وصل الوفد إلى العاصمة مساء أمس في زيارة تستمر يومين.</p>', {
    boilerplate,
  })
  assert.equal(article.text, 'وصل الوفد إلى العاصمة مساء أمس في زيارة تستمر يومين.')
})

test('the url the page was read from resolves a relative canonical and carries the date', () => {
  const html =
    '<html><head><link rel="canonical" href="/news/2025/07/01/x"></head><body><p>نص قصير.</p></body></html>'
  const article = extractArticle(html, { url: 'https://example.org/page?id=1', boilerplate })
  assert.equal(article.url, 'https://example.org/news/2025/07/01/x')
  assert.equal(article.published, '2025-07-01')
})

test('edges: repeated headline, byline and date line at the top, credits and tags at the end', () => {
  const edges = trimArticleEdges(
    'العنوان\n\nبقلم: سمير\n\nنشر في 3 آب 2025\n\nالنص.\n\nالوسوم: سياسة\n\n(رويترز)',
    'العنوان',
  )
  assert.equal(edges.text, 'النص.')
  assert.equal(edges.byline, 'سمير')
  assert.deepEqual(edges.removed, [{ text: '(رويترز)', reason: 'copyright' }])
  assert.equal(trimArticleEdges('فقرة.\n\nأ ف ب ووام', null).text, 'فقرة.')
  assert.equal(trimArticleEdges('فقرة.\n\nوقال رويترز إن', null).text, 'فقرة.\n\nوقال رويترز إن')
})

test('edges in other languages: a byline is a cue and a name, a sentence starting with By stays', () => {
  const body = 'The first paragraph of the story, long enough to be the body of it.'
  assert.equal(trimArticleEdges(`By Anna van Berg · 3 March 2025\n\n${body}`, null).byline, 'Anna van Berg')
  const lead = 'By mid-morning, not one boat had left.'
  assert.equal(trimArticleEdges(`${lead}\n\n${body}`, null).text, `${lead}\n\n${body}`)
  // A section label and a date line above the body go; under a standfirst, the line naming the author goes.
  assert.equal(trimArticleEdges(`Umwelt\n\n2. Juli 2024 · 4 Minuten\n\n${body}`, null).text, body)
  const standfirst = 'A standfirst that sums the story up in one longer sentence.'
  assert.equal(
    trimArticleEdges(`${standfirst}\n\nClaire Morvan · 29 juillet\n\n${body}`, null, 'Claire Morvan').text,
    `${standfirst}\n\n${body}`,
  )
})

test('furniture by shape: teaser cards, link-only paragraphs and sign-up boxes go in any language', () => {
  const prose = (n: number) =>
    `<p>${`Sentence ${n} of the article body, which goes on for a while. `.repeat(5)}</p>`
  const card = (n: number) =>
    `<div class="c"><a href="/s/${n}"><h3>Another story number ${n}</h3></a><p>${'A teaser summary that is long enough to look like prose. '.repeat(3)}</p></div>`
  const html = `<html><body><div class="story">${prose(1)}<p><a href="/x">Lire aussi : un autre article</a></p><div class="box"><h4>Get the briefing</h4><form><input type="email"></form></div>${prose(2)}</div><section><h2>Pour vous</h2>${card(1)}${card(2)}${card(3)}</section></body></html>`
  const article = extractArticle(html, { boilerplate })
  assert.ok(article.text.includes('Sentence 1') && article.text.includes('Sentence 2'))
  for (const gone of ['Lire aussi', 'briefing', 'Another story', 'teaser', 'Pour vous']) {
    assert.ok(!article.text.includes(gone), gone)
  }
  const reasons = new Set(article.removed.map((item) => item.reason))
  assert.ok(reasons.has('related-links') && reasons.has('subscribe'))
})

test('furniture by shape: items linking out of the site are an article list, not teasers', () => {
  const item = (n: number) =>
    `<div class="item"><h2><a href="https://museum${n}.example/">Museum ${n}</a></h2><p>${'What there is to see in this small museum and when to go. '.repeat(3)}</p></div>`
  const html = `<html><head><link rel="canonical" href="https://guide.example/a"></head><body><div class="guide"><p>${'An introduction to the guide, long enough to read as prose. '.repeat(3)}</p>${item(1)}${item(2)}${item(3)}</div></body></html>`
  const article = extractArticle(html, { boilerplate })
  for (const kept of ['Museum 1', 'Museum 3', 'small museum']) assert.ok(article.text.includes(kept), kept)
})

test('bylines and site names', () => {
  assert.equal(bylineName('كتب: طارق السعدي | 10 حزيران 2025'), 'طارق السعدي')
  assert.equal(bylineName('بقلم - ليلى حسن، القاهرة'), 'ليلى حسن')
  assert.equal(bylineName('طارق السعدي'), null)
  assert.equal(stripSiteName('عنوان الخبر الطويل هنا - الموقع', 'الموقع'), 'عنوان الخبر الطويل هنا')
  assert.equal(stripSiteName('الموقع | عنوان الخبر الطويل هنا', null), 'عنوان الخبر الطويل هنا')
  assert.equal(stripSiteName('عنوان بلا فاصل', null), 'عنوان بلا فاصل')
})

test('decodeHtml: declared windows-1256, BOM and strict UTF-8', () => {
  const cp1256 = Buffer.concat([
    Buffer.from('<meta charset="windows-1256"><p>'),
    Buffer.from([0xc7, 0xe1, 0xe4, 0xd5]),
  ])
  assert.equal(decodeHtml(cp1256, 'a.html'), '<meta charset="windows-1256"><p>النص')
  assert.equal(decodeHtml(Buffer.from('\uFEFF<p>نص</p>'), 'b.html'), '<p>نص</p>')
  assert.throws(() => decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xc7, 0xe1]), 'c.html'), /invalid UTF-8/)
})

test('shingleScore', () => {
  assert.deepEqual(shingleScore('', ''), { precision: 1, recall: 1, f1: 1 })
  const half = shingleScore('أ ب ج د ه', 'أ ب ج د')
  assert.equal(half.precision, 0.5)
  assert.equal(half.recall, 1)
  assert.equal(shingleScore('الأمر', 'الامر').f1, 1, 'folded')
})

test('a page wrapped in one <form> (ASP.NET) keeps its article; a search form goes', () => {
  const body =
    'أعلنت الهيئة العامة للطيران المدني اليوم استئناف الرحلات إلى المطار بعد توقف دام ثلاثة أيام. '.repeat(8)
  const html = `<html><body><form id="aspnetForm" action="/news.aspx"><div class="search"><form><input name="q"><button>بحث</button></form></div><div id="content"><h1>استئناف الرحلات</h1><p>${body}</p><p>${body}</p></div></form></body></html>`
  const article = extractArticle(html, { boilerplate })
  assert.ok(article.text.includes('استئناف الرحلات إلى المطار'))
  assert.ok(!article.text.includes('بحث'))
})

test('another <h1> block goes (the next story loaded below), an <h1> used as a subheading stays', () => {
  const prose = (word: string) =>
    `<p>${`The ${word} paragraph of this story runs long enough to be prose. `.repeat(4)}</p>`
  const page = (body: string) =>
    `<html><head><meta property="og:title" content="The main headline"></head><body>${body}</body></html>`
  const next = extractArticle(
    page(
      `<article><h1>The main headline</h1>${prose('first')}</article>` +
        `<article><h1>The next story</h1>${prose('other')}${prose('other')}${prose('other')}</article>`,
    ),
    { boilerplate },
  )
  assert.ok(next.text.includes('first paragraph') && !next.text.includes('other paragraph'))
  const misused = extractArticle(
    page(
      `<h1>The main headline</h1><div class="body">${prose('first')}<h1>A section</h1>${prose('second')}</div>`,
    ),
    { boilerplate },
  )
  assert.ok(misused.text.includes('first paragraph') && misused.text.includes('second paragraph'))
})
