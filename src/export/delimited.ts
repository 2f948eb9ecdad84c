/** Cells for delimited text: RFC 4180 CSV quoting, and TSV cells with no tabs or line breaks. */

export type CellValue = string | number | boolean | null

/**
 * One CSV line (no line break): a cell is quoted when it holds a comma, a quote or a line break.
 *
 * @example csvLine(['a', 'b,c', 'say "hi"', null]) // → 'a,"b,c","say ""hi""",'
 */
export const csvLine = (cells: readonly CellValue[]): string =>
  cells
    .map((cell) => {
      const text = cell === null ? '' : String(cell)
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
    })
    .join(',')

/**
 * One TSV line (no line break): tabs and line breaks inside a cell become spaces, as GDELT's files have none.
 *
 * @example tsvLine(['a\tb', 2, null]) // → 'a b\t2\t'
 */
export const tsvLine = (cells: readonly CellValue[]): string =>
  cells.map((cell) => (cell === null ? '' : String(cell).replace(/[\t\r\n]+/g, ' '))).join('\t')
