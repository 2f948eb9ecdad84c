/**
 * Rows printed the way a store command's `--format` asks: `text` a table for a person (columns padded,
 * long cells cut), `json` one pretty document, `jsonl` one object per line, `csv` a header and rows.
 */
import { csvLine } from '../export/delimited.js'
import { writeOut } from './output.js'

export type RowFormat = 'text' | 'json' | 'jsonl' | 'csv'

/** A table column: its heading and how a row shows in it. */
export interface Column<Row> {
  readonly heading: string
  readonly cell: (row: Row) => string | number | boolean | null
  /** Cut text cells to this many characters in the text table (default 40). */
  readonly width?: number
}

const shown = (value: string | number | boolean | null): string => (value === null ? '—' : String(value))

const cut = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

/**
 * A plain text table. Arabic cells are laid out by the terminal's bidi rules; padding is by character
 * count, so columns line up for Latin text and stay readable for Arabic.
 */
export const textTable = <Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string => {
  const cells = rows.map((row) => columns.map((column) => cut(shown(column.cell(row)), column.width ?? 40)))
  const widths = columns.map((column, index) =>
    Math.max(column.heading.length, ...cells.map((line) => line[index]!.length)),
  )
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => (index === values.length - 1 ? value : value.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd()
  return [
    line(columns.map((column) => column.heading)),
    line(widths.map((width) => '─'.repeat(width))),
    ...cells.map(line),
  ].join('\n')
}

/**
 * Writes rows in `format`. `json` prints `document` (the whole result) when given, else the rows;
 * `jsonl` and `json` print `record(row)` for each row (the row itself by default).
 */
export const writeRows = async <Row>(
  format: RowFormat,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  options: {
    readonly document?: unknown
    readonly record?: (row: Row) => unknown
    readonly footer?: string
  } = {},
): Promise<void> => {
  const record = options.record ?? ((row: Row) => row)
  if (format === 'json') {
    await writeOut(`${JSON.stringify(options.document ?? rows.map(record), null, 2)}\n`)
  } else if (format === 'jsonl') {
    for (const row of rows) await writeOut(`${JSON.stringify(record(row))}\n`)
  } else if (format === 'csv') {
    await writeOut(`${csvLine(columns.map((column) => column.heading))}\n`)
    for (const row of rows) await writeOut(`${csvLine(columns.map((column) => column.cell(row)))}\n`)
  } else {
    await writeOut(`${rows.length === 0 ? '(nothing found)' : textTable(columns, rows)}\n`)
    if (options.footer) await writeOut(`${options.footer}\n`)
  }
}
