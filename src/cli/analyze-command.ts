/** `isnad analyze [FILE…|-]`: analyse documents and print their Analysis records. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import type { PageFields } from '../ingest/html-document.js'
import { INPUT_KINDS, isInputKind } from '../ingest/input-kind.js'
import type { Analysis } from '../pipeline/analysis.js'
import { analyze } from '../pipeline/analyze.js'
import type { DocumentInput } from '../pipeline/document.js'
import { loadResources } from '../pipeline/resources.js'
import { reportError, writeOut } from './output.js'
import { type DocumentItem, readDocuments } from './read-documents.js'
import { formatTextReport } from './text-report.js'

export const ANALYZE_HELP = `Usage: isnad analyze [FILE…|-] [options]

Analyse Arabic news documents: entities, events, attributions, framing and times, each with the
span of text it rests on. With no FILE, or with -, reads stdin.

Input kinds (by extension, or --input): ${Object.keys(INPUT_KINDS).join(', ')}
  .txt          one article as plain text (UTF-8, or UTF-16 with a BOM)
  .html, .htm   one web page: the article is extracted (furniture removed), and its title, date,
                site name and address fill doc.title, published, outlet and url unless given here
  .jsonl        one document per line: {"id","text"|"html","title"?,"published"?,"outlet"?,"url"?}

Options:
  --format F        json (default for one document), jsonl (default for several), text
  --input KIND      read every input as txt, html or jsonl, whatever its extension
  --published DATE  publication date YYYY-MM-DD (relative dates resolve against it)
  --outlet NAME     the outlet that published the document
  --url URL         where the document was published
  --title TEXT      the document's title (else a short first line is taken)
  --id ID           the document's id (else the file name, or a hash of the text)
  --max-size MB     the largest document accepted (default 10)
  --debug           print stack traces for unexpected errors
  -h, --help        this help

Exit status: 0 all documents analysed; 1 some input could not be read (reported on stderr, the rest
still analysed); 2 bad usage.`

const FORMATS = ['json', 'jsonl', 'text'] as const
type Format = (typeof FORMATS)[number]

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/

/** A date the user or a record gives, as `YYYY-MM-DD`; null when it isn't a real calendar date. */
export const parsePublishedDate = (value: string): string | null => {
  const match = ISO_DATE.exec(value.trim())
  if (!match) return null
  const [, year, month, day] = match
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`)
    return null
  return `${year}-${month}-${day}`
}

const parseOptions = (argv: readonly string[]) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      input: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      'max-size': { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`)
  }
  if (values.input !== undefined && !isInputKind(values.input)) {
    throw new UsageError(
      `--input must be one of ${Object.keys(INPUT_KINDS).join(', ')}, not "${values.input}"`,
    )
  }
  let published: string | null = null
  if (values.published !== undefined) {
    published = parsePublishedDate(values.published)
    if (published === null)
      throw new UsageError(`--published must be a date YYYY-MM-DD, not "${values.published}"`)
  }
  const maxMegabytes = values['max-size'] === undefined ? 10 : Number(values['max-size'])
  if (!Number.isFinite(maxMegabytes) || maxMegabytes <= 0) {
    throw new UsageError(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`)
  }
  return {
    help: values.help === true,
    format: values.format as Format | undefined,
    kind: isInputKind(values.input) ? values.input : null,
    maxBytes: Math.round(maxMegabytes * 1_048_576),
    metadata: {
      published,
      outlet: values.outlet ?? null,
      url: values.url ?? null,
      title: values.title ?? null,
      id: values.id ?? null,
    },
    paths: positionals.length === 0 ? ['-'] : positionals,
  }
}

type Metadata = ReturnType<typeof parseOptions>['metadata']

/**
 * Command-line metadata fills what a document does not say itself; a record's own dates are checked.
 * What a web page says about itself comes last: the record and the command line override it.
 */
const withMetadata = (
  input: DocumentInput,
  metadata: Metadata,
  where: string,
  page?: PageFields,
): DocumentInput => {
  const ownDate = input.published ? parsePublishedDate(input.published) : null
  if (input.published && ownDate === null) reportError(where, `"published" is not a date YYYY-MM-DD; ignored`)
  return {
    ...input,
    id: metadata.id ?? input.id ?? null,
    title: input.title ?? metadata.title ?? page?.title ?? null,
    outlet: input.outlet ?? metadata.outlet ?? page?.outlet ?? null,
    url: input.url ?? metadata.url ?? page?.url ?? null,
    published: ownDate ?? metadata.published ?? page?.published ?? null,
  }
}

const serialise = (analysis: Analysis, format: Format): string => {
  if (format === 'text') return formatTextReport(analysis)
  if (format === 'json') return JSON.stringify(analysis, null, 2) + '\n'
  return JSON.stringify(analysis) + '\n'
}

/** Runs `isnad analyze`; returns the exit code. */
export const runAnalyze = async (argv: readonly string[]): Promise<number> => {
  const options = parseOptions(argv)
  if (options.help) {
    await writeOut(ANALYZE_HELP + '\n')
    return 0
  }
  const resources = loadResources()
  // Items are gathered first so the default format can depend on how many documents there are.
  const items: DocumentItem[] = []
  for await (const item of readDocuments(options.paths, { kind: options.kind, maxBytes: options.maxBytes })) {
    items.push(item)
  }
  const documentCount = items.filter((item) => item.ok).length
  const format: Format = options.format ?? (documentCount === 1 && items.length === 1 ? 'json' : 'jsonl')
  let failed = 0
  for (const item of items) {
    if (!item.ok) {
      reportError(item.error.input, item.error.message)
      failed++
      continue
    }
    const analysed = analyze(withMetadata(item.input, options.metadata, item.where, item.page), resources)
    // What was pruned from a page's DOM comes before what the text cleanup removed.
    const analysis =
      item.removed === undefined || item.removed.length === 0
        ? analysed
        : { ...analysed, removed: [...item.removed, ...analysed.removed] }
    for (const message of analysis.messages) reportError(item.where, `warning: ${message.text}`)
    await writeOut(serialise(analysis, format))
  }
  return failed > 0 ? 1 : 0
}
