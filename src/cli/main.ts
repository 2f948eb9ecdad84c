/**
 * The `isnad` command line: dispatches to one module per command and turns errors into one line on
 * stderr and the contract's exit code (1 runtime failure, 2 bad usage), with stack traces only on --debug.
 */
import { isInputError, isUsageError } from '../errors/isnad-error.js'
import { reportError, writeOut } from './output.js'

type RunCommand = (argv: readonly string[]) => Promise<number>

interface Command {
  readonly summary: string
  /**
   * The command's code, imported when it runs: `isnad analyze` then loads neither the web server nor
   * the PostgreSQL client, and `isnad --help` loads no command at all.
   */
  readonly load: () => Promise<RunCommand>
}

/** Every command, by name. Later layers register theirs here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: {
    summary: 'analyse documents and print their Analysis',
    load: async () => (await import('./analyze-command.js')).runAnalyze,
  },
  tag: {
    summary: 'named-entity tags for pre-tokenised text (--conll)',
    load: async () => (await import('./tag-command.js')).runTag,
  },
  ingest: {
    summary: 'analyse documents and keep them in the store',
    load: async () => (await import('./ingest-command.js')).runIngest,
  },
  stats: {
    summary: 'count what the store holds',
    load: async () => (await import('./stats-command.js')).runStats,
  },
  search: {
    summary: 'Arabic-aware full-text search over the store',
    load: async () => (await import('./search-command.js')).runSearch,
  },
  events: {
    summary: 'stored events with filters; per day, top actors, actor network',
    load: async () => (await import('./events-command.js')).runEvents,
  },
  report: {
    summary: 'sourcing and framing per outlet, story clusters side by side',
    load: async () => (await import('./report-command.js')).runReport,
  },
  export: {
    summary: 'the store as JSONL analyses, PLOVER events, CSV or GDELT-style TSV',
    load: async () => (await import('./export-command.js')).runExport,
  },
  serve: {
    summary: 'the HTTP API and web UI over the store',
    load: async () => (await import('./serve-command.js')).runServe,
  },
  demo: {
    summary: 'serve a store built from the sample articles',
    load: async () => (await import('./demo-command.js')).runDemo,
  },
}

export const MAIN_HELP = `Usage: isnad <command> [options]

isnad turns Arabic news reports into evidence-linked data: who did what to whom, where and when,
mediated by whom, on whose word and in whose words.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
  .join('\n')}

Run isnad <command> --help for a command's options.`

/** Runs the command line `argv` (without node and script); returns the exit code. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const debug = argv.includes('--debug')
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await writeOut(MAIN_HELP + '\n')
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    await writeOut('isnad 0.1.0\n')
    return 0
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    reportError(name, 'unknown command; run isnad --help for the list')
    return 2
  }
  try {
    const run = await command.load()
    return await run(rest)
  } catch (error) {
    // The reader of our output went away (`isnad export … | head`): nothing left to say.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0
    if (debug) console.error(error)
    if (isUsageError(error)) {
      reportError(name, `${error.message} (see isnad ${name} --help)`)
      return 2
    }
    if (isInputError(error)) {
      reportError(error.input, error.message)
      return 1
    }
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as { code?: string }).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      reportError(name, `${(error as Error).message.split('\n')[0]} (see isnad ${name} --help)`)
      return 2
    }
    reportError(
      name,
      `${(error as Error).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`,
    )
    return 1
  }
}
