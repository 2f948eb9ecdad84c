/**
 * RSS 2.0 and Atom feeds: each item's title, address, date, id and whatever body it carries (RSS
 * `content:encoded` or `description`, Atom `content` or `summary`), parsed as XML with linkedom.
 */
import { DOMParser } from 'linkedom'
import { dateFromString } from '../time/page-date.js'
import type { DomElement } from './html-dom.js'

export interface FeedItem {
  readonly id: string | null
  readonly title: string | null
  readonly url: string | null
  /** `YYYY-MM-DD`, or null. */
  readonly published: string | null
  /** The item's body as HTML (or plain text); null when the feed gives only a title. */
  readonly html: string | null
  /** True when the body is the full article (content:encoded, Atom content), not a summary. */
  readonly full: boolean
}

export interface Feed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

/** Whether a text looks like a feed rather than a page (its root element is rss, feed or RDF). */
export const looksLikeFeed = (text: string): boolean =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text)

const text = (element: DomElement | null | undefined): string | null => {
  const value = element?.textContent?.trim()
  return value ? value : null
}

const first = (element: DomElement, ...names: readonly string[]): DomElement | null => {
  for (const name of names) {
    const found = element.getElementsByTagName(name)[0]
    if (found !== undefined) return found
  }
  return null
}

const dayOf = (value: string | null): string | null => (value === null ? null : dateFromString(value))

const rssItem = (item: DomElement): FeedItem => {
  const encoded = text(first(item, 'content:encoded'))
  return {
    id: text(first(item, 'guid')),
    title: text(first(item, 'title')),
    url: text(first(item, 'link')),
    published: dayOf(text(first(item, 'pubDate', 'dc:date'))),
    html: encoded ?? text(first(item, 'description')),
    full: encoded !== null,
  }
}

const atomLink = (entry: DomElement): string | null => {
  const links = Array.from(entry.getElementsByTagName('link'))
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
  return alternate?.getAttribute('href') ?? null
}

const atomEntry = (entry: DomElement): FeedItem => {
  const content = text(first(entry, 'content'))
  return {
    id: text(first(entry, 'id')),
    title: text(first(entry, 'title')),
    url: atomLink(entry),
    published: dayOf(text(first(entry, 'published', 'updated'))),
    html: content ?? text(first(entry, 'summary')),
    full: content !== null,
  }
}

/**
 * Parses an RSS or Atom feed.
 *
 * @example
 *   parseFeed('<rss><channel><item><title>خبر</title><link>https://a.example/1</link></item></channel></rss>')
 *   // → { title: null, items: [{ title: 'خبر', url: 'https://a.example/1', html: null, full: false, … }] }
 */
export const parseFeed = (xml: string): Feed => {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomElement
  const items = Array.from(document.getElementsByTagName('item')).map(rssItem)
  const entries = Array.from(document.getElementsByTagName('entry')).map(atomEntry)
  const channel = first(document, 'channel') ?? first(document, 'feed')
  const title =
    channel === null ? null : text(Array.from(channel.children).find((child) => child.localName === 'title'))
  return { title, items: [...items, ...entries] }
}
