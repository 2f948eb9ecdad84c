/** القصص · Stories: the story clusters, and one story with each outlet's report side by side. */
import type { ClusterDetail, ClusterDocument, ClusterList } from '../../store/store.js'
import { getJson } from '../api.js'
import { badge, english, gloss, h, ltr } from '../dom.js'
import { clusterHref, documentHref } from '../route.js'

export const clustersPage = async (): Promise<HTMLElement> => {
  const list = await getJson<ClusterList>('/api/clusters', { limit: 100 })
  return h(
    'div',
    { class: 'page clusters-page' },
    h('h2', {}, gloss('القصص', 'stories reported by several outlets')),
    list.clusters.length === 0
      ? h('p', { class: 'muted' }, gloss('لا قصص مشتركة بعد', 'no story told by more than one report yet'))
      : h(
          'ol',
          { class: 'clusters' },
          ...list.clusters.map((cluster) =>
            h(
              'li',
              { class: 'cluster-item', 'data-id': cluster.id },
              h('a', { href: clusterHref(cluster.id) }, cluster.title ?? cluster.id),
              h(
                'div',
                { class: 'hit-meta' },
                `${cluster.size} `,
                gloss('تقارير', 'reports'),
                ` · ${cluster.outlets.join('، ')} · `,
                ltr(cluster.firstPublished),
                cluster.signature
                  ? h('span', { class: 'signature', dir: 'ltr' }, ` ${cluster.signature}`)
                  : null,
              ),
            ),
          ),
        ),
  )
}

const column = (document: ClusterDocument): HTMLElement => {
  const profile = document.sourcing
  return h(
    'section',
    { class: 'report', 'data-id': document.id },
    h('h3', {}, document.outlet ?? '—'),
    h(
      'a',
      { href: documentHref(document.id), class: 'report-title' },
      document.title ?? '(بلا عنوان · untitled)',
    ),
    h('p', { class: 'hit-meta' }, ltr(document.published)),
    h('h4', {}, gloss('ماذا نقلت', 'what it reported')),
    h(
      'ul',
      { class: 'report-events' },
      ...document.events.map((event) =>
        h(
          'li',
          {},
          badge(event.type, event.type),
          ' ',
          english(event.summary),
          h('q', { class: 'evidence' }, event.evidence.text),
        ),
      ),
    ),
    h('h4', {}, gloss('على لسان من', 'on whose word')),
    document.speakers.length === 0
      ? h('p', { class: 'muted' }, gloss('بصوت الوسيلة وحدها', "in the outlet's own voice only"))
      : h(
          'ul',
          { class: 'report-speakers' },
          ...document.speakers.map((speaker) => h('li', {}, speaker.text, ' ', badge(speaker.kind, 'kind'))),
        ),
    h(
      'p',
      { class: 'sourcing-line' },
      gloss('مسماة', 'named'),
      ` ${profile.named} · `,
      gloss('مجهولة', 'anonymous'),
      ` ${profile.anonymous} · `,
      gloss('رسمية', 'official'),
      ` ${profile.officialBodies}`,
    ),
    h('h4', {}, gloss('بأي كلمات', 'in what words')),
    document.frames.length === 0
      ? h('p', { class: 'muted' }, gloss('لا تأطير', 'no loaded wording'))
      : h(
          'ul',
          { class: 'report-frames' },
          ...document.frames.map((frame) =>
            h(
              'li',
              {},
              h('span', { class: 'frame-text' }, frame.text),
              ' ',
              badge(frame.kind, 'frame'),
              frame.target ? ` → ${frame.target}` : '',
            ),
          ),
        ),
  )
}

export const clusterPage = async (id: string): Promise<HTMLElement> => {
  const cluster = await getJson<ClusterDetail>(`/api/clusters/${encodeURIComponent(id)}`)
  return h(
    'div',
    { class: 'page cluster-page' },
    h('h2', {}, gloss('مقارنة التغطية', 'coverage compared'), ': ', cluster.title ?? cluster.id),
    h(
      'p',
      { class: 'hit-meta' },
      `${cluster.size} `,
      gloss('تقارير', 'reports'),
      ' · ',
      ltr(`${cluster.firstPublished ?? ''} – ${cluster.lastPublished ?? ''}`),
      cluster.signature ? [' · ', h('bdi', { class: 'signature', dir: 'ltr' }, cluster.signature)] : null,
    ),
    h('div', { class: 'side-by-side' }, ...cluster.documents.map(column)),
  )
}
