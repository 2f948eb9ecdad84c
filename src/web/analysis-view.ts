/**
 * One Analysis as a reader sees it: the text with its highlights (layers that can be switched off), and a
 * side panel with the events and their English summaries, the attribution chains, the sourcing profile
 * and the framing. Used by the article page and the paste-and-analyze page.
 */
import type { Analysis, Attribution, Event } from '../pipeline/analysis.js'
import { badge, english, gloss, h, ltr } from './dom.js'
import { annotationsOf, highlightedText } from './highlight.js'

const LAYERS = [
  ['entity', 'الكيانات', 'entities'],
  ['trigger', 'الأحداث', 'event triggers'],
  ['speaker', 'المتحدثون', 'speakers'],
  ['content', 'المنقول عنهم', 'quoted content'],
  ['frame', 'التأطير', 'frames'],
] as const

const LEGEND = [
  ['hl-entity-PERS', 'شخص', 'person'],
  ['hl-entity-LOC', 'مكان', 'place'],
  ['hl-entity-ORG', 'منظمة', 'organisation'],
  ['hl-entity-MISC', 'أخرى', 'other'],
  ['hl-trigger', 'فعل الحدث', 'event trigger'],
  ['hl-speaker', 'متحدث', 'speaker'],
  ['hl-content', 'كلام منقول', 'quoted content'],
  ['hl-frame', 'تأطير', 'frame'],
] as const

