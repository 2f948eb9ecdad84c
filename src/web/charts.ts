/** Small SVG charts drawn by hand (no chart library): the events timeline, stacked by PLOVER type. */
import type { DayCount } from '../store/store.js'
import { PLOVER_TYPES } from '../vocabulary/plover.js'
import { h, s } from './dom.js'

/** One colour per PLOVER type, the same in every chart and badge. */
export const typeColour = (type: string): string => {
  const index = Object.keys(PLOVER_TYPES).indexOf(type)
  return `hsl(${(index * 360) / 16}, 60%, 45%)`
}

/** Events per day, one stacked bar per day, time running left to right. */
export const timelineChart = (rows: readonly DayCount[]): HTMLElement => {
  const days = [...new Set(rows.map((row) => row.day))].sort()
  const types = [...new Set(rows.map((row) => row.type))].sort()
  const width = 760
  const height = 220
  const margin = { top: 10, right: 10, bottom: 40, left: 34 }
  const totals = new Map<string, number>()
  for (const row of rows) totals.set(row.day, (totals.get(row.day) ?? 0) + row.count)
  const max = Math.max(1, ...totals.values())
  const band = (width - margin.left - margin.right) / Math.max(1, days.length)
  const y = (value: number) => height - margin.bottom - (value / max) * (height - margin.top - margin.bottom)
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart timeline',
    role: 'img',
    'aria-label': 'events per day',
    dir: 'ltr',
  })
  svg.append(s('line', { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), class: 'axis' }))
  svg.append(
    s('text', { x: margin.left - 6, y: y(max) + 4, 'text-anchor': 'end', class: 'tick' }, String(max)),
  )
  svg.append(s('text', { x: margin.left - 6, y: y(0), 'text-anchor': 'end', class: 'tick' }, '0'))
  days.forEach((day, index) => {
    let stacked = 0
    const x = margin.left + index * band
    for (const type of types) {
      const count = rows.find((row) => row.day === day && row.type === type)?.count ?? 0
      if (count === 0) continue
      svg.append(
        s(
          'rect',
          {
            x: x + band * 0.1,
            width: Math.max(1, band * 0.8),
            y: y(stacked + count),
            height: y(stacked) - y(stacked + count),
            fill: typeColour(type),
            class: 'bar',
            'data-day': day,
            'data-type': type,
          },
          s('title', {}, `${day} ${type}: ${count}`),
        ),
      )
      stacked += count
    }
    if (days.length <= 16 || index % Math.ceil(days.length / 12) === 0) {
      svg.append(
        s(
          'text',
          { x: x + band / 2, y: height - margin.bottom + 14, 'text-anchor': 'middle', class: 'tick' },
          day.slice(5),
        ),
      )
    }
  })
  const legend = h(
    'div',
    { class: 'chart-legend', dir: 'ltr' },
    ...types.map((type) =>
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch', 'data-type': type }), type),
    ),
  )
  for (const swatch of legend.querySelectorAll<HTMLElement>('.swatch'))
    swatch.style.background = typeColour(swatch.dataset.type ?? '')
  return h('figure', { class: 'chart-figure' }, svg, legend)
}
