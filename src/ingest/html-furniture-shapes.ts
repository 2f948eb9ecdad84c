/**
 * Page furniture recognised by its shape rather than its class names or wording, so that it is found on
 * sites in any language: grids of teaser cards (a linked headline over a short summary, repeated), a
 * paragraph that is nothing but a link to the same site (an inline "read also" teaser), a newsletter
 * sign-up box (the block around an e-mail field), a comment section (the block around a reply box), and
 * a photo caption carrying a credit after its image.
 */
import type { RemovalReason } from '../pipeline/analysis.js'
import {
  ARTICLE_HOLDERS,
  collapsedText,
  type DomElement,
  firstProseParagraph,
  linkDensity,
  PROSE_PARAGRAPH,
} from './html-dom.js'
import { foldForCompare } from './html-metadata.js'

export type Dropper = (element: DomElement, reason: RemovalReason | null) => void

const LINKED_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'].flatMap((h) => [`a ${h}`, `${h} a`]).join(', ')
/** A teaser card is a headline and a summary; an article section is longer than this. */
const MAX_CARD_LENGTH = 600
/** A paragraph that is only a link, this short, is a teaser for another page. */
const MAX_LINK_PARAGRAPH = 200
/** A sign-up box: its heading, a line of pitch and the field. */
const MAX_SIGNUP_LENGTH = 400
const MAX_CAPTION_LENGTH = 250

/** A photo credit in a caption: `Foto: …`, `Photo : …`, `صورة: …`, `©`. */
const PHOTO_CREDIT =
  /(?:^|[\s(|·])(?:foto|fotos|photo|photos|bild|image|picture|credit|crédit|صورة|الصورة|تصوير)\s*[:：]|©/i
const IMAGES = 'img, picture, amp-img, figure, video'

/** A link to another page (not an anchor on this one). */
const leavesPage = (link: DomElement): boolean => {
  const href = link.getAttribute('href')?.trim() ?? ''
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href)
}

