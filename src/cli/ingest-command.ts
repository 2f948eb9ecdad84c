/** `isnad ingest PATH…`: analyse documents and keep them in the store, skipping what is stored already. */
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { AnalysisPool } from '../ingest/analysis-pool.js'
import { Fetcher, loadValidators, saveValidators } from '../ingest/http-fetch.js'
import { type IngestCounts, ingestDocuments } from '../ingest/ingest-documents.js'
import { urlKey } from '../ingest/url-key.js'
import { ingestItems } from './ingest-inputs.js'
import { reportError, writeOut } from './output.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'

export const INGEST_HELP = `Usage: isnad ingest PATH… [options]

Analyse documents and store them. Directories are walked recursively. Input kinds by extension:
  .txt            one article as plain text
  .html, .htm     one web page (the article is extracted, furniture removed)
  .jsonl          one document per line: {"id","text"|"html","title"?,"published"?,"outlet"?,"url"?}
  .json           an array of articles, e.g. {source, url, date_extracted, title, author, content}
  .warc, .warc.gz web archives: each response record holding an HTML page
  .rss, .atom, .xml  RSS or Atom feeds: each item's full text, else the page it links to
  http(s)://…     a feed or a page, fetched (timeouts, retries with backoff, one request per host per
                  second, conditional GET: an unchanged feed is not read again)

A document already stored — by id, by address (tracking parameters ignored) or by its folded text —
is skipped as a duplicate, so a run can be repeated or resumed. A near copy (the same wire story from
another outlet) is stored and linked to the original, in the same story cluster.

Options:
${STORE_OPTIONS_HELP}
  --workers N       analyse on N worker threads (default: one per core)
  --max-size MB     the largest document accepted (default 10)
  --quiet           no progress line on a terminal
  --debug           print stack traces for unexpected errors
  -h, --help        this help

Ends with one line on stderr: read, stored, duplicates, failed. Exit status: 0 when nothing failed;
1 when some input could not be read or analysed (each reported on stderr, the rest stored); 2 bad usage.`

const summary = (counts: IngestCounts, seconds: number): string =>
  `${counts.read} read, ${counts.stored} stored (${counts.near} near duplicates linked), ${counts.duplicates} duplicates skipped, ${counts.failed} failed in ${seconds.toFixed(1)} s (${(counts.read / Math.max(seconds, 0.001)).toFixed(1)} documents/s)`

/** A progress line redrawn in place on a terminal, at most a few times a second; nothing in a pipe. */
const progressReporter = (enabled: boolean, started: number) => {
  let last = 0
  return {
    update(counts: Readonly<IngestCounts>): void {
      if (!enabled) return
      const now = performance.now()
      if (now - last < 200) return
      last = now
      const seconds = (now - started) / 1000
      process.stderr.write(
        `\risnad: ingest: ${counts.read} read, ${counts.stored} stored, ${(counts.read / Math.max(seconds, 0.001)).toFixed(1)}/s\u001b[K`,
      )
    },
    clear(): void {
      if (enabled) process.stderr.write('\r\u001b[K')
    },
  }
}

/** Where conditional-GET validators are kept between runs: beside a SQLite store; nowhere for PostgreSQL. */
const httpMemoryFile = (values: { db?: string | undefined; pg?: string | undefined }): string | null => {
  if (values.pg !== undefined || (values.db === undefined && process.env.ISNAD_PG)) return null
  return resolve(values.db ?? process.env.ISNAD_DB ?? 'isnad.db') + '.http.json'
}

/** Runs `isnad ingest`; returns the exit code. */
export const runIngest = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      'max-size': { type: 'string' },
      workers: { type: 'string' },
      quiet: { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(INGEST_HELP + '\n')
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or directory to ingest')
  const maxMegabytes = values['max-size'] === undefined ? 10 : Number(values['max-size'])
  if (!Number.isFinite(maxMegabytes) || maxMegabytes <= 0) {
    throw new UsageError(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`)
  }
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers)
  if (!Number.isInteger(workers) || workers < 1) {
    throw new UsageError(`--workers must be a whole number of threads, 1 or more, not "${values.workers}"`)
  }
  const store = await openStore(values, true)
  const started = performance.now()
  const progress = progressReporter(process.stderr.isTTY === true && values.quiet !== true, started)
  // Even one worker is a thread of its own: its heap is capped (see AnalysisPool), the one that reads
  // and writes is not, and a worker lost to a document costs only that document.
  const pool = new AnalysisPool(workers)
  try {
    const validatorsFile = httpMemoryFile(values)
    const fetcher = new Fetcher({}, validatorsFile === null ? new Map() : loadValidators(validatorsFile))
    const inputs = ingestItems(positionals, {
      maxBytes: Math.round(maxMegabytes * 1_048_576),
      fetcher,
      isKnown: async (url) => (await store.findExact(url, { urlKey: urlKey(url), textHash: '' })) !== null,
    })
    const counts = await ingestDocuments(inputs, {
      store,
      analyze: (input, removed) => pool.analyseForStore(input, removed),
      // Enough documents in flight to keep every worker busy while finished ones are stored in order.
      depth: workers * 4,
      onFailure: (where, why) => {
        progress.clear()
        reportError(where, why)
      },
      onProgress: (counts) => progress.update(counts),
    })
    progress.clear()
    if (validatorsFile !== null && fetcher.validators.size > 0)
      saveValidators(validatorsFile, fetcher.validators)
    reportError('ingest', summary(counts, (performance.now() - started) / 1000))
    return counts.failed > 0 ? 1 : 0
  } finally {
    await pool.close()
    await store.close()
  }
}
