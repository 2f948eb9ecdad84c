/**
 * Headless Chromium for the UI tests: Debian's /usr/bin/chromium driven by playwright-core, and a server
 * on a free loopback port over a fixture store with the UI built into a folder of the test's own.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { buildWeb } from '../../scripts/build-web.js'
import { createApp } from '../../src/server/app.js'
import { type RunningServer, startServer } from '../../src/server/start-server.js'
import { loadStaticFiles } from '../../src/server/static-files.js'
import type { Store } from '../../src/store/store.js'
import { inThreadRunner } from './server-store.js'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** Why the browser tests cannot run here, or null when they can. */
export const browserSkipReason = (): string | null =>
  existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is missing: install Debian's chromium (.ci/run does) to run the browser tests`

/** Where screenshots go: test-artifacts/ at the checkout's root (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url))

export interface UiSession {
  readonly server: RunningServer
  readonly browser: Browser
  /** Requests the pages made to anywhere but the server: there must be none (no CDN, works offline). */
  readonly outsideRequests: string[]
  /** Console errors and uncaught exceptions in the pages. */
  readonly pageErrors: string[]
  newPage(): Promise<Page>
  close(): Promise<void>
}

/** Builds the UI, serves `store` with it and starts Chromium. */
export const startUi = async (store: Store): Promise<UiSession> => {
  const webRoot = mkdtempSync(join(tmpdir(), 'isnad-web-'))
  await buildWeb(webRoot)
  const app = createApp({
    store,
    analyzer: inThreadRunner,
    token: null,
    staticFiles: loadStaticFiles(webRoot),
  })
  const server = await startServer(app, '127.0.0.1', 0)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  mkdirSync(ARTIFACTS, { recursive: true })
  const outsideRequests: string[] = []
  const pageErrors: string[] = []
  return {
    server,
    browser,
    outsideRequests,
    pageErrors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'ar' })
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(server.url)) return route.continue()
        outsideRequests.push(url)
        return route.abort()
      })
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`)
      })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
