import { bioSpans } from './bio.js'

/** Span counts and P/R/F1 for one entity type (or for all, micro-averaged). */
export interface SpanScore {
  readonly type: string
  readonly truePositives: number
  readonly gold: number
  readonly predicted: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

const score = (type: string, truePositives: number, gold: number, predicted: number): SpanScore => {
  const precision = predicted === 0 ? 0 : truePositives / predicted
  const recall = gold === 0 ? 0 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { type, truePositives, gold, predicted, precision, recall, f1 }
}

/**
 * conlleval-style exact-span scoring over sentences: a predicted span counts only when its start,
 * end and type all match a gold span. Returns one row per type (sorted) and a final `ALL` row
 * with micro-averaged figures.
 */
export const scoreSpans = (
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): SpanScore[] => {
  const counts = new Map<string, { truePositives: number; gold: number; predicted: number }>()
  const countsFor = (type: string) => {
    let entry = counts.get(type)
    if (!entry) {
      entry = { truePositives: 0, gold: 0, predicted: 0 }
      counts.set(type, entry)
    }
    return entry
  }
  for (let sentence = 0; sentence < gold.length; sentence++) {
    const goldSpans = bioSpans(gold[sentence]!)
    const predictedSpans = bioSpans(predicted[sentence] ?? [])
    const goldKeys = new Set(goldSpans.map((span) => `${span.start}:${span.end}:${span.type}`))
    for (const span of goldSpans) countsFor(span.type).gold++
    for (const span of predictedSpans) {
      const entry = countsFor(span.type)
      entry.predicted++
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) entry.truePositives++
    }
  }
  const rows = [...counts.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([type, entry]) => score(type, entry.truePositives, entry.gold, entry.predicted))
  const total = rows.reduce(
    (sum, row) => ({
      truePositives: sum.truePositives + row.truePositives,
      gold: sum.gold + row.gold,
      predicted: sum.predicted + row.predicted,
    }),
    { truePositives: 0, gold: 0, predicted: 0 },
  )
  rows.push(score('ALL', total.truePositives, total.gold, total.predicted))
  return rows
}

/** Formats span scores as a fixed-width table (also valid Markdown) for terminals and model cards. */
export const formatSpanScores = (rows: readonly SpanScore[]): string => {
  const percent = (value: number): string => (value * 100).toFixed(2).padStart(6)
  const lines = [
    '| type |   gold | predicted | correct | precision | recall |     F1 |',
    '|------|-------:|----------:|--------:|----------:|-------:|-------:|',
  ]
  for (const row of rows) {
    lines.push(
      `| ${row.type.padEnd(4)} | ${String(row.gold).padStart(6)} | ${String(row.predicted).padStart(9)} | ${String(row.truePositives).padStart(7)} |    ${percent(row.precision)} | ${percent(row.recall)} | ${percent(row.f1)} |`,
    )
  }
  return lines.join('\n')
}
