/** `isnad serve`: the HTTP API and web UI over the store. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { workerAnalysisRunner } from '../server/analysis-runner.js'
import { createApp, readsNeedTokenOn } from '../server/app.js'
import { startServer } from '../server/start-server.js'
import { defaultWebRoot, loadStaticFiles } from '../server/static-files.js'
import type { Store } from '../store/store.js'
import { reportError } from './output.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'

export const SERVE_HELP = `Usage: isnad serve [options]

Serves the store over HTTP: the JSON API under /api (described at /openapi.json) and the web UI at /.
Reads are open on loopback; writes (POST /api/documents) need the bearer token, and are refused when
the server has none.

Options:
${STORE_OPTIONS_HELP}
  --host HOST       the address to listen on (default 127.0.0.1)
  --port N          the port (default 8080; 0 picks a free one)
  --token TOKEN     the bearer token writes need (default $ISNAD_TOKEN; none: writes are off)
  --open            off loopback, let reads through without the token (they need it by default)
  --analyze-timeout S  stop an analysis of pasted text after S seconds (default 20)
  -h, --help        this help

Stops on Ctrl-C (SIGINT) or SIGTERM.`

/** Options shared by serve and demo. */
export const SERVER_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  token: { type: 'string' },
  open: { type: 'boolean' },
  'analyze-timeout': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export interface ServerSettings {
  readonly host?: string | undefined
  readonly port?: string | undefined
  readonly token?: string | undefined
  readonly open?: boolean | undefined
  readonly 'analyze-timeout'?: string | undefined
}

/** The server's settings, checked before any store is opened (bad usage is reported first). */
export interface CheckedSettings {
  readonly host: string
  readonly port: number
  readonly token: string | null
  readonly readsNeedToken: boolean
  readonly timeoutMs: number
}

/** Checks the serve options; throws UsageError naming the bad one. */
export const checkServerSettings = (settings: ServerSettings): CheckedSettings => {
  const host = settings.host ?? '127.0.0.1'
  const port = settings.port === undefined ? 8080 : Number(settings.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number 0–65535, not "${settings.port}"`)
  }
  const timeoutSeconds = settings['analyze-timeout'] === undefined ? 20 : Number(settings['analyze-timeout'])
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new UsageError(
      `--analyze-timeout must be a positive number of seconds, not "${settings['analyze-timeout']}"`,
    )
  }
  const token = settings.token || process.env.ISNAD_TOKEN || null
  const readsNeedToken = readsNeedTokenOn(host, settings.open === true)
  if (readsNeedToken && token === null) {
    throw new UsageError(`serving on ${host} (not loopback) needs --token, or --open to let reads through`)
  }
  return { host, port, token, readsNeedToken, timeoutMs: timeoutSeconds * 1000 }
}

/** Serves `store` until a signal stops it; closes the store then. Returns the exit code. */
export const serveStore = async (store: Store, settings: CheckedSettings, title: string): Promise<number> => {
  const { host, port, token, readsNeedToken } = settings
  const analyzer = workerAnalysisRunner(settings.timeoutMs)
  const staticFiles = loadStaticFiles(defaultWebRoot())
  if (staticFiles.size === 0)
    reportError('serve', 'warning: the web UI is not built (npm run build); serving the API only')
  const app = createApp({ store, analyzer, token, readsNeedToken, staticFiles })
  const server = await startServer(app, host, port)
  // The analysis worker loads its lexicons and model now, so the first pasted text is answered at once.
  void analyzer.analyze({ id: 'warm-up', text: 'بدأ.' }).catch(() => {})
  reportError(title, `listening on ${server.url} (writes ${token ? 'need the token' : 'off'}); Ctrl-C stops`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  await analyzer.close()
  await store.close()
  return 0
}

/** Runs `isnad serve`; returns the exit code when stopped. */
export const runServe = async (argv: readonly string[]): Promise<number> => {
  const { values } = parseArgs({ args: [...argv], options: { ...STORE_OPTIONS, ...SERVER_OPTIONS } })
  if (values.help) {
    process.stdout.write(SERVE_HELP + '\n')
    return 0
  }
  const settings = checkServerSettings(values)
  const store = await openStore(values, false)
  return serveStore(store, settings, 'serve')
}
