/**
 * DOM → article text: block elements become paragraphs (separated by a blank line), `<br>` a line
 * break, and white space inside a paragraph collapses to single spaces, as a browser would render it.
 */
import { type DomElement, type DomNode, isElement, TEXT_NODE } from './html-dom.js'

/** Elements that start a new paragraph. */
const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tr',
  'ul',
])
/** Elements whose text is never article text. */
const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'textarea',
  'figcaption',
])

/** Accumulates paragraphs: the line being built, the lines of the open paragraph, finished paragraphs. */
class TextSink {
  private readonly paragraphs: string[] = []
  private lines: string[] = []
  private line = ''

  addText(text: string): void {
    this.line += text
  }

  lineBreak(): void {
    // Two <br> in a row (an empty line) end a paragraph, as pages without <p> write them.
    if (this.line.trim() === '' && this.lines.length > 0) {
      this.paragraphBreak()
      return
    }
    this.lines.push(this.line)
    this.line = ''
  }

  paragraphBreak(): void {
    this.lines.push(this.line)
    this.line = ''
    const paragraph = this.lines
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
    if (paragraph !== '') this.paragraphs.push(paragraph)
    this.lines = []
  }

  finish(): string {
    this.paragraphBreak()
    return this.paragraphs.join('\n\n')
  }
}

const walk = (node: DomNode, sink: TextSink): void => {
  if (node.nodeType === TEXT_NODE) {
    sink.addText(node.textContent ?? '')
    return
  }
  if (!isElement(node)) return
  const name = node.localName.toLowerCase()
  if (SKIPPED.has(name)) return
  if (name === 'br') {
    sink.lineBreak()
    return
  }
  const block = BLOCKS.has(name)
  if (block) sink.paragraphBreak()
  const children = node.childNodes
  for (let index = 0; index < children.length; index++) walk(children[index]!, sink)
  if (block) sink.paragraphBreak()
  // Table cells on one row read as one line, separated by a space.
  else if (name === 'td' || name === 'th') sink.addText(' ')
}

/**
 * The readable text of an element: paragraphs separated by blank lines, lines by `\n`.
 *
 * @example htmlText(parseDocument('<p>الأولى</p><p>الثانية<br>سطر</p>').body!) // → 'الأولى\n\nالثانية\nسطر'
 */
export const htmlText = (element: DomElement): string => {
  const sink = new TextSink()
  walk(element, sink)
  return sink.finish()
}
