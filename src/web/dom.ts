/**
 * Building the page without ever parsing data as HTML: elements are created one by one, text goes in as
 * text nodes, event-handler attributes are refused, and links take only this UI's own routes or http(s)
 * addresses. Article text is untrusted; nothing here can turn it into markup or script.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[]
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>

const SVG_NS = 'http://www.w3.org/2000/svg'

/** An address safe to put in href: this UI's `#/` routes and `/api/` downloads, or http(s) addresses; anything else is dropped. */
export const safeHref = (value: string | null | undefined): string | null => {
  if (!value) return null
  if (value.startsWith('#/') || value.startsWith('/api/')) return value
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

const setAttributes = (element: Element, attributes: Attributes | undefined): void => {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue
    // Handlers are attached with addEventListener in code, never from attributes.
    if (/^on/i.test(name)) throw new Error(`refusing the event-handler attribute ${name}`)
    if (name === 'href' || name === 'src') {
      const safe = safeHref(String(value))
      if (safe !== null) element.setAttribute(name, safe)
      continue
    }
    element.setAttribute(name, value === true ? '' : String(value))
  }
}

const append = (parent: Node, children: readonly Child[]): void => {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) {
      append(parent, child)
      continue
    }
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)))
  }
}

/** An HTML element: `h('a', { href: '#/doc/1', class: 'title' }, title)`. */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  setAttributes(element, attributes)
  append(element, children)
  return element
}

/** An SVG element. */
export const s = (tag: string, attributes?: Attributes, ...children: Child[]): SVGElement => {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement
  setAttributes(element, attributes)
  append(element, children)
  return element
}

/** Arabic first, with its English gloss beside it: `بحث · Search`. */
export const gloss = (arabic: string, english: string): HTMLSpanElement =>
  h('span', { class: 'glossed' }, arabic, ' ', h('span', { class: 'gloss', lang: 'en', dir: 'ltr' }, english))

/** English text in an RTL page. */
export const english = (text: string, tag: 'span' | 'p' | 'div' = 'span'): HTMLElement =>
  h(tag, { lang: 'en', dir: 'ltr', class: 'en' }, text)

/** Replaces an element's children. */
export const replaceChildren = (parent: Element, ...children: Child[]): void => {
  parent.replaceChildren()
  append(parent, children)
}

/** A small coloured label. */
export const badge = (text: string, kind: string): HTMLSpanElement =>
  h('span', { class: `badge badge-${kind}`, lang: 'en', dir: 'ltr' }, text)

/** Dates, codes and numbers kept left to right inside Arabic text (2025-09-20 would otherwise show reversed). */
export const ltr = (text: string | null | undefined): HTMLElement | null =>
  text ? h('bdi', { dir: 'ltr' }, text) : null

/** A previous / next navigation from two addresses (either may be null). */
export const pager = (links: {
  readonly previous: string | null
  readonly next: string | null
}): HTMLElement =>
  h(
    'nav',
    { class: 'pager' },
    links.previous ? h('a', { href: links.previous }, gloss('السابق', 'previous')) : null,
    links.next ? h('a', { href: links.next }, gloss('التالي', 'next')) : null,
  )
