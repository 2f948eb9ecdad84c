/**
 * Page furniture removed from the DOM before the article is looked for: scripts and forms, navigation,
 * share and subscribe widgets, related-link lists, comments and ad slots. Elements are recognised by
 * tag, by the class and id names sites give them, and — since many Arabic sites name their classes
 * `box1` or `blk-3` — by the Arabic marker that heads them (اقرأ أيضا، الأكثر قراءة، التعليقات).
 * What was removed for a reason a reader cares about is reported, as plain-text cleanup does.
 */
import type { RemovalReason, RemovedText } from '../pipeline/analysis.js'
import { type BoilerplatePhrase, normalizeLine } from './boilerplate.js'
import {
  ARTICLE_HOLDERS,
  collapsedText,
  type DomDocument,
  type DomElement,
  firstProseParagraph,
  linkDensity,
} from './html-dom.js'
import { dropFurnitureShapes } from './html-furniture-shapes.js'

/** Never article text, whatever the page says. */
const DROPPED_TAGS =
  'script, style, noscript, template, iframe, button, select, textarea, svg, nav, dialog, ' +
  // AMP pages name their ads, menus and share buttons by tag.
  'amp-ad, amp-embed, amp-sticky-ad, amp-sidebar, amp-social-share, amp-analytics, amp-consent'

/** Class or id words that mark furniture, by the reason reported (null: removed, not reported). */
const CLASS_PATTERNS: readonly (readonly [RegExp, RemovalReason | null])[] = [
  [
    /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|addthis|sharethis|share-?bar|social-?links|follow-?us|teilen|partage|partager|compartir)(?:$|[\s_-])/i,
    'share',
  ],
  [/(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up)(?:$|[\s_-])/i, 'subscribe'],
  [
    /(?:^|[\s_-])(?:related\w*|read-?also|also-?read|lire-?aussi|a-?lire|articles-?lies|verwandte\w*|aehnliche\w*|lesetipps?|mehr-?zum-?thema|relacionad\w*|more-?news|most-?read|most-?viewed|mostviewed|popular|trending|recommend\w*|outbrain|taboola|latest-?news|more-?stories)(?:$|[\s_-])/i,
    'related-links',
  ],
  [
    /(?:^|[\s_-])(?:ads?|advert\w*|banner|sponsor\w*|dfp|adslot|ad-?slot|google-?ads?|werbung|anzeige|publicite|publicidad)(?:$|[\s_-]|\d)/i,
    'advertisement',
  ],
  [
    /(?:^|[\s_-])(?:comments?|disqus|fb-comments|breadcrumbs?|menu|navbar|sidebar|widget|tags|keywords|pagination|print|font-?size|cookie\w*|consent|onetrust|gdpr|modal|popup|date|time|timestamp|byline|author|writer|meta|caption|bildunterschrift|legende|credits?|photo-credit|screen-reader-text|sr-only|visually-hidden|skip-link)(?:$|[\s_-])/i,
    null,
  ],
]
/** Markers that head furniture blocks beyond the boilerplate lexicon: comments, tags. */
const EXTRA_MARKERS: readonly (readonly [string, RemovalReason | null])[] = [
  ['التعليقات', null],
  ['تعليقات', null],
  ['اضف تعليقك', null],
  ['اضف تعليق', null],
  ['اترك تعليقا', null],
  ['الوسوم', null],
  ['كلمات مفتاحيه', null],
  ['كلمات دلاليه', null],
  ['شارك عبر', 'share'],
  ['شارك هذا', 'share'],
  ['تابعنا', 'share'],
  ['اشترك', 'subscribe'],
  ['النشره البريديه', 'subscribe'],
]
/** An element this large with few links is content: a class name alone never removes it. */
const CONTENT_GUARD_LENGTH = 600
/** A form with this much text outside links holds an article. */
const FORM_PROSE = 200
/** A marker heading stands alone: its element holds little more than the marker. */
const MAX_MARKER_SLACK = 12
/** Inline related links (اقرأ أيضا: عنوان) are short. */
const MAX_INLINE_LINK_LENGTH = 250

export interface PrunedPage {
  readonly removed: readonly RemovedText[]
}

/** Text outside links, in characters. */
const proseLength = (element: DomElement): number =>
  collapsedText(element).length * (1 - linkDensity(element))

const isContent = (element: DomElement): boolean =>
  collapsedText(element).length > CONTENT_GUARD_LENGTH && linkDensity(element) < 0.35

/**
 * Comment sections by name: removed whatever their length (a long thread is still comments), unless
 * they hold the headline, an article element or the page's first paragraph of prose.
 */
const COMMENTS_CLASS =
  /(?:^|[\s_-])(?:comments?|commentlist|commentaires?|comentarios?|kommentar\w*|reacties|disqus|fb-comments)(?:$|[\s_-])/i

