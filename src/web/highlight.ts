/**
 * The article text with its annotations drawn in: every entity, event trigger, speaker, quoted content
 * and frame is a span of `doc.text`; the text is cut at every span edge and each piece gets the classes of
 * the spans covering it, so overlapping and nested annotations all show.
 */
import type { Analysis } from '../pipeline/analysis.js'
import { h } from './dom.js'

export interface Annotation {
  readonly start: number
  readonly end: number
  /** The layer toggles hide by this: entity, trigger, speaker, content, frame. */
  readonly layer: 'entity' | 'trigger' | 'speaker' | 'content' | 'frame'
  /** Extra class, e.g. the entity type. */
  readonly variant: string
  /** The annotation's id in the Analysis (`e1`, `v2`, `q1`…), for links from the side panel. */
  readonly id: string
  readonly label: string
}

/** Every annotation of an Analysis that has a span. */
export const annotationsOf = (analysis: Analysis): Annotation[] => [
  ...analysis.entities.map((entity) => ({
    start: entity.start,
    end: entity.end,
    layer: 'entity' as const,
    variant: entity.type,
    id: entity.id,
    label: [entity.type, entity.latin, entity.actor?.code, entity.country].filter(Boolean).join(' · '),
  })),
  ...analysis.events.map((event) => ({
    start: event.trigger.start,
    end: event.trigger.end,
    layer: 'trigger' as const,
    variant: event.type,
    id: event.id,
    label: `${event.type}: ${event.summary}`,
  })),
  ...analysis.attributions.flatMap((attribution) => [
    {
      start: attribution.speaker.start,
      end: attribution.speaker.end,
      layer: 'speaker' as const,
      variant: attribution.speaker.kind,
      id: attribution.id,
      label: `speaker (${attribution.speaker.kind})${attribution.speaker.code ? ` ${attribution.speaker.code}` : ''}`,
    },
    {
      start: attribution.content.start,
      end: attribution.content.end,
      layer: 'content' as const,
      variant: attribution.direct ? 'direct' : 'indirect',
      id: `${attribution.id}-content`,
      label: `${attribution.direct ? 'quoted' : 'reported'} content of ${attribution.id}`,
    },
  ]),
  ...analysis.frames.map((frame, index) => ({
    start: frame.start,
    end: frame.end,
    layer: 'frame' as const,
    variant: frame.kind,
    id: `f${index + 1}`,
    label: `frame (${frame.kind})${frame.target ? ` → ${frame.target}` : ''}${frame.neutral ? `; neutral: ${frame.neutral}` : ''}`,
  })),
]

/**
 * The text as a list of spans. Each piece's first annotation start carries `data-annotation` ids so the
 * side panel can find it; tooltips say what covers it.
 */
export const highlightedText = (text: string, annotations: readonly Annotation[]): HTMLElement => {
  const valid = annotations.filter(
    (each) => each.start >= 0 && each.end <= text.length && each.start < each.end,
  )
  const edges = [...new Set([0, text.length, ...valid.flatMap((each) => [each.start, each.end])])].sort(
    (a, b) => a - b,
  )
  const container = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' })
  for (let index = 0; index < edges.length - 1; index++) {
    const start = edges[index]!
    const end = edges[index + 1]!
    const piece = text.slice(start, end)
    const covering = valid.filter((each) => each.start <= start && each.end >= end)
    if (covering.length === 0) {
      container.append(piece)
      continue
    }
    const classes = covering.map((each) => `hl-${each.layer} hl-${each.layer}-${each.variant}`)
    const starting = covering.filter((each) => each.start === start).map((each) => each.id)
    container.append(
      h(
        'span',
        {
          class: ['hl', ...classes].join(' '),
          title: covering.map((each) => each.label).join('\n'),
          'data-annotation': starting.length > 0 ? starting.join(' ') : null,
          'data-covers': covering.map((each) => each.id).join(' '),
        },
        piece,
      ),
    )
  }
  return container
}
