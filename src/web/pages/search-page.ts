/** البحث · Search: words and filters, facets to narrow by, hits with their snippets, pages. */
import type { FacetCount, SearchHit, SearchResult } from '../../store/store.js'
import { getJson } from '../api.js'
import { gloss, h, ltr, pager } from '../dom.js'
import { filterForm, filterParams } from '../filters.js'
import { clusterHref, documentHref, pagerLinks, routeHref } from '../route.js'

const PAGE_SIZE = 20

/** The snippet with the matched words marked (as text nodes and <mark>, never markup from data). */
const snippetOf = (hit: SearchHit): HTMLElement => {
  const paragraph = h('p', { class: 'snippet' })
  const { snippet } = hit
  let at = snippet.start
  for (const mark of snippet.highlights) {
    if (mark.start < at || mark.end > snippet.end) continue
    paragraph.append(snippet.text.slice(at - snippet.start, mark.start - snippet.start))
    paragraph.append(h('mark', {}, snippet.text.slice(mark.start - snippet.start, mark.end - snippet.start)))
    at = mark.end
  }
  paragraph.append(snippet.text.slice(at - snippet.start))
  return paragraph
}

const hitItem = (hit: SearchHit): HTMLElement =>
  h(
    'li',
    { class: 'hit', 'data-id': hit.id },
    h('a', { class: 'hit-title', href: documentHref(hit.id) }, hit.title ?? '(بلا عنوان · untitled)'),
    h(
      'div',
      { class: 'hit-meta' },
      hit.outlet ?? '',
      hit.outlet && hit.published ? ' · ' : '',
      ltr(hit.published),
      hit.clusterId && hit.clusterId !== hit.id
        ? [' · ', h('a', { href: clusterHref(hit.clusterId) }, gloss('القصة', 'story'))]
        : null,
    ),
    hit.snippet ? snippetOf(hit) : null,
  )

const facetList = (
  arabic: string,
  en: string,
  name: string,
  counts: readonly FacetCount[] | undefined,
  params: Readonly<Record<string, string>>,
): HTMLElement | null => {
  if (!counts || counts.length === 0) return null
  return h(
    'section',
    { class: 'facet', 'data-facet': name },
    h('h3', {}, gloss(arabic, en)),
    h(
      'ul',
      {},
      ...counts.slice(0, 12).map((count) =>
        h(
          'li',
          { class: params[name] === count.value ? 'active' : null },
          h(
            'a',
            {
              // A day narrows to that day: since and until both.
              href: routeHref('search', {
                ...params,
                [name]: count.value,
                ...(name === 'since' ? { until: count.value } : {}),
                offset: null,
              }),
            },
            count.label ? `${count.value} · ${count.label}` : count.value,
          ),
          h('span', { class: 'count' }, String(count.count)),
        ),
      ),
    ),
  )
}

export const searchPage = async (params: Readonly<Record<string, string>>): Promise<HTMLElement> => {
  const offset = Number(params.offset ?? 0) || 0
  const result = await getJson<SearchResult>('/api/search', {
    ...filterParams(params),
    limit: PAGE_SIZE,
    offset,
    facets: true,
  })
  const facets = result.facets
  const days = facets?.days ?? []
  return h(
    'div',
    { class: 'page search-page' },
    h('h2', {}, gloss('البحث', 'search')),
    filterForm('search', params, ['q', 'outlet', 'since', 'until', 'type', 'actor']),
    h(
      'div',
      { class: 'with-sidebar' },
      h(
        'div',
        { class: 'results' },
        h(
          'p',
          { class: 'total' },
          `${result.total} `,
          gloss('وثيقة', 'documents'),
          days.length > 0 ? [' · ', ltr(`${days[0]!.value} – ${days.at(-1)!.value}`)] : null,
        ),
        h('ol', { class: 'hits' }, ...result.hits.map(hitItem)),
        pager(pagerLinks('search', params, PAGE_SIZE, result.total)),
      ),
      h(
        'aside',
        { class: 'facets' },
        facetList('الوسيلة', 'outlet', 'outlet', facets?.outlets, params),
        facetList('نوع الحدث', 'event type', 'type', facets?.types, params),
        facetList('الفاعلون', 'actors', 'actor', facets?.actors, params),
        facetList('اليوم', 'day', 'since', facets?.days, params),
      ),
    ),
  )
}
