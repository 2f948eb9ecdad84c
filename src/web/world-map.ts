/**
 * A world map drawn offline: the Natural Earth countries of world-atlas (bundled, 1:110m), projected by
 * d3-geo into SVG paths. Events are placed at the centroid of the country of their place — the gazetteer
 * has no coordinates — with a circle sized by how many there are.
 */
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo'
import countryCodes from 'i18n-iso-countries/codes.json'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import { h, s } from './dom.js'

/** alpha-3 → ISO numeric, the ids world-atlas uses. */
const NUMERIC_OF = new Map((countryCodes as string[][]).map((row) => [row[1]!, row[2]!]))

const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>
const countries = feature(topology, topology.objects.countries)

export interface MapPoint {
  /** ISO alpha-3 country code. */
  readonly country: string
  readonly count: number
  /** What the tooltip says (place names). */
  readonly label: string
}

/** The map with a circle per country that has events. */
export const worldMap = (points: readonly MapPoint[]): HTMLElement => {
  const width = 760
  const height = 400
  const projection = geoNaturalEarth1().fitSize([width, height], countries)
  const path = geoPath(projection)
  const active = new Set(points.map((point) => NUMERIC_OF.get(point.country)))
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart world-map',
    role: 'img',
    'aria-label': 'map of event locations',
    dir: 'ltr',
  })
  for (const country of countries.features) {
    svg.append(
      s(
        'path',
        { d: path(country) ?? '', class: active.has(String(country.id)) ? 'country active' : 'country' },
        s('title', {}, String((country.properties as { name?: string } | null)?.name ?? '')),
      ),
    )
  }
  const max = Math.max(1, ...points.map((point) => point.count))
  for (const point of points) {
    const numeric = NUMERIC_OF.get(point.country)
    const shape = countries.features.find((country) => String(country.id) === numeric)
    if (shape === undefined) continue
    const xy = projection(geoCentroid(shape))
    if (xy === null) continue
    svg.append(
      s(
        'circle',
        {
          cx: xy[0].toFixed(1),
          cy: xy[1].toFixed(1),
          r: (4 + 14 * Math.sqrt(point.count / max)).toFixed(1),
          class: 'event-dot',
          'data-country': point.country,
        },
        s('title', {}, `${point.country}: ${point.count} · ${point.label}`),
      ),
    )
  }
  return h('figure', { class: 'chart-figure' }, svg)
}