const hostOf = (address: string | null): string | null => {
  if (address === null) return null
  try {
    return new URL(address).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}

/**
 * A link to another page of the same site: a relative address, or the page's own host. Teasers point
 * inside the site; a list of museums or products in an article points out of it.
 */
const staysOnSite = (link: DomElement, host: string | null): boolean => {
  if (!leavesPage(link)) return false
  const href = link.getAttribute('href')!.trim()
  if (!/^(?:[a-z][\w+.-]*:)?\/\//i.test(href)) return true
  return host !== null && hostOf(href.startsWith('//') ? `https:${href}` : href) === host
}

const linkOf = (heading: DomElement): DomElement | null => {
  for (let node: DomElement | null = heading; node !== null; node = node.parentElement) {
    if (node.localName === 'a') return node
  }
  return heading.querySelector('a')
}

/** Cards: children holding exactly one linked headline, two or more of them under one parent. */
const dropTeaserGrids = (root: DomElement, host: string | null, drop: Dropper): void => {
  const headlines = new Map<DomElement, number>()
  for (const heading of Array.from(root.querySelectorAll(LINKED_HEADINGS))) {
    const link = linkOf(heading)
    if (link === null || !staysOnSite(link, host)) continue
    for (let node = heading.parentElement; node !== null && node !== root; node = node.parentElement) {
      headlines.set(node, (headlines.get(node) ?? 0) + 1)
    }
  }
  const parents = new Set<DomElement>()
  for (const [element, count] of headlines) {
    if (count === 1 && element.parentElement !== null) parents.add(element.parentElement)
  }
  for (const parent of parents) {
    if (!root.contains(parent) || parent.querySelector('h1') !== null) continue
    const children = Array.from(parent.children)
    const cards = children.filter(
      (child) =>
        headlines.get(child) === 1 &&
        !/^(?:a|h\d)$/.test(child.localName) &&
        collapsedText(child).length <= MAX_CARD_LENGTH,
    )
    if (cards.length < 2) continue
    // The whole block goes when nothing but its heading is left beside the cards.
    const rest = children.filter((child) => !cards.includes(child) && !/^h\d$/.test(child.localName))
    // Prose beside the cards (an introduction, a closing paragraph): the cards are the items of an
    // article (the five best…), not teasers.
    if (rest.some((child) => collapsedText(child).length * (1 - linkDensity(child)) >= PROSE_PARAGRAPH))
      continue
    if (rest.every((child) => collapsedText(child) === '') && parent !== root) {
      // The heading over the grid (More in Sport) goes with it when it stands alone before it.
      const heading = parent.previousElementSibling
      if (heading !== null && /^h\d$/.test(heading.localName) && parent.nextElementSibling === null) {
        drop(heading, null)
      }
      drop(parent, 'related-links')
    } else for (const card of cards) drop(card, 'related-links')
  }
}

const dropLinkParagraphs = (root: DomElement, host: string | null, drop: Dropper): void => {
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    const text = collapsedText(paragraph)
    if (text === '' || text.length > MAX_LINK_PARAGRAPH) continue
    const link = paragraph.querySelector('a')
    if (link !== null && staysOnSite(link, host) && linkDensity(paragraph) >= 0.9) {
      drop(paragraph, 'related-links')
    }
  }
}

const dropSignupBoxes = (root: DomElement, drop: Dropper): void => {
  for (const field of Array.from(root.querySelectorAll('input[type="email"]'))) {
    if (!root.contains(field)) continue
    let box: DomElement | null = null
    for (let node = field.parentElement; node !== null && node !== root; node = node.parentElement) {
      if (collapsedText(node).length > MAX_SIGNUP_LENGTH || node.querySelector(ARTICLE_HOLDERS) !== null)
        break
      box = node
    }
    if (box !== null) drop(box, 'subscribe')
  }
}

/**
 * A comment section: the block around a reply box (`<textarea>`), grown outwards while it still holds no
 * headline, no article element and not the page's first paragraph of prose (comments follow the article).
 */
const dropCommentSections = (root: DomElement, drop: Dropper): void => {
  const fields = Array.from(root.querySelectorAll('textarea'))
  if (fields.length === 0) return
  const firstProse = firstProseParagraph(root)
  for (const field of fields) {
    if (!root.contains(field)) continue
    let section: DomElement | null = null
    for (let node = field.parentElement; node !== null && node !== root; node = node.parentElement) {
      if (
        node.querySelector(ARTICLE_HOLDERS) !== null ||
        (firstProse !== undefined && node.contains(firstProse))
      ) {
        break
      }
      section = node
    }
    if (section !== null) drop(section, null)
  }
}

const follows = (element: DomElement, selector: string): boolean => {
  const previous = element.previousElementSibling
  return previous !== null && (previous.matches(selector) || previous.querySelector(selector) !== null)
}

const dropCreditedCaptions = (root: DomElement, drop: Dropper): void => {
  for (const element of Array.from(root.querySelectorAll('p, div, span, small'))) {
    // The image test first: it is cheap, and reading the text of every <div> is not.
    if (!follows(element, IMAGES) || collapsedText(element.previousElementSibling!).length >= 40) continue
    const text = collapsedText(element)
    if (text !== '' && text.length <= MAX_CAPTION_LENGTH && PHOTO_CREDIT.test(text)) drop(element, null)
  }
}

/**
 * Other articles on the page: sites that load the next story under this one (infinite scroll) give it
 * its own headline. The block around any other <h1> — up to, not including, what holds this page's
 * headline — goes, unless it holds the page's first paragraph of prose (an <h1> misused as a subheading
 * inside the body).
 */
const dropOtherArticles = (root: DomElement, title: string | null, drop: Dropper): void => {
  if (title === null) return
  const headings = Array.from(root.querySelectorAll('h1'))
  if (headings.length < 2) return
  const key = foldForCompare(title)
  const own = headings.find((heading) => foldForCompare(collapsedText(heading)) === key)
  if (own === undefined) return
  const firstProse = firstProseParagraph(root)
  for (const heading of headings) {
    if (heading === own || !root.contains(heading) || foldForCompare(collapsedText(heading)) === key) continue
    let block: DomElement = heading
    while (
      block.parentElement !== null &&
      block.parentElement !== root &&
      !block.parentElement.contains(own)
    ) {
      block = block.parentElement
    }
    if (firstProse === undefined || !block.contains(firstProse)) drop(block, 'related-links')
  }
}

/**
 * Removes other articles, comment sections, sign-up boxes, teaser grids, link-only paragraphs and
 * credited captions under `root`; the page's headline tells its article from the next one, and
 * its address tells links to the site's own pages (teasers) from links out of it.
 *
 * @example dropFurnitureShapes(document.body!, { url: 'https://example.org/a', title: 'Headline' }, (element) => element.remove())
 */
export const dropFurnitureShapes = (
  root: DomElement,
  page: { readonly url: string | null; readonly title: string | null },
  drop: Dropper,
): void => {
  dropOtherArticles(root, page.title, drop)
  dropCommentSections(root, drop)
  dropSignupBoxes(root, drop)
  const host = hostOf(page.url)
  dropTeaserGrids(root, host, drop)
  dropLinkParagraphs(root, host, drop)
  dropCreditedCaptions(root, drop)
}
