/** `isnad stats`: what the store holds. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { writeOut } from './output.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'

export const STATS_HELP = `Usage: isnad stats [options]

Counts what the store holds: documents, events, entities, attributions, frames, times, story
clusters, duplicates and outlets.

Options:
${STORE_OPTIONS_HELP}
  --format F        text (default) or json: {"documents", "events", "entities", "attributions", "clusters", …}
  -h, --help        this help`

/** Runs `isnad stats`; returns the exit code. */
export const runStats = async (argv: readonly string[]): Promise<number> => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...STORE_OPTIONS,
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(STATS_HELP + '\n')
    return 0
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not "${format}"`)
  const store = await openStore(values, false)
  try {
    const stats = await store.stats()
    if (format === 'json') await writeOut(JSON.stringify(stats) + '\n')
    else {
      const width = Math.max(...Object.keys(stats).map((key) => key.length))
      await writeOut(
        Object.entries(stats)
          .map(([key, value]) => `${key.padEnd(width)}  ${value}`)
          .join('\n') + '\n',
      )
    }
    return 0
  } finally {
    await store.close()
  }
}
