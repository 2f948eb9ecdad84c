/** الأحداث · Events: filters, the timeline, the map of places, and the table of events with their evidence. */
import type { DayCount, EventResult, StoredEvent } from '../../store/store.js'
import { getJson } from '../api.js'
import { timelineChart } from '../charts.js'
import { badge, english, gloss, h, ltr, pager } from '../dom.js'
import { filterForm, filterParams } from '../filters.js'
import { documentHref, pagerLinks } from '../route.js'
import { worldMap } from '../world-map.js'

const PAGE_SIZE = 50

const names = (list: StoredEvent['actors']): string => list.map((each) => each.code ?? each.text).join('، ')

const eventRow = (event: StoredEvent): HTMLElement =>
  h(
    'tr',
    { 'data-type': event.type },
    h('td', {}, ltr(event.published)),
    h('td', {}, badge(event.type, event.type), event.negated ? badge('negated', 'negated') : null),
    h('td', {}, names(event.actors)),
    h('td', {}, names(event.recipients)),
    h('td', {}, names(event.mediators)),
    h('td', {}, event.place?.text ?? ''),
    h('td', {}, english(event.summary)),
    h(
      'td',
      {},
      event.attribution
        ? `${event.attribution.speaker} (${event.attribution.kind})`
        : gloss('صوت الوسيلة', 'own voice'),
    ),
    h('td', {}, h('a', { href: documentHref(event.documentId) }, event.outlet ?? event.documentId)),
  )

/** Event counts by the country of their place, for the map. */
const mapPoints = (events: readonly StoredEvent[]) => {
  const byCountry = new Map<string, { count: number; places: Set<string> }>()
  for (const event of events) {
    const country = event.place?.country
    if (!country) continue
    const entry = byCountry.get(country) ?? { count: 0, places: new Set<string>() }
    entry.count++
    entry.places.add(event.place?.name ?? event.place?.text ?? '')
    byCountry.set(country, entry)
  }
  return [...byCountry].map(([country, entry]) => ({
    country,
    count: entry.count,
    label: [...entry.places].join(', '),
  }))
}

export const eventsPage = async (params: Readonly<Record<string, string>>): Promise<HTMLElement> => {
  const offset = Number(params.offset ?? 0) || 0
  const filters = filterParams(params)
  const [page, perDay, forMap] = await Promise.all([
    getJson<EventResult>('/api/events', { ...filters, limit: PAGE_SIZE, offset }),
    getJson<{ items: DayCount[] }>('/api/aggregations/events-per-day', filters),
    getJson<EventResult>('/api/events', { ...filters, limit: 100 }),
  ])
  const head = [
    'التاريخ:date',
    'النوع:type',
    'الفاعل:actor',
    'المتلقي:recipient',
    'الوسيط:mediator',
    'المكان:place',
    'الملخص:summary',
    'المصدر:on whose word',
    'الوسيلة:outlet',
  ]
  return h(
    'div',
    { class: 'page events-page' },
    h('h2', {}, gloss('الأحداث', 'events')),
    filterForm('events', params, ['q', 'outlet', 'since', 'until', 'type', 'actor', 'modality', 'cluster']),
    h(
      'div',
      { class: 'charts' },
      h('section', {}, h('h3', {}, gloss('الخط الزمني', 'timeline')), timelineChart(perDay.items)),
      h(
        'section',
        {},
        h('h3', {}, gloss('الخريطة', 'map of event places')),
        worldMap(mapPoints(forMap.events)),
      ),
    ),
    h(
      'p',
      { class: 'total' },
      `${page.total} `,
      gloss('حدث', 'events'),
      ' · ',
      gloss('تنزيل', 'download'),
      ' ',
      ...['csv', 'plover', 'tsv'].flatMap((format) => [
        h(
          'a',
          {
            href: `/api/export?${new URLSearchParams({ ...filters, format })}`,
            class: 'export-link',
            download: '',
          },
          format,
        ),
        ' ',
      ]),
    ),
    h(
      'table',
      { class: 'events-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...head.map((cell) => {
            const [arabic, en] = cell.split(':')
            return h('th', {}, gloss(arabic!, en!))
          }),
        ),
      ),
      h('tbody', {}, ...page.events.map(eventRow)),
    ),
    pager(pagerLinks('events', params, PAGE_SIZE, page.total)),
  )
}
