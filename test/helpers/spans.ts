/** Walks an Analysis and yields every evidence span it carries: any object with numeric start/end. */
export interface FoundSpan {
  readonly path: string
  readonly start: number
  readonly end: number
  readonly text: string | undefined
}

export function* spansOf(value: unknown, path = ''): Generator<FoundSpan> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* spansOf(item, `${path}[${index}]`)
    return
  }
  if (typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    yield {
      path,
      start: record.start,
      end: record.end,
      text: typeof record.text === 'string' ? record.text : undefined,
    }
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'doc') yield* spansOf(child, path === '' ? key : `${path}.${key}`)
  }
}
