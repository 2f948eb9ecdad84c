/**
 * The publication date of a web page, for ingest: from its meta tags, JSON-LD, `<time>` elements, its
 * address, or a visible date line (نشر في 20 آب 2025). One pass of bounded regular expressions over the
 * HTML, no DOM: every pattern is anchored on a literal and stops at the next `<` or quote, so it is linear.
 */
import { tokenize } from '../text/tokenize.js'
import { isValidDate } from './calendar-date.js'
import { findTimes } from './find-times.js'

/** Meta names and itemprops by trust, most trusted first; anything else with a date is not read. */
const META_PRIORITY: ReadonlyMap<string, number> = new Map([
  ['article:published_time', 0],
  ['og:published_time', 0],
  ['datepublished', 0],
  ['article:published', 1],
  ['pubdate', 2],
  ['publishdate', 2],
  ['publish-date', 2],
  ['publish_date', 2],
  ['publication_date', 2],
  ['parsely-pub-date', 2],
  ['sailthru.date', 2],
  ['original-publish-date', 2],
  ['dc.date.issued', 2],
  ['dcterms.issued', 2],
  ['dc.date', 3],
  ['dc.date.created', 3],
  ['dcterms.created', 3],
  ['dcterms.date', 3],
  ['date', 4],
])
const JSON_LD_PRIORITY = 1
const TIME_PRIORITY = 5

const TAG = /<([a-zA-Z][\w:-]{0,30})\b([^<>]{0,3000})>/g
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))|([\w:.-]+)/g
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"\\]{4,64})"/
const ISO = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/
const DAY_FIRST = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)/
const LATIN_MONTH = /[a-z]{3}/i
const URL_PATH_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/
const URL_COMPACT_DATE = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^\d]|$)/
const MARKUP = /<[^<>]{0,3000}>|&nbsp;|&#160;/g
/** Visible date lines: published, date of publication, on (date), updated. */
const DATE_LINE_MARKERS = [
  'تاريخ النشر',
  'نشر في',
  'نُشر في',
  'نشر بتاريخ',
  'بتاريخ',
  'نشر',
  'Published',
] as const
const DATE_LINE_WINDOW = 160
const MAX_DATE_LINES = 20

const iso = (year: number, month: number, day: number): string | null =>
  isValidDate(year, month, day) && year >= 1900 && year <= 2200
    ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : null

/**
 * A date written in an attribute or JSON: ISO (the publisher's local date is kept, whatever the offset),
 * `2025/08/20`, day-first `20-08-2025`, `20250820`, an HTTP date, or Arabic (20 آب 2025).
 *
 * @example
 *   dateFromString('2025-08-20T23:30:00-05:00')      // '2025-08-20'
 *   dateFromString('Wed, 20 Aug 2025 10:00:00 GMT')  // '2025-08-20'
 */
export const dateFromString = (value: string): string | null => {
  const isoMatch = ISO.exec(value)
  if (isoMatch !== null) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]))
  const dayFirst = DAY_FIRST.exec(value)
  if (dayFirst !== null) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]))
  const compact = COMPACT.exec(value)
  if (compact !== null) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]))
  if (LATIN_MONTH.test(value) && value.length < 80) {
    const time = Date.parse(value)
    if (!Number.isNaN(time)) {
      const moment = new Date(time)
      return iso(moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate())
    }
  }
  return arabicDate(value)
}

/** The first full Gregorian or Hijri date (day, month and year written) in a short Arabic text. */
const arabicDate = (text: string): string | null => {
  for (const time of findTimes(text, tokenize(text), null)) {
    if (time.precision === 'day' && time.value !== null && !time.value.startsWith('X')) return time.value
  }
  return null
}

const attributesOf = (source: string): Map<string, string> => {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? match[5] ?? '').toLowerCase()
    if (name !== '' && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

interface Candidate {
  priority: number
  date: string
}

const consider = (best: Candidate | null, priority: number, raw: string | undefined): Candidate | null => {
  if (raw === undefined || (best !== null && best.priority <= priority)) return best
  const date = dateFromString(raw)
  return date === null ? best : { priority, date }
}

/**
 * The date in a page address: /2025/08/20/, /2025-08-20-, 20250820.
 *
 * @example dateFromUrl('https://example.com/news/2025/08/20/story') // '2025-08-20'
 */
export const dateFromUrl = (url: string): string | null => {
  const path = URL_PATH_DATE.exec(url)
  if (path !== null) return iso(Number(path[1]), Number(path[2]), Number(path[3]))
  const compact = URL_COMPACT_DATE.exec(url)
  return compact === null ? null : iso(Number(compact[1]), Number(compact[2]), Number(compact[3]))
}

const fromDateLines = (html: string): string | null => {
  let found = 0
  for (const marker of DATE_LINE_MARKERS) {
    let at = html.indexOf(marker)
    while (at >= 0 && found < MAX_DATE_LINES) {
      found++
      const window = html
        .slice(at + marker.length, at + marker.length + DATE_LINE_WINDOW * 4)
        .replace(MARKUP, ' ')
      const date = arabicDate(window.slice(0, DATE_LINE_WINDOW))
      if (date !== null) return date
      at = html.indexOf(marker, at + marker.length)
    }
  }
  return null
}

/**
 * The publication date (`YYYY-MM-DD`) of a web page, or null when it gives none. Trust order: meta
 * `article:published_time` and `datePublished`; JSON-LD `datePublished`; other date metas (pubdate,
 * DC.date, …); `<time datetime>`; the page address (`url`, else its canonical or og:url); a visible
 * date line.
 *
 * @example
 *   pageDate('<meta property="article:published_time" content="2025-08-20T09:30:00+03:00">') // '2025-08-20'
 *   pageDate('<p>نشر في 20 آب 2025</p>')                                                    // '2025-08-20'
 *   pageDate('<html></html>', 'https://example.com/news/2025/08/20/story')                   // '2025-08-20'
 */
export const pageDate = (html: string, url?: string | null): string | null => {
  let best: Candidate | null = null
  let canonical: string | null = null
  for (const match of html.matchAll(TAG)) {
    const tagName = match[1]!.toLowerCase()
    const source = match[2]!
    const lower = source.toLowerCase()
    if (tagName === 'link' || tagName === 'meta') {
      if (canonical === null && (lower.includes('canonical') || lower.includes('og:url'))) {
        const attributes = attributesOf(source)
        if (attributes.get('rel') === 'canonical' || attributes.get('property') === 'og:url') {
          canonical = attributes.get('href') ?? attributes.get('content') ?? null
        }
      }
    }
    if (!lower.includes('date') && !lower.includes('time') && tagName !== 'time') continue
    const attributes = attributesOf(source)
    const key = (
      attributes.get('property') ??
      attributes.get('name') ??
      attributes.get('itemprop') ??
      ''
    ).toLowerCase()
    const priority = META_PRIORITY.get(key)
    if (priority !== undefined)
      best = consider(best, priority, attributes.get('content') ?? attributes.get('datetime'))
    else if (tagName === 'time' && attributes.has('datetime')) {
      best = consider(best, attributes.has('pubdate') ? 2 : TIME_PRIORITY, attributes.get('datetime'))
    }
    if (best?.priority === 0) return best.date
  }
  const jsonLd = JSON_LD_DATE.exec(html)
  best = consider(best, JSON_LD_PRIORITY, jsonLd?.[1])
  if (best !== null) return best.date
  for (const address of [url, canonical]) {
    const date = address == null ? null : dateFromUrl(address)
    if (date !== null) return date
  }
  return fromDateLines(html)
}
