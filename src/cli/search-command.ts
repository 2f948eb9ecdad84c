/** `isnad search QUERY`: Arabic-aware full-text search over the store. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { PLOVER_TYPES } from '../vocabulary/plover.js'
import { parsePublishedDate } from './analyze-command.js'
import { writeOut } from './output.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'

export const SEARCH_HELP = `Usage: isnad search QUERY [options]

Finds stored documents holding every word of QUERY. Words are matched folded and without their
clitics: الرئيس finds والرئيس and للرئيس, الحكومة finds الحكومه and وحكومته.

Options:
${STORE_OPTIONS_HELP}
  --limit N         at most N hits (default 20)
  --outlet NAME     only this outlet
  --since DATE      published on or after DATE (YYYY-MM-DD)
  --until DATE      published on or before DATE
  --actor CODE      only documents with an event involving this actor code (e.g. SYRGOV)
  --type TYPE       only documents with an event of this PLOVER type (e.g. ASSAULT)
  --format F        text (default), jsonl (one {"id","title","outlet","published","url"} per line) or json
  -h, --help        this help`

const FORMATS = ['text', 'jsonl', 'json'] as const

const dateOption = (name: string, value: string | undefined): string | null => {
  if (value === undefined) return null
  const date = parsePublishedDate(value)
  if (date === null) throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${value}"`)
  return date
}

/** Runs `isnad search`; returns the exit code. */
export const runSearch = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      limit: { type: 'string' },
      outlet: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      actor: { type: 'string' },
      type: { type: 'string' },
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(SEARCH_HELP + '\n')
    return 0
  }
  const text = positionals.join(' ').trim()
  if (text === '') throw new UsageError('give the words to search for')
  const limit = values.limit === undefined ? 20 : Number(values.limit)
  if (!Number.isInteger(limit) || limit <= 0)
    throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`)
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`)
  const type = values.type?.toUpperCase() ?? null
  if (type !== null && !Object.hasOwn(PLOVER_TYPES, type)) {
    throw new UsageError(
      `--type must be a PLOVER type (${Object.keys(PLOVER_TYPES).join(', ')}), not "${values.type}"`,
    )
  }
  const query = {
    text,
    limit,
    outlet: values.outlet ?? null,
    since: dateOption('since', values.since),
    until: dateOption('until', values.until),
    actor: values.actor?.toUpperCase() ?? null,
    type,
  }
  const store = await openStore(values, false)
  try {
    const result = await store.search(query)
    if (format === 'json') await writeOut(JSON.stringify(result, null, 2) + '\n')
    else if (format === 'jsonl') {
      for (const hit of result.hits) await writeOut(JSON.stringify(hit) + '\n')
    } else {
      for (const hit of result.hits) {
        await writeOut(
          `${hit.published ?? '----------'}  ${hit.outlet ?? '-'}  ${hit.title ?? '(no title)'}  [${hit.id}]\n`,
        )
      }
      await writeOut(`${result.hits.length} of ${result.total} documents\n`)
    }
    return 0
  } finally {
    await store.close()
  }
}