const classNames = (element: DomElement): string =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`

const classReason = (element: DomElement): RemovalReason | null | undefined => {
  const names = classNames(element)
  if (names.trim() === '') return undefined
  for (const [pattern, reason] of CLASS_PATTERNS) if (pattern.test(names)) return reason
  return undefined
}

interface Marker {
  readonly key: string
  readonly reason: RemovalReason | null
}

const markersOf = (phrases: readonly BoilerplatePhrase[]): Marker[] => [
  ...phrases.filter((phrase) => phrase.scope === 'block').map(({ key, reason }) => ({ key, reason })),
  ...EXTRA_MARKERS.map(([key, reason]) => ({ key, reason })),
]

const markerOf = (text: string, markers: readonly Marker[]): Marker | null => {
  const normalized = normalizeLine(text)
  if (normalized === '') return null
  for (const marker of markers) {
    if (normalized === marker.key || normalized.startsWith(marker.key + ' ')) return marker
  }
  return null
}

/** Elements that may hold a marker as their whole text: headings, labels, short blocks. */
const MARKER_HOLDERS = 'h1, h2, h3, h4, h5, h6, p, span, strong, b, div, li, dt, header, section, aside, a'

class Pruner {
  readonly removed: RemovedText[] = []

  constructor(private readonly markers: readonly Marker[]) {}

  drop(element: DomElement, reason: RemovalReason | null): void {
    if (reason !== null) {
      const text = collapsedText(element)
      if (text !== '') this.removed.push({ text, reason })
    }
    element.remove()
  }

  /** A list of links under a marker heading: the heading's container when it is mostly links. */
  dropMarkedBlock(holder: DomElement, marker: Marker): void {
    const container = holder.parentElement
    if (
      container !== null &&
      container.localName !== 'body' &&
      !isContent(container) &&
      linkDensity(container) >= 0.4
    ) {
      this.drop(container, marker.reason)
      return
    }
    // The marker sits inside the article body: drop it and the link lists that follow it.
    const dropped: DomElement[] = [holder]
    for (let next = holder.nextElementSibling; next !== null; next = next.nextElementSibling) {
      const text = collapsedText(next)
      if (text === '') continue
      if (linkDensity(next) < 0.5) break
      dropped.push(next)
    }
    const text = dropped.map(collapsedText).join('\n')
    if (marker.reason !== null && text !== '') this.removed.push({ text, reason: marker.reason })
    for (const element of dropped) element.remove()
  }

  byMarkers(root: DomElement): void {
    const holders = Array.from(root.querySelectorAll(MARKER_HOLDERS))
    for (const holder of holders) {
      if (holder.parentNode === null || !root.contains(holder)) continue
      const text = collapsedText(holder)
      if (text === '' || text.length > MAX_INLINE_LINK_LENGTH) continue
      const marker = markerOf(text, this.markers)
      if (marker === null) continue
      if (text.length <= marker.key.length + MAX_MARKER_SLACK) this.dropMarkedBlock(holder, marker)
      else if (holder.querySelector('a') !== null && linkDensity(holder) >= 0.3)
        this.drop(holder, marker.reason)
    }
  }

  byClass(root: DomElement): void {
    const firstProse = firstProseParagraph(root)
    for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
      if (!root.contains(element) || element.localName === 'body' || element.localName === 'html') continue
      if (
        COMMENTS_CLASS.test(classNames(element)) &&
        element.querySelector(ARTICLE_HOLDERS) === null &&
        (firstProse === undefined || !element.contains(firstProse))
      ) {
        this.drop(element, null)
        continue
      }
      const reason = classReason(element)
      if (reason === undefined || isContent(element)) continue
      // A header with the headline in it is the article's own header, not the site's.
      if (element.querySelector('h1') !== null) continue
      this.drop(element, reason)
    }
  }
}

/**
 * Removes page furniture from `document` in place and returns what was removed for a reader-relevant
 * reason (related links, share and subscribe widgets, ads).
 *
 * @example
 *   const document = parseDocument('<article><p>نص</p><div class="share">شارك</div></article>')
 *   prunePage(document, loadBoilerplate(), { url: 'https://example.org/news/1', title: null }).removed // → [{ text: 'شارك', reason: 'share' }]
 */
export const prunePage = (
  document: DomDocument,
  phrases: readonly BoilerplatePhrase[],
  page: { readonly url: string | null; readonly title: string | null } = { url: null, title: null },
): PrunedPage => {
  const root = document.body ?? document.documentElement
  const pruner = new Pruner(markersOf(phrases))
  // Shapes first: a comment section is found by its reply box, which DROPPED_TAGS removes.
  if (root !== null) dropFurnitureShapes(root, page, (element, reason) => pruner.drop(element, reason))
  for (const element of Array.from(document.querySelectorAll(DROPPED_TAGS))) element.remove()
  if (root === null) return { removed: [] }
  for (const element of Array.from(root.querySelectorAll('footer, aside'))) {
    if (!isContent(element)) element.remove()
  }
  // A <form> goes only when it holds no article: ASP.NET sites wrap the whole page, menus and all, in
  // one, and a short item inside it is still more prose than any search or comment form carries.
  for (const element of Array.from(root.querySelectorAll('form'))) {
    if (proseLength(element) < FORM_PROSE) element.remove()
  }
  for (const element of Array.from(root.querySelectorAll('header'))) {
    if (element.querySelector('h1') === null && !isContent(element)) element.remove()
  }
  pruner.byClass(root)
  pruner.byMarkers(root)
  return { removed: pruner.removed }
}