/** Scrolls to an annotation in the text and flashes it. */
const focusAnnotation = (root: HTMLElement, id: string): void => {
  const pieces = [...root.querySelectorAll<HTMLElement>('[data-covers]')].filter((piece) =>
    (piece.dataset.covers ?? '').split(' ').includes(id),
  )
  pieces[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  for (const piece of pieces) {
    piece.classList.remove('flash')
    void piece.offsetWidth
    piece.classList.add('flash')
  }
}

const participants = (list: Event['actors']): string =>
  list.map((each) => (each.code ? `${each.text} (${each.code})` : each.text)).join('، ')

const eventItem = (event: Event, onFocus: (id: string) => void): HTMLElement => {
  const item = h(
    'li',
    { class: 'event-item', 'data-event': event.id },
    h(
      'div',
      { class: 'event-head' },
      badge(event.type, event.type),
      event.mode ? badge(event.mode, 'mode') : null,
      badge(event.modality, 'modality'),
      event.negated ? badge('negated', 'negated') : null,
      h('button', { type: 'button', class: 'link', title: 'show in the text' }, event.trigger.text),
    ),
    english(event.summary, 'p'),
    h(
      'dl',
      { class: 'roles' },
      ...(event.actors.length > 0
        ? [h('dt', {}, gloss('الفاعل', 'actor')), h('dd', {}, participants(event.actors))]
        : []),
      ...(event.recipients.length > 0
        ? [h('dt', {}, gloss('المتلقي', 'recipient')), h('dd', {}, participants(event.recipients))]
        : []),
      ...(event.mediators.length > 0
        ? [h('dt', {}, gloss('الوسيط', 'mediator')), h('dd', {}, participants(event.mediators))]
        : []),
      ...(event.location ? [h('dt', {}, gloss('المكان', 'place')), h('dd', {}, event.location.text)] : []),
      ...(event.date
        ? [
            h('dt', {}, gloss('الزمان', 'date')),
            h('dd', {}, event.date.text, event.date.value ? [' (', ltr(event.date.value), ')'] : null),
          ]
        : []),
      ...(event.attribution
        ? [h('dt', {}, gloss('المصدر', 'on the word of')), h('dd', {}, event.attribution)]
        : []),
    ),
  )
  item.querySelector('button')?.addEventListener('click', () => onFocus(event.id))
  return item
}

/** A chain: speaker ← relays, each with its kind. */
const attributionItem = (
  attribution: Attribution,
  text: string,
  onFocus: (id: string) => void,
): HTMLElement => {
  const chain = h('div', { class: 'chain' })
  chain.append(
    h(
      'span',
      { class: 'chain-link speaker' },
      attribution.speaker.text,
      ' ',
      badge(attribution.speaker.kind, 'kind'),
    ),
  )
  for (const relay of attribution.via.slice(attribution.via[0]?.text === attribution.speaker.text ? 1 : 0)) {
    chain.append(
      h('span', { class: 'chain-arrow', 'aria-hidden': 'true' }, ' ← '),
      h('span', { class: 'chain-link' }, relay.text, ' ', badge(relay.kind, 'kind')),
    )
  }
  const content = text.slice(attribution.content.start, attribution.content.end)
  const item = h(
    'li',
    { class: 'attribution-item', 'data-attribution': attribution.id },
    h(
      'div',
      { class: 'attribution-head' },
      badge(attribution.id, 'id'),
      badge(attribution.direct ? 'direct quote' : 'reported', 'modality'),
      h('span', { class: 'cue' }, attribution.cue.text),
    ),
    chain,
    h('blockquote', {}, content.length > 220 ? `${content.slice(0, 220)}…` : content),
  )
  item.addEventListener('click', () => onFocus(attribution.id))
  return item
}

const sourcingTable = (analysis: Analysis): HTMLElement => {
  const profile = analysis.sourcing
  const rows: [string, string, string | number][] = [
    ['مصادر مسماة', 'named', profile.named],
    ['مصادر مجهولة', 'anonymous', profile.anonymous],
    ['جهات رسمية', 'official bodies', profile.officialBodies],
    ['وسائل إعلام', 'outlets', profile.outlets],
    ['وثائق', 'documents', profile.documents],
    ['إسنادات', 'attributions', profile.attributions],
    ['مصدر واحد', 'single source', profile.singleSource ? 'نعم · yes' : 'لا · no'],
    ['صوت الوسيلة', 'own voice', `${Math.round(profile.ownVoiceShare * 100)}%`],
  ]
  return h(
    'table',
    { class: 'sourcing' },
    h(
      'tbody',
      {},
      ...rows.map(([arabic, en, value]) =>
        h('tr', {}, h('th', {}, gloss(arabic, en)), h('td', {}, String(value))),
      ),
    ),
  )
}

const section = (arabic: string, en: string, ...children: (Node | null)[]): HTMLElement =>
  h('section', { class: 'panel-section' }, h('h3', {}, gloss(arabic, en)), ...children)

/** The article view: header, layer switches, legend, highlighted text and the side panel. */
export const analysisView = (analysis: Analysis): HTMLElement => {
  const text = highlightedText(analysis.doc.text, annotationsOf(analysis))
  const onFocus = (id: string) => focusAnnotation(text, id)
  const switches = h('div', { class: 'layer-switches' })
  const body = h('div', { class: 'article-body' })
  for (const [layer, arabic, en] of LAYERS) {
    const box = h('input', { type: 'checkbox', checked: true, 'data-layer': layer })
    box.addEventListener('change', () => body.classList.toggle(`hide-${layer}`, !box.checked))
    switches.append(h('label', {}, box, ' ', gloss(arabic, en)))
  }
  const legend = h(
    'div',
    { class: 'legend' },
    ...LEGEND.map(([cls, arabic, en]) => h('span', { class: `hl ${cls}` }, gloss(arabic, en))),
  )
  body.append(text)
  const doc = analysis.doc
  const framing =
    analysis.frames.length === 0
      ? h('p', { class: 'muted' }, gloss('لا تأطير', 'no loaded wording found'))
      : h(
          'ul',
          { class: 'frames' },
          ...analysis.frames.map((frame) =>
            h(
              'li',
              {},
              h('span', { class: 'frame-text' }, frame.text),
              ' ',
              badge(frame.kind, 'frame'),
              frame.target ? ` → ${frame.target}` : '',
              frame.neutral
                ? h('span', { class: 'neutral' }, ' · ', gloss('محايد', 'neutral'), ': ', frame.neutral)
                : null,
            ),
          ),
        )
  const panel = h(
    'aside',
    { class: 'side-panel' },
    section(
      'الأحداث',
      'events',
      analysis.events.length === 0
        ? h('p', { class: 'muted' }, gloss('لا أحداث', 'no events'))
        : h('ol', { class: 'events' }, ...analysis.events.map((event) => eventItem(event, onFocus))),
    ),
    section(
      'سلاسل الإسناد',
      'attribution chains',
      analysis.attributions.length === 0
        ? h('p', { class: 'muted' }, gloss('لا إسناد', 'no attributions'))
        : h(
            'ol',
            { class: 'attributions' },
            ...analysis.attributions.map((each) => attributionItem(each, doc.text, onFocus)),
          ),
    ),
    section('ملف المصادر', 'sourcing profile', sourcingTable(analysis)),
    section('التأطير', 'framing', framing),
  )
  return h(
    'article',
    { class: 'analysis', 'data-document': doc.id },
    h(
      'header',
      { class: 'article-header' },
      h('h2', { class: 'article-title' }, doc.title ?? '(بلا عنوان · untitled)'),
      h(
        'p',
        { class: 'article-meta' },
        doc.outlet ?? '',
        doc.outlet && doc.published ? ' · ' : '',
        ltr(doc.published),
      ),
    ),
    h('div', { class: 'article-layout' }, h('div', { class: 'article-main' }, switches, legend, body), panel),
  )
}
