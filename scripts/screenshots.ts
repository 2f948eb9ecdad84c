/**
 * `npm run screenshots`: the README's pictures, taken in headless Chromium over the demo store —
 * docs/article-page.png (a story from the demo articles, highlights and side panel), and more pages in
 * test-artifacts/.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoArticlesPath } from '../src/cli/demo-command.js'
import { ARTIFACTS, browserSkipReason, startUi } from '../test/helpers/browser.js'
import { fixtureStore } from '../test/helpers/server-store.js'

const skip = browserSkipReason()
if (skip !== null) {
  console.error(skip)
  process.exit(1)
}
const store = await fixtureStore([demoArticlesPath()])
const ui = await startUi(store)
try {
  const pages: [string, string][] = [
    ['#/doc/muscat-marsad', fileURLToPath(new URL('../docs/article-page.png', import.meta.url))],
    ['#/search?q=%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA', join(ARTIFACTS, 'demo-search.png')],
    ['#/events', join(ARTIFACTS, 'demo-events.png')],
    ['#/network', join(ARTIFACTS, 'demo-network.png')],
    ['#/cluster/muscat-ufuq', join(ARTIFACTS, 'demo-cluster.png')],
  ]
  for (const [hash, path] of pages) {
    const page = await ui.newPage()
    await page.goto(`${ui.server.url}/${hash}`)
    await page.waitForSelector('main[aria-busy="false"]')
    await page.screenshot({ path, fullPage: path.endsWith('article-page.png') === false })
    console.log(`${hash} → ${path}`)
    await page.close()
  }
} finally {
  await ui.close()
  await store.close()
}
