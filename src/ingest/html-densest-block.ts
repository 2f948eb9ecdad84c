/**
 * The fallback article finder: the element holding the most paragraph text that is not link text.
 * Readability sometimes rejects a short news item or settles on one half of a body split by an ad slot;
 * this simpler measure still finds the text there.
 */

import { collapsedText, type DomElement, isElement, linkDensity, TEXT_NODE } from './html-dom.js'

/** Paragraphs shorter than this are captions, labels or links. */
const MIN_PARAGRAPH = 25

const ownText = (element: DomElement): number => {
  let length = 0
  const children = element.childNodes
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.nodeType === TEXT_NODE) length += (child.textContent ?? '').trim().length
    else if (isElement(child) && /^(?:a|b|strong|em|i|span|font)$/.test(child.localName)) {
      length += collapsedText(child).length
    }
  }
  return length
}

const add = (scores: Map<DomElement, number>, element: DomElement | null, score: number): void => {
  if (element !== null) scores.set(element, (scores.get(element) ?? 0) + score)
}

/**
 * The element whose paragraphs carry the most non-link text (a paragraph counts fully for its parent,
 * half for its grandparent); `root` when there are no paragraphs.
 *
 * @example densestBlock(parseDocument(html).body!).localName // → 'article'
 */
export const densestBlock = (root: DomElement): DomElement => {
  const scores = new Map<DomElement, number>()
  for (const paragraph of Array.from(root.querySelectorAll('p, blockquote, pre'))) {
    const length = collapsedText(paragraph).length
    if (length < MIN_PARAGRAPH) continue
    const score = length * (1 - linkDensity(paragraph))
    add(scores, paragraph.parentElement, score)
    add(scores, paragraph.parentElement?.parentElement ?? null, score / 2)
  }
  // Pages without <p>: text and <br> straight inside a <div> or <td>.
  for (const block of Array.from(root.querySelectorAll('div, td, section, article'))) {
    if (block.querySelector('br') === null) continue
    const length = ownText(block)
    if (length >= MIN_PARAGRAPH * 4) add(scores, block, length)
  }
  let best = root
  let bestScore = 0
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element
      bestScore = score
    }
  }
  return best
}
