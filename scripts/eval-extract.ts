/**
 * `npm run eval:extract`: scores HTML → article extraction on the fixture pages in test/fixtures/html
 * (shingle precision, recall and F1 of the body after cleanup, against the expected text; F1 before the
 * cleanup and of Readability alone beside it), and checks the metadata fields. `--verbose` prints each
 * page's extracted text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { loadBoilerplate } from '../src/ingest/boilerplate.js'
import { cleanText } from '../src/ingest/clean-text.js'
import { decodeHtml } from '../src/ingest/decode-html.js'
import { extractArticle } from '../src/ingest/html-article.js'
import { shingleScore } from '../src/ingest/shingle-score.js'

const folder = fileURLToPath(new URL('../test/fixtures/html/', import.meta.url))
const verbose = process.argv.includes('--verbose')
const FIELDS = ['title', 'published', 'author', 'siteName', 'url', 'language'] as const

const boilerplate = loadBoilerplate()
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .sort()
let sums = { precision: 0, recall: 0, f1: 0 }
let baselineF1 = 0
let rawF1 = 0
const versus = { better: 0, same: 0, worse: [] as string[] }
let fieldsRight = 0
let fieldsTotal = 0
const rows: string[] = []
for (const page of pages) {
  const name = page.slice(0, -'.html'.length)
  const html = decodeHtml(readFileSync(folder + page), page)
  const expectedText = readFileSync(`${folder}${name}.expected.txt`, 'utf8')
  const expected = JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8')) as Record<
    string,
    unknown
  >
  const started = performance.now()
  const article = extractArticle(html, { boilerplate })
  const milliseconds = performance.now() - started
  const body = cleanText(article.text, boilerplate).text
  const score = shingleScore(body, expectedText)
  // The extractor's own text, before the plain-text cleanup the analysis pipeline applies after it.
  const raw = shingleScore(article.text, expectedText)
  rawF1 += raw.f1
  sums = {
    precision: sums.precision + score.precision,
    recall: sums.recall + score.recall,
    f1: sums.f1 + score.f1,
  }
  // The baseline: Readability alone over the same DOM library, its text cleaned the same way.
  const reader = new Readability(parseHTML(html).document as never).parse()
  const baseline = shingleScore(cleanText(reader?.textContent ?? '', boilerplate).text, expectedText)
  baselineF1 += baseline.f1
  if (score.f1 > baseline.f1 + 0.0005) versus.better++
  else if (score.f1 < baseline.f1 - 0.0005) versus.worse.push(name)
  else versus.same++
  const wrong: string[] = []
  for (const field of FIELDS) {
    fieldsTotal++
    if (article[field] === (expected[field] ?? null)) fieldsRight++
    else wrong.push(`${field}=${JSON.stringify(article[field])}`)
  }
  rows.push(
    `${name.padEnd(28)} P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}  (before cleanup ${raw.f1.toFixed(3)}; Readability alone ${baseline.f1.toFixed(3)})  ${milliseconds.toFixed(0).padStart(4)} ms${wrong.length > 0 ? '  metadata wrong: ' + wrong.join(' ') : ''}`,
  )
  if (verbose) rows.push(body, '')
}
const count = pages.length
console.log(rows.join('\n'))
console.log(
  `\nagainst Readability alone: better on ${versus.better}, the same on ${versus.same}, worse on ${versus.worse.length}${versus.worse.length > 0 ? ` (${versus.worse.join(', ')})` : ''}; mean F1 before cleanup ${(rawF1 / count).toFixed(3)}`,
)
console.log(
  `mean over ${count} pages: P ${(sums.precision / count).toFixed(3)}  R ${(sums.recall / count).toFixed(3)}  F1 ${(sums.f1 / count).toFixed(3)} (Readability alone F1 ${(baselineF1 / count).toFixed(3)}); metadata ${fieldsRight}/${fieldsTotal} fields right`,
)
