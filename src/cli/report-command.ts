/**
 * `isnad report sourcing|framing|clusters|cluster ID`: the outlet-level views of the store — whom
 * each outlet's reports rest on, how each outlet's wording frames each actor, the story clusters, and
 * one story's reports side by side.
 */
import { parseArgs } from 'node:util'
import { InputError, UsageError } from '../errors/isnad-error.js'
import type { ClusterDocument, ClusterSummary, OutletFraming, OutletSourcing } from '../store/store.js'
import { writeOut } from './output.js'
import {
  DOCUMENT_FILTER_HELP,
  DOCUMENT_FILTER_OPTIONS,
  documentFilterOf,
  formatOption,
  wholeNumberOption,
} from './query-options.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'
import { type Column, writeRows } from './table-output.js'

const REPORTS = {
  sourcing: 'per outlet: named, anonymous, official, outlet and document sources; single-source share',
  framing: 'per outlet and target actor: loaded terms, scare quotes and labels, and which way they lean',
  clusters: 'story clusters told by more than one report (--min-size N), most recent first',
  cluster: 'one story cluster (ID): each report side by side — events, speakers, frames',
} as const

type Report = keyof typeof REPORTS

export const REPORT_HELP = `Usage: isnad report REPORT [ID] [options]

Reports:
${Object.entries(REPORTS)
  .map(([name, description]) => `  ${name.padEnd(10)}${description}`)
  .join('\n')}

Options:
${STORE_OPTIONS_HELP}
${DOCUMENT_FILTER_HELP}
                    (clusters: --outlet, --since and --until only)
  --min-size N      clusters with at least N reports (default 2)
  --limit N         at most N rows (clusters: default 50)
  --offset N        skip the first N clusters
  --format F        text (default, a table), json, jsonl or csv
  -h, --help        this help

Examples:
  isnad report sourcing --since 2015-07-01
  isnad report framing --outlet 'عكاظ'
  isnad report cluster 2015-07-21:1`

const FORMATS = ['text', 'json', 'jsonl', 'csv'] as const

const percent = (share: number): string => `${Math.round(share * 100)}%`

const SOURCING_COLUMNS: readonly Column<OutletSourcing>[] = [
  { heading: 'outlet', cell: (row) => row.outlet, width: 30 },
  { heading: 'documents', cell: (row) => row.documents },
  { heading: 'named', cell: (row) => row.named },
  { heading: 'anonymous', cell: (row) => row.anonymous },
  { heading: 'official', cell: (row) => row.officialBodies },
  { heading: 'outlets', cell: (row) => row.outlets },
  { heading: 'documents cited', cell: (row) => row.documentSources },
  { heading: 'attributions', cell: (row) => row.attributions },
  { heading: 'single source', cell: (row) => percent(row.singleSourceShare) },
  { heading: 'unsourced', cell: (row) => percent(row.unsourcedShare) },
]

const FRAMING_COLUMNS: readonly Column<OutletFraming>[] = [
  { heading: 'outlet', cell: (row) => row.outlet, width: 30 },
  { heading: 'target', cell: (row) => row.target },
  { heading: 'frames', cell: (row) => row.total },
  { heading: 'loaded terms', cell: (row) => row.kinds['loaded-term'] },
  { heading: 'scare quotes', cell: (row) => row.kinds['scare-quotes'] },
  { heading: 'labels', cell: (row) => row.kinds.label },
  { heading: 'negative', cell: (row) => row.leans.negative },
  { heading: 'positive', cell: (row) => row.leans.positive },
  { heading: 'documents', cell: (row) => row.documents },
]

const CLUSTER_COLUMNS: readonly Column<ClusterSummary>[] = [
  { heading: 'first', cell: (row) => row.firstPublished },
  { heading: 'last', cell: (row) => row.lastPublished },
  { heading: 'reports', cell: (row) => row.size },
  { heading: 'signature', cell: (row) => row.signature, width: 30 },
  { heading: 'outlets', cell: (row) => row.outlets.join(', '), width: 40 },
  { heading: 'title', cell: (row) => row.title, width: 50 },
  { heading: 'id', cell: (row) => row.id, width: 60 },
]

const REPORT_COLUMNS: readonly Column<ClusterDocument>[] = [
  { heading: 'published', cell: (row) => row.published },
  { heading: 'outlet', cell: (row) => row.outlet, width: 20 },
  { heading: 'title', cell: (row) => row.title, width: 40 },
  { heading: 'events', cell: (row) => row.events.map((event) => event.summary).join('; '), width: 60 },
  {
    heading: 'speakers',
    cell: (row) => row.speakers.map((speaker) => `${speaker.text} (${speaker.kind})`).join('; '),
    width: 50,
  },
  { heading: 'frames', cell: (row) => row.frames.map((frame) => frame.text).join('; '), width: 30 },
  { heading: 'id', cell: (row) => row.id, width: 60 },
]

/** Runs `isnad report`; returns the exit code. */
export const runReport = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      ...DOCUMENT_FILTER_OPTIONS,
      'min-size': { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(REPORT_HELP + '\n')
    return 0
  }
  const [report, id, extra] = positionals
  if (report === undefined || !Object.hasOwn(REPORTS, report))
    throw new UsageError(
      `give a report: ${Object.keys(REPORTS).join(', ')}${report ? `, not "${report}"` : ''}`,
    )
  if (report === 'cluster' ? id === undefined || extra !== undefined : id !== undefined)
    throw new UsageError(
      report === 'cluster' ? 'give one cluster ID' : `${report} takes no argument, not "${id}"`,
    )
  const format = formatOption(values.format, FORMATS)
  const filter = documentFilterOf(values)
  const limit = wholeNumberOption('limit', values.limit, report === 'clusters' ? 50 : 10_000, 1, 10_000)
  const store = await openStore(values, false)
  try {
    switch (report as Report) {
      case 'sourcing':
        await writeRows(format, SOURCING_COLUMNS, (await store.sourcingByOutlet(filter)).slice(0, limit))
        break
      case 'framing':
        await writeRows(format, FRAMING_COLUMNS, await store.framingByOutlet(filter, { limit }))
        break
      case 'clusters': {
        const offset = wholeNumberOption('offset', values.offset, 0, 0, 10_000_000)
        const result = await store.clusters({
          outlet: filter.outlet,
          since: filter.since,
          until: filter.until,
          minSize: wholeNumberOption('min-size', values['min-size'], 2, 1, 1_000_000),
          limit: Math.min(limit, 1000),
          offset,
        })
        await writeRows(format, CLUSTER_COLUMNS, result.clusters, {
          document: result,
          footer: `${result.clusters.length} of ${result.total} clusters`,
        })
        break
      }
      case 'cluster': {
        const cluster = await store.getCluster(id!)
        if (cluster === null) throw new InputError(id!, 'no such story cluster')
        if (format === 'text') {
          await writeOut(
            `${cluster.title ?? cluster.id}\n${cluster.size} reports, ${cluster.firstPublished ?? '?'} → ${cluster.lastPublished ?? '?'}, ${cluster.signature ?? ''}\n\n`,
          )
        }
        await writeRows(format, REPORT_COLUMNS, cluster.documents, { document: cluster })
        break
      }
    }
    return 0
  } finally {
    await store.close()
  }
}
