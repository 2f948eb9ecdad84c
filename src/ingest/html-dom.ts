/**
 * The few DOM types the HTML layer uses. The project compiles without the DOM library (it runs on Node,
 * not in a browser), so linkedom's documents are seen through these structural interfaces.
 */
import { parseHTML } from 'linkedom'

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly parentNode: DomNode | null
  readonly childNodes: ArrayLike<DomNode>
  readonly nextSibling: DomNode | null
}

export interface DomElement extends DomNode {
  readonly tagName: string
  readonly localName: string
  readonly children: ArrayLike<DomElement>
  readonly parentElement: DomElement | null
  readonly nextElementSibling: DomElement | null
  readonly previousElementSibling: DomElement | null
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  matches(selector: string): boolean
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  getElementsByTagName(name: string): ArrayLike<DomElement>
  remove(): void
  contains(other: DomNode | null): boolean
  cloneNode(deep: boolean): DomElement
}

export interface DomDocument {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  readonly head: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  getElementsByTagName(name: string): ArrayLike<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE

/**
 * Parses a page into a DOM (linkedom: fast, no layout, no scripts run).
 *
 * @example parseDocument('<p>نص</p>').querySelector('p')?.textContent // → 'نص'
 */
export const parseDocument = (html: string): DomDocument => {
  // linkedom keeps a document without <html> as a fragment; give it a full page to hang on.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(page).document as unknown as DomDocument
}

/** The text of an element with runs of white space collapsed. */
export const collapsedText = (node: DomNode): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim()

/** Share of an element's text inside links, 0..1. */
export const linkDensity = (element: DomElement): number => {
  const length = collapsedText(element).length
  if (length === 0) return 0
  let linked = 0
  const links = element.querySelectorAll('a')
  for (let index = 0; index < links.length; index++) linked += collapsedText(links[index]!).length
  return Math.min(1, linked / length)
}

/** Holders of the article itself: no comment section, sign-up box or teaser grid contains one. */
export const ARTICLE_HOLDERS = 'h1, article, main, [itemprop="articleBody"]'
/** A paragraph of prose, not a label or a link, is at least this long. */
export const PROSE_PARAGRAPH = 80

/** The page's first paragraph of prose: the article's, since comments and teasers come after it. */
export const firstProseParagraph = (root: DomElement): DomElement | undefined =>
  Array.from(root.querySelectorAll('p')).find(
    (paragraph) => collapsedText(paragraph).length >= PROSE_PARAGRAPH,
  )
