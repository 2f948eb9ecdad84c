/** The article page: one stored document with its highlights and side panel, and its story's other reports. */
import type { Analysis } from '../../pipeline/analysis.js'
import type { StoredDocument } from '../../store/store.js'
import { analysisView } from '../analysis-view.js'
import { getJson } from '../api.js'
import { gloss, h } from '../dom.js'
import { clusterHref } from '../route.js'

export const articlePage = async (id: string): Promise<HTMLElement> => {
  const analysis = await getJson<Analysis & { stored: StoredDocument | null }>(
    `/api/documents/${encodeURIComponent(id)}`,
  )
  const stored = analysis.stored
  const links = h('p', { class: 'article-links' })
  if (stored?.clusterId)
    links.append(
      h(
        'a',
        { href: clusterHref(stored.clusterId), class: 'cluster-link' },
        gloss('قارن التغطية', 'compare coverage of this story'),
      ),
    )
  if (analysis.doc.url)
    links.append(
      ' · ',
      h(
        'a',
        {
          href: analysis.doc.url,
          rel: 'noopener noreferrer nofollow',
          target: '_blank',
          class: 'source-link',
        },
        gloss('المصدر', 'original'),
      ),
    )
  if (stored?.duplicateOf) links.append(' · ', gloss('نسخة من', 'copy of'), ` ${stored.duplicateOf}`)
  return h('div', { class: 'page article-page' }, links, analysisView(analysis))
}
