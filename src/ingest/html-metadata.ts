/**
 * A page's metadata: title, author, site name, canonical address and language, read from what publishers
 * write for search engines and social sites (JSON-LD, Open Graph, meta tags) and from the page itself
 * (its headline, its byline). Each field takes the most trusted source that gives it.
 */
import { foldWord } from '../text/fold.js'
import { dateFromString } from '../time/page-date.js'
import { collapsedText, type DomDocument, type DomElement } from './html-dom.js'

export interface PageMetadata {
  readonly title: string | null
  readonly author: string | null
  readonly siteName: string | null
  /** The page's canonical address (rel=canonical, og:url, JSON-LD url), absolute. */
  readonly canonicalUrl: string | null
  /** A BCP 47 primary language subtag (`ar`, `en`) the page declares, or null. */
  readonly language: string | null
  /** The article text the page's JSON-LD carries (`articleBody`), or null. */
  readonly articleBody: string | null
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json }

const ARTICLE_TYPES = /article|posting|report|webpage/i
/** Title separators between a headline and its site name. */
const TITLE_SEPARATOR = /\s+[|\-–—:«»/\\]{1,2}\s+/
/** Words that introduce a byline: بقلم: فلان، كتب: فلان، By Someone. */
const BYLINE_PREFIX =
  /^\s*(?:بقلم|كتبت?|كتبه|إعداد|اعداد|تحرير|تقرير|المحرر|(?:posted |written |published )?by|(?:geschrieben )?von|(?:publié )?par)\s*[:：\-–]?\s+/i
const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline',
  '.author-name',
  '.author',
  '.writer',
  '.article-author',
  '.post-author',
] as const
const MAX_AUTHOR_LENGTH = 80

