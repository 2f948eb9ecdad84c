/** تحليل نص · Analyze: paste an article (or a page's HTML), see its analysis; nothing is stored. */
import type { Analysis } from '../../pipeline/analysis.js'
import { analysisView } from '../analysis-view.js'
import { ApiFailure, postJson } from '../api.js'
import { gloss, h, replaceChildren } from '../dom.js'

export const analyzePage = async (): Promise<HTMLElement> => {
  const text = h('textarea', {
    id: 'analyze-text',
    name: 'text',
    rows: 10,
    dir: 'rtl',
    placeholder: 'الصق نص الخبر هنا',
  })
  const published = h('input', { type: 'date', id: 'analyze-published', name: 'published' })
  const asHtml = h('input', { type: 'checkbox', id: 'analyze-html', name: 'html' })
  const result = h('div', { class: 'analyze-result', 'aria-live': 'polite' })
  const button = h('button', { type: 'submit', class: 'primary' }, gloss('حلّل', 'analyze'))
  const form = h(
    'form',
    { class: 'analyze-form' },
    h('label', { class: 'field wide' }, gloss('النص', 'article text'), text),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'field' }, gloss('تاريخ النشر', 'published'), published),
      h('label', { class: 'field inline' }, asHtml, ' ', gloss('صفحة HTML', 'the text is a web page')),
      button,
    ),
  )
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (text.value.trim() === '') return
    button.disabled = true
    replaceChildren(result, h('p', { class: 'muted' }, gloss('جارٍ التحليل…', 'analysing…')))
    try {
      const body = asHtml.checked ? { html: text.value } : { text: text.value }
      const analysis = await postJson<Analysis>('/api/analyze', {
        ...body,
        published: published.value || undefined,
      })
      replaceChildren(result, analysisView(analysis))
    } catch (error) {
      const message = error instanceof ApiFailure ? `${error.code}: ${error.message}` : String(error)
      replaceChildren(result, h('p', { class: 'error' }, message))
    } finally {
      button.disabled = false
    }
  })
  return h(
    'div',
    { class: 'page analyze-page' },
    h('h2', {}, gloss('تحليل نص', 'paste and analyze')),
    form,
    result,
  )
}
