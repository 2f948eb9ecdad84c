/**
 * HTML → article: the body text of a news page with its title, date, byline, site name, canonical
 * address and language. Furniture is pruned first (`prunePage`, Arabic-aware), Mozilla's Readability
 * then finds the article container, and a paragraph-density fallback takes over when Readability finds
 * nothing or only a fragment, and the JSON-LD `articleBody` when the page renders its text by script.
 * Bylines, date lines and agency credit lines around the body are dropped.
 */
import { Readability } from '@mozilla/readability'
import type { RemovedText } from '../pipeline/analysis.js'
import { pageDate } from '../time/page-date.js'
import type { BoilerplatePhrase } from './boilerplate.js'
import { cleanText } from './clean-text.js'
import { prunePage } from './html-boilerplate.js'
import { densestBlock } from './html-densest-block.js'
import { collapsedText, type DomDocument, type DomElement, parseDocument } from './html-dom.js'
import { trimArticleEdges } from './html-edges.js'
import { markedDate, pageMetadata } from './html-metadata.js'
import { htmlText } from './html-text.js'

export interface HtmlArticle {
  readonly title: string | null
  /** The article body: paragraphs separated by blank lines. */
  readonly text: string
  /** `YYYY-MM-DD`, or null when the page gives no date. */
  readonly published: string | null
  readonly author: string | null
  readonly siteName: string | null
  /** The canonical address when the page gives one, else the address it was read from. */
  readonly url: string | null
  /** The page's declared language, else `ar` or `en` by the letters of its text, else null. */
  readonly language: string | null
  /** Furniture removed for a reason a reader cares about (related links, share widgets…). */
  readonly removed: readonly RemovedText[]
}

export interface ExtractOptions {
  /** Where the page was read from: resolves relative addresses, and may carry the date. */
  readonly url?: string | null
  readonly boilerplate: readonly BoilerplatePhrase[]
}

/** Readability's own threshold (500 characters) loses short news items; the fallback backs this up. */
const READABILITY_MIN_CHARACTERS = 200
/** Readability's text is kept unless the fallback found this many times more. */
const FALLBACK_RATIO = 1.8

const ARABIC_LETTER = /[\u0621-\u064a]/g
const LATIN_LETTER = /[a-z]/gi

const guessLanguage = (text: string): string | null => {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0
  const latin = text.match(LATIN_LETTER)?.length ?? 0
  if (arabic + latin < 20) return null
  return arabic >= latin ? 'ar' : 'en'
}

interface ReaderResult {
  readonly text: string
  readonly title: string | null
  readonly byline: string | null
  readonly siteName: string | null
}

/**
 * The text of an article container without a heading left at its very end: the title of a box whose
 * links were removed (More in Sport, Paid content) — an article never ends on a heading.
 */
const bodyText = (container: DomElement): string => {
  const text = htmlText(container)
  const headings = container.querySelectorAll('h1, h2, h3, h4, h5, h6')
  const last = headings.length === 0 ? null : collapsedText(headings[headings.length - 1]!)
  const cut = text.lastIndexOf('\n\n')
  if (last === null || last === '' || cut < 0 || text.slice(cut + 2).replace(/\s+/g, ' ') !== last)
    return text
  return text.slice(0, cut).trimEnd()
}

/** JSON-LD `articleBody` as text: some sites write it as HTML (`<p>…</p>`, `&#8217;`), most as text. */
const jsonLdText = (body: string): string => {
  if (/<\/?[a-z][^>]*>|&#?\w+;/i.test(body)) {
    const parsed = parseDocument(`<html><body>${body}</body></html>`).body
    if (parsed !== null) return htmlText(parsed)
  }
  return body.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n\n')
}

const readabilityText = (document: DomDocument): ReaderResult | null => {
  try {
    const reader = new Readability<DomElement>(document as never, {
      charThreshold: READABILITY_MIN_CHARACTERS,
      serializer: (node) => node as unknown as DomElement,
    }).parse()
    if (reader === null || reader.content == null) return null
    return {
      text: bodyText(reader.content),
      title: reader.title ?? null,
      byline: reader.byline ?? null,
      siteName: reader.siteName ?? null,
    }
  } catch {
    // Readability throws on some malformed documents; the fallback still reads them.
    return null
  }
}

/**
 * Extracts the article of a news page.
 *
 * @example
 *   const article = extractArticle(html, { url: 'https://example.org/news/1', boilerplate: loadBoilerplate() })
 *   article.title      // → 'عنوان الخبر'
 *   article.published  // → '2025-08-20'
 *   article.text       // → 'الفقرة الأولى…\n\nالفقرة الثانية…'
 */
export const extractArticle = (html: string, options: ExtractOptions): HtmlArticle => {
  const document = parseDocument(html)
  const metadata = pageMetadata(document, options.url)
  const published = pageDate(html, options.url ?? metadata.canonicalUrl) ?? markedDate(document)
  const { removed } = prunePage(document, options.boilerplate, {
    url: metadata.canonicalUrl ?? options.url ?? null,
    title: metadata.title,
  })
  const body = document.body ?? document.documentElement
  // Readability rewrites the document it reads, so the fallback reads a copy taken before.
  const copy = body?.cloneNode(true) ?? null
  const reader = readabilityText(document)
  const fallback = copy === null ? '' : bodyText(densestBlock(copy))
  let text = reader?.text ?? ''
  if (text.length * FALLBACK_RATIO < fallback.length) text = fallback
  // Pages rendered by script carry the article only in their JSON-LD: take it when the DOM has less.
  const ldBody = metadata.articleBody === null ? '' : jsonLdText(metadata.articleBody)
  if (text.length * FALLBACK_RATIO < ldBody.length) text = ldBody
  const title = metadata.title ?? reader?.title ?? null
  const edges = trimArticleEdges(text, title, metadata.author ?? reader?.byline ?? null)
  // The lines the boilerplate lexicon knows (تابعونا على…، - إعلان -) go here too, so that the body is
  // clean for any caller, not only for the analysis pipeline's own cleanup stage.
  const cleaned = cleanText(edges.text, options.boilerplate)
  const author = metadata.author ?? edges.byline ?? reader?.byline ?? null
  return {
    title,
    text: cleaned.text,
    published,
    author,
    siteName: metadata.siteName ?? reader?.siteName ?? null,
    url: metadata.canonicalUrl ?? options.url ?? null,
    language: metadata.language ?? guessLanguage(cleaned.text),
    removed: [...removed, ...edges.removed, ...cleaned.removed],
  }
}
