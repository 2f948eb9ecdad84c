/** الوسائل · Outlets: whom each outlet's reports rest on, and how its wording frames each actor. */
import type { OutletFraming, OutletSourcing } from '../../store/store.js'
import { getJson } from '../api.js'
import { gloss, h } from '../dom.js'
import { filterForm, filterParams } from '../filters.js'

const percent = (share: number): string => `${Math.round(share * 100)}%`

export const outletsPage = async (params: Readonly<Record<string, string>>): Promise<HTMLElement> => {
  const filters = filterParams(params)
  const [sourcing, framing] = await Promise.all([
    getJson<{ items: OutletSourcing[] }>('/api/aggregations/sourcing', filters),
    getJson<{ items: OutletFraming[] }>('/api/aggregations/framing', filters),
  ])
  const header = (...cells: [string, string][]) =>
    h('thead', {}, h('tr', {}, ...cells.map(([arabic, en]) => h('th', {}, gloss(arabic, en)))))
  return h(
    'div',
    { class: 'page outlets-page' },
    h('h2', {}, gloss('الوسائل', 'outlets')),
    filterForm('outlets', params, ['q', 'since', 'until']),
    h('h3', {}, gloss('المصادر حسب الوسيلة', 'sourcing per outlet')),
    h(
      'table',
      { class: 'sourcing-table' },
      header(
        ['الوسيلة', 'outlet'],
        ['وثائق', 'documents'],
        ['مسماة', 'named'],
        ['مجهولة', 'anonymous'],
        ['رسمية', 'official'],
        ['وسائل', 'outlets'],
        ['مصدر واحد', 'single source'],
        ['بلا مصدر', 'unsourced'],
      ),
      h(
        'tbody',
        {},
        ...sourcing.items.map((row) =>
          h(
            'tr',
            {},
            h('td', {}, row.outlet ?? '—'),
            h('td', {}, String(row.documents)),
            h('td', {}, String(row.named)),
            h('td', {}, String(row.anonymous)),
            h('td', {}, String(row.officialBodies)),
            h('td', {}, String(row.outlets)),
            h('td', {}, percent(row.singleSourceShare)),
            h('td', {}, percent(row.unsourcedShare)),
          ),
        ),
      ),
    ),
    h('h3', {}, gloss('التأطير حسب الوسيلة والفاعل', 'framing per outlet × target')),
    h(
      'table',
      { class: 'framing-table' },
      header(
        ['الوسيلة', 'outlet'],
        ['الهدف', 'target'],
        ['المجموع', 'frames'],
        ['سلبي', 'negative'],
        ['إيجابي', 'positive'],
        ['وثائق', 'documents'],
      ),
      h(
        'tbody',
        {},
        ...framing.items.map((row) =>
          h(
            'tr',
            {},
            h('td', {}, row.outlet ?? '—'),
            h('td', { dir: 'ltr' }, row.target),
            h('td', {}, String(row.total)),
            h('td', {}, String(row.leans.negative)),
            h('td', {}, String(row.leans.positive)),
            h('td', {}, String(row.documents)),
          ),
        ),
      ),
    ),
  )
}