const metaContent = (document: DomDocument, ...keys: readonly string[]): string | null => {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`)
    const content = element?.getAttribute('content')?.trim()
    if (content) return content
  }
  return null
}

const asObjects = (value: Json | undefined): { readonly [key: string]: Json }[] => {
  if (value === undefined || value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return (value as readonly Json[]).flatMap(asObjects)
  const object = value as { readonly [key: string]: Json }
  return [object, ...asObjects(object['@graph'])]
}

const nameOf = (value: Json | undefined): string | null => {
  if (typeof value === 'string') return value.trim() || null
  if (Array.isArray(value)) {
    const names = (value as readonly Json[]).map(nameOf).filter((name): name is string => name !== null)
    return names.length > 0 ? names.join('، ') : null
  }
  if (value !== null && typeof value === 'object') return nameOf((value as { name?: Json }).name)
  return null
}

/** The first JSON-LD object describing an article (NewsArticle, Article, BlogPosting…), if any. */
const jsonLdArticle = (document: DomDocument): { readonly [key: string]: Json } | null => {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let index = 0; index < scripts.length; index++) {
    let parsed: Json
    try {
      parsed = JSON.parse(scripts[index]!.textContent ?? '') as Json
    } catch {
      continue // a broken JSON-LD block is common and says nothing: skip it
    }
    for (const object of asObjects(parsed)) {
      const type = object['@type']
      const types = Array.isArray(type) ? type : [type]
      if (types.some((each) => typeof each === 'string' && ARTICLE_TYPES.test(each))) return object
    }
  }
  return null
}

const absolute = (address: string | null | undefined, base: string | null | undefined): string | null => {
  if (!address) return null
  try {
    return new URL(address, base ?? undefined).href
  } catch {
    return null
  }
}

/** A title or name folded for comparing: spelling variants and punctuation ignored. */
export const foldForCompare = (text: string): string =>
  foldWord(text, { tehMarbuta: true })
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * A `<title>` without the site name around it: `عنوان الخبر - الموقع` → `عنوان الخبر`. With no site name
 * known, the longest part is taken when one part clearly is the headline.
 */
export const stripSiteName = (title: string, siteName: string | null): string => {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim())
  if (parts.length < 2) return title.trim()
  const site = siteName === null ? null : foldForCompare(siteName)
  if (site !== null) {
    const kept = parts.filter((part) => foldForCompare(part) !== site)
    if (kept.length < parts.length && kept.length > 0) return kept.join(' - ')
  }
  const first = parts[0]!
  const last = parts.at(-1)!
  // A short last part after a long headline is a site name (or a section): drop it.
  if (last.split(/\s+/).length <= 3 && first.split(/\s+/).length >= 3) return parts.slice(0, -1).join(' - ')
  if (first.split(/\s+/).length <= 3 && last.split(/\s+/).length >= 3) return parts.slice(1).join(' - ')
  return title.trim()
}

/** The page's headline: an `<h1>` that the page's own title metadata confirms, else that metadata. */
const findTitle = (
  document: DomDocument,
  ld: { readonly [key: string]: Json } | null,
  siteName: string | null,
) => {
  const declared =
    metaContent(document, 'og:title', 'twitter:title') ??
    (typeof ld?.headline === 'string' ? ld.headline : null) ??
    collapsedText(document.querySelector('title') ?? ({ textContent: '' } as DomElement))
  const declaredKey = declared === '' ? '' : foldForCompare(declared)
  const headings = document.querySelectorAll('h1')
  let onlyHeading: string | null = null
  for (let index = 0; index < headings.length; index++) {
    const text = collapsedText(headings[index]!)
    if (text === '') continue
    const key = foldForCompare(text)
    if (declaredKey !== '' && key.length >= 8 && declaredKey.includes(key)) return text
    onlyHeading = index === 0 && headings.length === 1 ? text : null
  }
  if (declared !== '') return stripSiteName(declared, siteName)
  return onlyHeading
}

const cleanAuthor = (raw: string): string | null => {
  const text = raw.replace(/\s+/g, ' ').replace(BYLINE_PREFIX, '').trim()
  if (text === '' || text.length > MAX_AUTHOR_LENGTH || /^https?:/i.test(text)) return null
  return text
}

/** Elements that may hold a visible byline. */
const BYLINE_HOLDERS = 'p, div, span, li, address, small'
/** A visible byline must start with its cue (كتب: فلان), or it is just a name somewhere. */
const BYLINE_CUE = /^\s*(?:بقلم|كتبت?|كتبه|[Bb][Yy])\s*[:：\-–]\s*|^\s*(?:By|BY|Par|Von)\s+(?=\p{Lu})/u
/** A name in Latin letters is capitalised words and the particles between them (Anna van Berg). */
const LATIN_NAME = /^(?:\p{Lu}[\p{L}.'’-]*|de|da|del|van|von|der|den|al|el|bin|ibn|and|und|et|y)$/u
const MAX_BYLINE_WORDS = 5

/** `كتب: طارق السعدي | 10 حزيران 2025` → `طارق السعدي`. */
export const bylineName = (text: string): string | null => {
  const cue = BYLINE_CUE.exec(text)
  if (cue === null) return null
  const name =
    text
      .slice(cue[0].length)
      .split(/\s*[|–—،,]\s*|\s+-\s+|\s+(?=[\d٠-٩])/)[0]
      ?.trim() ?? ''
  const words = name.split(/\s+/)
  if (/[a-z]/i.test(name) && !words.every((word) => LATIN_NAME.test(word))) return null
  return name.length >= 2 && words.length <= MAX_BYLINE_WORDS ? name : null
}

const visibleByline = (document: DomDocument): string | null => {
  for (const element of Array.from(document.querySelectorAll(BYLINE_HOLDERS))) {
    const text = collapsedText(element)
    if (text.length > MAX_AUTHOR_LENGTH + 20) continue
    const name = bylineName(text)
    if (name !== null) return name
  }
  return null
}

/** An author that is the outlet itself (an Organization): the page's visible byline says more. */
const isOrganization = (value: Json | undefined, siteName: string | null): boolean => {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    return (
      typeof value === 'string' && siteName !== null && foldForCompare(value) === foldForCompare(siteName)
    )
  }
  const type = (value as { '@type'?: Json })['@type']
  const name = nameOf(value)
  return (
    (typeof type === 'string' && /organization/i.test(type)) ||
    (name !== null && siteName !== null && foldForCompare(name) === foldForCompare(siteName))
  )
}

const findAuthor = (
  document: DomDocument,
  ld: { readonly [key: string]: Json } | null,
  siteName: string | null,
): string | null => {
  const fromLd = isOrganization(ld?.author, siteName) ? null : nameOf(ld?.author)
  if (fromLd !== null) return cleanAuthor(fromLd)
  const fromMeta = metaContent(document, 'author', 'article:author', 'dc.creator', 'sailthru.author')
  if (fromMeta !== null && cleanAuthor(fromMeta) !== null) return cleanAuthor(fromMeta)
  for (const selector of AUTHOR_SELECTORS) {
    const element = document.querySelector(selector)
    const text = element === null ? null : cleanAuthor(collapsedText(element))
    if (text !== null) return text
  }
  return visibleByline(document)
}

const DATE_HOLDERS = '[class*="date" i], [id*="date" i]'
const MAX_DATE_HOLDERS = 20
/** A numeric date: `2025-10-05`, `05/10/2025`, `05.10.2025` (day first, as Arab and European sites write). */
const NUMERIC_DATE = /(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?!\d)/

/**
 * A publication date marked up in the page body, for pages whose head gives none: blog platforms put it
 * on an element's title (`<abbr class="published" title="2023-03-12…">`), older sites in an element
 * named for it.
 *
 * @example markedDate(parseDocument('<span class="NewsDate">الأحد 05/10/2025</span>')) // → '2025-10-05'
 */
export const markedDate = (document: DomDocument): string | null => {
  const marked = document.querySelector('abbr.published[title], .published[title], .updated[title]')
  const value = marked?.getAttribute('title')
  if (value) return dateFromString(value)
  // A date line in an element named for it: `<span class="NewsDate">الأحد 05/10/2025</span>`.
  for (const element of Array.from(document.querySelectorAll(DATE_HOLDERS)).slice(0, MAX_DATE_HOLDERS)) {
    const numeric = NUMERIC_DATE.exec(collapsedText(element))
    const date = numeric === null ? null : dateFromString(numeric[0])
    if (date !== null) return date
  }
  return null
}

const primaryLanguage = (tag: string | null | undefined): string | null => {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase()
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null
}

/**
 * Reads a page's metadata. `url` is where the page was fetched from, used to make addresses absolute.
 *
 * @example
 *   pageMetadata(parseDocument('<html lang="ar"><head><meta property="og:site_name" content="الموقع">' +
 *     '<title>عنوان الخبر - الموقع</title></head></html>'))
 *   // → { title: 'عنوان الخبر', siteName: 'الموقع', language: 'ar', author: null, canonicalUrl: null, articleBody: null }
 */
export const pageMetadata = (document: DomDocument, url?: string | null): PageMetadata => {
  const ld = jsonLdArticle(document)
  const siteName =
    metaContent(document, 'og:site_name', 'application-name', 'twitter:site:name') ??
    nameOf(ld?.publisher) ??
    null
  const canonicalLink = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const ldUrl = typeof ld?.url === 'string' ? ld.url : null
  return {
    title: findTitle(document, ld, siteName),
    author: findAuthor(document, ld, siteName),
    siteName,
    canonicalUrl: absolute(canonicalLink ?? metaContent(document, 'og:url') ?? ldUrl, url),
    language:
      primaryLanguage(document.documentElement?.getAttribute('lang')) ??
      primaryLanguage(metaContent(document, 'og:locale', 'content-language', 'language')) ??
      primaryLanguage(
        document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
      ),
    articleBody:
      typeof ld?.articleBody === 'string' && ld.articleBody.trim() !== '' ? ld.articleBody.trim() : null,
  }
}
