/** الشبكة · Network: who acts on whom — actors on a circle, arrows weighted by their events — and the top actors. */
import type { ActorCount, NetworkEdge } from '../../store/store.js'
import { getJson } from '../api.js'
import { typeColour } from '../charts.js'
import { gloss, h, s } from '../dom.js'
import { filterForm, filterParams } from '../filters.js'
import { routeHref } from '../route.js'

const graph = (edges: readonly NetworkEdge[]): SVGElement => {
  const size = 560
  const centre = size / 2
  const radius = size / 2 - 70
  const nodes = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))].sort()
  const at = new Map(
    nodes.map((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, nodes.length) - Math.PI / 2
      return [node, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) }]
    }),
  )
  const max = Math.max(1, ...edges.map((edge) => edge.total))
  const svg = s('svg', {
    viewBox: `0 0 ${size} ${size}`,
    class: 'chart network',
    role: 'img',
    'aria-label': 'actor network',
    dir: 'ltr',
  })
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          // Sized in the drawing's own units, so a thick edge does not get a huge head; the tip stops at
          // the node's rim (radius 10).
          markerUnits: 'userSpaceOnUse',
          refX: 20,
          refY: 5,
          markerWidth: 10,
          markerHeight: 10,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }),
      ),
    ),
  )
  for (const edge of edges) {
    const from = at.get(edge.source)!
    const to = at.get(edge.target)!
    const main = (Object.entries(edge.types) as [string, number][]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
    const detail = Object.entries(edge.types)
      .map(([type, count]) => `${type} ${count}`)
      .join(', ')
    svg.append(
      s(
        'line',
        {
          x1: from.x.toFixed(1),
          y1: from.y.toFixed(1),
          x2: to.x.toFixed(1),
          y2: to.y.toFixed(1),
          stroke: typeColour(main),
          'stroke-width': (1 + (5 * edge.total) / max).toFixed(1),
          class: 'edge',
          'marker-end': 'url(#arrow)',
        },
        s('title', {}, `${edge.source} → ${edge.target}: ${detail}`),
      ),
    )
  }
  for (const node of nodes) {
    const { x, y } = at.get(node)!
    const link = s(
      'a',
      { href: routeHref('events', { actor: node }) },
      s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 10, class: 'node' }),
      s(
        'text',
        { x: x.toFixed(1), y: (y - 14).toFixed(1), 'text-anchor': 'middle', class: 'node-label' },
        node,
      ),
    )
    svg.append(link)
  }
  return svg
}

export const networkPage = async (params: Readonly<Record<string, string>>): Promise<HTMLElement> => {
  const filters = filterParams(params)
  const [network, actors] = await Promise.all([
    getJson<{ items: NetworkEdge[] }>('/api/aggregations/network', { ...filters, top: 40 }),
    getJson<{ items: ActorCount[] }>('/api/aggregations/top-actors', { ...filters, top: 20 }),
  ])
  return h(
    'div',
    { class: 'page network-page' },
    h('h2', {}, gloss('شبكة الفاعلين', 'actor network')),
    filterForm('network', params, ['q', 'outlet', 'since', 'until', 'type', 'actor']),
    h(
      'div',
      { class: 'with-sidebar' },
      h(
        'section',
        {},
        network.items.length === 0
          ? h('p', { class: 'muted' }, gloss('لا علاقات', 'no actor-to-actor events'))
          : graph(network.items),
      ),
      h(
        'aside',
        {},
        h('h3', {}, gloss('أكثر الفاعلين', 'top actors')),
        h(
          'table',
          { class: 'top-actors' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, gloss('الرمز', 'code')),
              h('th', {}, gloss('فاعل', 'actor')),
              h('th', {}, gloss('متلقٍ', 'recipient')),
              h('th', {}, gloss('وسيط', 'mediator')),
            ),
          ),
          h(
            'tbody',
            {},
            ...actors.items.map((actor) =>
              h(
                'tr',
                {},
                h(
                  'td',
                  {},
                  h('a', { href: routeHref('events', { actor: actor.code }) }, actor.code),
                  actor.name ? h('span', { class: 'gloss', lang: 'en', dir: 'ltr' }, ` ${actor.name}`) : null,
                ),
                h('td', {}, String(actor.actor)),
                h('td', {}, String(actor.recipient)),
                h('td', {}, String(actor.mediator)),
              ),
            ),
          ),
        ),
      ),
    ),
  )
}
