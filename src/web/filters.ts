/**
 * The filter form the search, events and network pages share: words, outlet, dates, event type, actor,
 * modality. Submitting it moves to the same page with the filters in the address.
 */
import { MODALITIES } from '../vocabulary/modalities.js'
import { PLOVER_TYPES } from '../vocabulary/plover.js'
import { gloss, h } from './dom.js'
import { routeHref } from './route.js'

export const FILTER_NAMES = ['q', 'outlet', 'since', 'until', 'type', 'actor', 'modality', 'cluster'] as const

const select = (name: string, value: string | undefined, options: readonly string[]): HTMLSelectElement => {
  const element = h('select', { name, id: `filter-${name}` }, h('option', { value: '' }, '—'))
  for (const option of options)
    element.append(h('option', { value: option, selected: option === value }, option))
  return element
}

const field = (arabic: string, en: string, control: HTMLElement): HTMLElement =>
  h('label', { class: 'field' }, gloss(arabic, en), control)

/** The form; `fields` picks which filters it shows. */
export const filterForm = (
  page: string,
  params: Readonly<Record<string, string>>,
  fields: readonly (typeof FILTER_NAMES)[number][],
): HTMLFormElement => {
  const controls: Record<string, () => HTMLElement> = {
    q: () =>
      field(
        'الكلمات',
        'words',
        h('input', {
          type: 'search',
          name: 'q',
          id: 'filter-q',
          value: params.q ?? '',
          placeholder: 'مثال: مسقط',
        }),
      ),
    outlet: () =>
      field(
        'الوسيلة',
        'outlet',
        h('input', { type: 'text', name: 'outlet', id: 'filter-outlet', value: params.outlet ?? '' }),
      ),
    since: () =>
      field(
        'من',
        'since',
        h('input', { type: 'date', name: 'since', id: 'filter-since', value: params.since ?? '' }),
      ),
    until: () =>
      field(
        'إلى',
        'until',
        h('input', { type: 'date', name: 'until', id: 'filter-until', value: params.until ?? '' }),
      ),
    type: () => field('نوع الحدث', 'event type', select('type', params.type, Object.keys(PLOVER_TYPES))),
    actor: () =>
      field(
        'الفاعل',
        'actor code',
        h('input', {
          type: 'text',
          name: 'actor',
          id: 'filter-actor',
          value: params.actor ?? '',
          placeholder: 'IRN',
        }),
      ),
    modality: () => field('الصيغة', 'modality', select('modality', params.modality, Object.keys(MODALITIES))),
    cluster: () =>
      field(
        'القصة',
        'story',
        h('input', { type: 'text', name: 'cluster', id: 'filter-cluster', value: params.cluster ?? '' }),
      ),
  }
  const form = h('form', { class: 'filters', role: 'search' }, ...fields.map((name) => controls[name]!()))
  form.append(h('button', { type: 'submit', class: 'primary' }, gloss('تطبيق', 'apply')))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const next: Record<string, string> = {}
    for (const name of fields) {
      const value = String(data.get(name) ?? '').trim()
      if (value !== '') next[name] = value
    }
    location.hash = routeHref(page, next)
  })
  return form
}

/** The current filters as API parameters (only the known names). */
export const filterParams = (params: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(FILTER_NAMES.filter((name) => params[name]).map((name) => [name, params[name]!]))
