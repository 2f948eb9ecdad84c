/**
 * `isnad export --format jsonl|plover|csv|tsv`: the store (or the part the filters select) as a file,
 * streamed document by document so a large store is never held in memory.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { InputError, UsageError } from '../errors/isnad-error.js'
import { EXPORT_FORMATS, type ExportFormat, exportLines } from '../export/export-formats.js'
import { writeOut } from './output.js'
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventQueryOf } from './query-options.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'

export const EXPORT_HELP = `Usage: isnad export --format F [--out FILE] [options]

Writes what the store holds, oldest document first, to stdout or FILE.

Formats:
${Object.entries(EXPORT_FORMATS)
  .map(([name, description]) => `  ${name.padEnd(8)}${description}`)
  .join('\n')}

Options:
${STORE_OPTIONS_HELP}
  --format F        the format (required)
  --out FILE        write to FILE (written whole or not at all) instead of stdout
${EVENT_FILTER_HELP}
  --text WORDS      only documents holding these words
  -h, --help        this help

For jsonl the filters choose documents (an event filter keeps documents having such an event); the
event formats keep only the matching events.`

/** Writes the lines to a file through a temporary name, renamed once complete. */
const writeFile = async (path: string, lines: AsyncIterable<string>): Promise<void> => {
  const partial = `${path}.partial`
  const stream = createWriteStream(partial)
  try {
    for await (const line of lines) {
      if (!stream.write(`${line}\n`)) await once(stream, 'drain')
    }
    stream.end()
    await once(stream, 'finish')
    await rename(partial, path)
  } catch (error) {
    stream.destroy()
    await rm(partial, { force: true })
    if ((error as NodeJS.ErrnoException).code !== undefined && (error as NodeJS.ErrnoException).syscall)
      throw new InputError(path, `cannot write (${(error as Error).message})`)
    throw error
  }
}

/** Runs `isnad export`; returns the exit code. */
export const runExport = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      ...EVENT_FILTER_OPTIONS,
      text: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(EXPORT_HELP + '\n')
    return 0
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"; filter words go in --text`)
  if (values.format === undefined)
    throw new UsageError(`give --format (${Object.keys(EXPORT_FORMATS).join(', ')})`)
  if (!Object.hasOwn(EXPORT_FORMATS, values.format))
    throw new UsageError(
      `--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, not "${values.format}"`,
    )
  const query = eventQueryOf(values, values.text?.trim() || null)
  const store = await openStore(values, false)
  try {
    const lines = exportLines(store, values.format as ExportFormat, query)
    if (values.out !== undefined) await writeFile(resolve(values.out), lines)
    else for await (const line of lines) await writeOut(`${line}\n`)
    return 0
  } finally {
    await store.close()
  }
}
