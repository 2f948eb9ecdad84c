/** `isnad search QUERY`: Arabic-aware full-text search over the store, with filters and facets. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { SEARCH_SORTS, type SearchFacets, type SearchHit, type SearchSort } from '../store/store.js'
import { writeOut } from './output.js'
import {
  DOCUMENT_FILTER_HELP,
  DOCUMENT_FILTER_OPTIONS,
  documentFilterOf,
  formatOption,
  wholeNumberOption,
} from './query-options.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'
import { type Column, textTable, writeRows } from './table-output.js'

export const SEARCH_HELP = `Usage: isnad search QUERY [options]

Finds stored documents holding every word of QUERY. Words are matched folded and without their
clitics: الرئيس finds والرئيس and للرئيس, الحكومة finds الحكومه and وحكومته. An empty QUERY ('')
lists the documents the filters select.

Options:
${STORE_OPTIONS_HELP}
  --limit N         at most N hits (default 20, at most 1000)
  --offset N        skip the first N hits (for the next page)
  --sort S          relevance (default: best match first) or newest
  --facets          also count all the hits by outlet, event type, actor and day
${DOCUMENT_FILTER_HELP}
  --format F        text (default: a table with a snippet per hit), jsonl (one hit per line:
                    {"id","title","outlet","published","url","clusterId","snippet"}), json (the whole
                    result: {"total","hits","facets"?}) or csv
  -h, --help        this help`

const FORMATS = ['text', 'jsonl', 'json', 'csv'] as const

const COLUMNS: readonly Column<SearchHit>[] = [
  { heading: 'published', cell: (hit) => hit.published },
  { heading: 'outlet', cell: (hit) => hit.outlet, width: 20 },
  { heading: 'title', cell: (hit) => hit.title, width: 40 },
  { heading: 'snippet', cell: (hit) => hit.snippet.text, width: 70 },
  { heading: 'id', cell: (hit) => hit.id, width: 60 },
]

const facetText = (facets: SearchFacets): string =>
  (['outlets', 'types', 'actors', 'days'] as const)
    .filter((name) => facets[name].length > 0)
    .map(
      (name) =>
        `\n${name}\n${textTable(
          [
            { heading: 'value', cell: (facet) => facet.value },
            { heading: 'label', cell: (facet) => facet.label },
            { heading: 'documents', cell: (facet) => facet.count },
          ],
          facets[name].slice(0, 15),
        )}`,
    )
    .join('\n')

/** Runs `isnad search`; returns the exit code. */
export const runSearch = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      ...DOCUMENT_FILTER_OPTIONS,
      limit: { type: 'string' },
      offset: { type: 'string' },
      sort: { type: 'string' },
      facets: { type: 'boolean' },
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(SEARCH_HELP + '\n')
    return 0
  }
  if (positionals.length === 0) throw new UsageError("give the words to search for ('' for all documents)")
  const text = positionals.join(' ').trim()
  const format = formatOption(values.format, FORMATS)
  const sort = values.sort ?? 'relevance'
  if (!Object.hasOwn(SEARCH_SORTS, sort))
    throw new UsageError(`--sort must be one of ${Object.keys(SEARCH_SORTS).join(', ')}, not "${sort}"`)
  const query = {
    ...documentFilterOf(values, text),
    text,
    limit: wholeNumberOption('limit', values.limit, 20, 1, 1000),
    offset: wholeNumberOption('offset', values.offset, 0, 0, 10_000_000),
    sort: sort as SearchSort,
    facets: values.facets ?? false,
  }
  const store = await openStore(values, false)
  try {
    const result = await store.search(query)
    const shownTo = query.offset + result.hits.length
    await writeRows(format, COLUMNS, result.hits, {
      document: result,
      footer: `${result.hits.length === 0 ? 0 : `${query.offset + 1}–${shownTo}`} of ${result.total} documents`,
    })
    if (format === 'text' && result.facets) await writeOut(`${facetText(result.facets)}\n`)
    return 0
  } finally {
    await store.close()
  }
}
