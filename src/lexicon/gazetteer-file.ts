/**
 * Parsing gazetteer data files: TSV with `#` header lines and eight columns,
 * `aliases  english  code  type  country  from  to  source` (see data/gazetteer/README.md).
 */
import { type GazetteerEntry, isGazetteerType } from './gazetteer-types.js'

const CODE_PATTERN = /^~?(?:[A-Z]{3})+$/
const COUNTRY_PATTERN = /^[A-Z]{3}$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const optional = (cell: string | undefined): string | null => {
  const trimmed = (cell ?? '').trim()
  return trimmed === '' ? null : trimmed
}

/**
 * Parses the text of one gazetteer file into entries; throws on a malformed row, naming `file:line`
 * and what is wrong, so a bad edit fails loudly at load time rather than matching silently wrong.
 *
 * @example
 *   parseGazetteerTsv('باريس\tParis\tFRAGOV\tcapital\tFRA\t\t\tisnad\n', 'places.tsv')
 *   // → [{ aliases: ['باريس'], english: 'Paris', code: 'FRAGOV', type: 'capital', country: 'FRA', … }]
 */
export const parseGazetteerTsv = (text: string, file: string): GazetteerEntry[] => {
  const entries: GazetteerEntry[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    const origin = `${file}:${index + 1}`
    const cells = line.split('\t')
    const fail = (why: string): never => {
      throw new Error(
        `isnad: ${origin}: ${why} (columns: aliases, english, code, type, country, from, to, source)`,
      )
    }
    if (cells.length < 4) fail(`expected 8 TAB-separated columns, found ${cells.length}`)
    const [aliasCell = '', english = '', code = '', type = '', country, from, to, source] = cells
    const aliases = aliasCell
      .split('|')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '')
    if (aliases.length === 0) fail('no alias')
    if (!CODE_PATTERN.test(code))
      fail(`code '${code}' is not CAMEO-style (three-letter chunks, ~ for a sector)`)
    if (!isGazetteerType(type)) fail(`unknown type '${type}'`)
    const countryCode = optional(country)
    if (countryCode !== null && !COUNTRY_PATTERN.test(countryCode))
      fail(`country '${countryCode}' is not alpha-3`)
    const fromDate = optional(from)
    const toDate = optional(to)
    for (const date of [fromDate, toDate]) {
      if (date !== null && !DATE_PATTERN.test(date)) fail(`date '${date}' is not YYYY-MM-DD`)
    }
    if (fromDate !== null && toDate !== null && toDate <= fromDate) fail(`'to' ${toDate} is not after 'from'`)
    entries.push({
      aliases,
      english: english.trim(),
      code,
      type: type as GazetteerEntry['type'],
      country: countryCode,
      from: fromDate,
      to: toDate,
      source: optional(source) ?? 'isnad',
      origin,
    })
  }
  return entries
}
