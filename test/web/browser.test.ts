/**
 * The web UI in real headless Chromium: search, an article with its highlights, paste-and-analyze, and
 * hostile articles whose scripts, handlers and javascript: links must never run. Screenshots are kept
 * in test-artifacts/.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { demoArticlesPath } from '../../src/cli/demo-command.js'
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { ARTIFACTS, browserSkipReason, startUi, type UiSession } from '../helpers/browser.js'
import { fixtureStore, SERVER_FIXTURES } from '../helpers/server-store.js'

const skip = browserSkipReason()
if (skip !== null) console.log(`# browser tests skipped: ${skip}`)

let store: SqliteStore
let ui: UiSession

const open = async (hash: string): Promise<Page> => {
  const page = await ui.newPage()
  await page.goto(`${ui.server.url}/${hash}`)
  await page.waitForSelector('main[aria-busy="false"]')
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })

/** Whatever the hostile fixture tried to run sets window.__pwned. */
const pwned = (page: Page) => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned ?? null)

describe('web UI in headless Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  before(async () => {
    store = await fixtureStore([SERVER_FIXTURES, demoArticlesPath()])
    ui = await startUi(store)
  })
  after(async () => {
    await ui?.close()
    await store?.close()
  })

  test('the page is Arabic, right to left, with English glosses, and sends a strict CSP', async () => {
    const page = await ui.newPage()
    const response = await page.goto(`${ui.server.url}/`)
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/)
    assert.equal(await page.getAttribute('html', 'lang'), 'ar')
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl')
    await page.waitForSelector('main[aria-busy="false"]')
    assert.ok((await page.locator('#nav .gloss[lang="en"]').count()) >= 5)
    await page.close()
  })

  test('search: words find reports, facets narrow them, a hit opens the article', async () => {
    const page = await open('#/search')
    await page.fill('#filter-q', 'مسقط')
    await page.click('form.filters button[type="submit"]')
    await page.waitForFunction("location.hash.includes('q=')")
    await page.waitForSelector('main[aria-busy="false"] .hit')
    const titles = await page.locator('.hit-title').allTextContents()
    assert.equal(titles.length, 3, titles.join(' | '))
    assert.ok(titles.every((title) => /مسقط|طهران|مفاوضات/.test(title)))
    await shot(page, 'search')
    await page.locator('.hit-title').first().click()
    await page.waitForSelector('main[aria-busy="false"] .article-text')
    assert.match(page.url(), /#\/doc\//)
    await page.close()
  })

  test('article page: entities, triggers, speakers, quoted content and frames are highlighted; the panel lists events', async () => {
    const page = await open('#/doc/south-lebanon-dad')
    const count = (selector: string) => page.locator(`.article-text ${selector}`).count()
    assert.ok((await count('.hl-entity')) > 0, 'entities')
    assert.ok((await count('.hl-trigger')) > 0, 'event triggers')
    assert.ok((await count('.hl-speaker')) > 0, 'speakers')
    assert.ok((await count('.hl-content')) > 0, 'quoted content')
    assert.ok((await count('.hl-frame')) > 0, 'frames')
    const summaries = await page.locator('.side-panel .event-item p.en').allTextContents()
    assert.ok(
      summaries.some((summary) => /Israel/.test(summary)),
      summaries.join(' | '),
    )
    assert.ok((await page.locator('.side-panel .attribution-item').count()) > 0)
    assert.ok((await page.locator('.side-panel table.sourcing').count()) === 1)
    // The text shown is the document's text, untouched.
    const shown = await page.locator('.article-text').textContent()
    const stored = await store.getAnalysis('south-lebanon-dad')
    assert.equal(shown, stored?.doc.text)
    // A layer switch hides its highlights.
    await page.locator('input[data-layer="entity"]').uncheck()
    assert.equal(await page.locator('.article-body.hide-entity').count(), 1)
    await page.locator('input[data-layer="entity"]').check()
    await shot(page, 'article')
    await page.close()
  })

  test('paste and analyze: the analysis of pasted text is drawn like an article', async () => {
    const page = await open('#/analyze')
    await page.fill(
      '#analyze-text',
      'أجرى وزير الخارجية المصري محادثات مع نظيره القطري في القاهرة أمس، وقال المتحدث باسم الخارجية المصرية إن الجانبين اتفقا على مواصلة التنسيق.',
    )
    await page.fill('#analyze-published', '2025-09-18')
    await page.click('.analyze-form button[type="submit"]')
    await page.waitForSelector('.analyze-result .article-text')
    assert.ok((await page.locator('.analyze-result .hl-trigger').count()) > 0)
    const summaries = await page.locator('.analyze-result .event-item p.en').allTextContents()
    assert.ok(
      summaries.some((summary) => /Egypt/.test(summary)),
      summaries.join(' | '),
    )
    await shot(page, 'analyze')
    await page.close()
  })

  test('hostile article: script tags, event handlers and javascript: links stay text and never run', async () => {
    const page = await open('#/doc/hostile')
    await page.waitForTimeout(300)
    assert.equal(await pwned(page), null)
    // The markup is shown as text, not parsed.
    assert.match(
      (await page.locator('.article-title').textContent()) ?? '',
      /<script>window.__pwned=1<\/script>/,
    )
    assert.match((await page.locator('.article-text').textContent()) ?? '', /onerror="window.__pwned=6"/)
    assert.equal(await page.locator('main script, main img, main [onerror], main [onmouseover]').count(), 0)
    // The javascript: address is not made a link.
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0)
    for (const link of await page.locator('main a').all()) await link.hover()
    // It is listed in search results too, again as text.
    await page.goto(`${ui.server.url}/#/search?q=${encodeURIComponent('التهجير')}`)
    await page.waitForSelector('main[aria-busy="false"] .hit')
    await page.locator('.hit-title').first().hover()
    assert.equal(await pwned(page), null)
    await shot(page, 'hostile')
    await page.close()
  })

  test('the Content-Security-Policy blocks inline script even if some were injected', async () => {
    const page = await open('#/search')
    const errorsBefore = ui.pageErrors.length
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    // Written as a string: this runs in the page, where document exists.
    await page.evaluate(`
      const script = document.createElement('script')
      script.textContent = 'globalThis.__pwned = 10'
      document.body.append(script)
      const image = document.createElement('img')
      image.setAttribute('src', 'data:,x')
      image.setAttribute('onerror', 'globalThis.__pwned = 11')
      document.body.append(image)
    `)
    await page.waitForTimeout(200)
    assert.equal(await pwned(page), null)
    assert.ok(violations.length > 0, 'the browser reported the blocked script')
    // Those refusals are this test's own doing: the last test checks that no other page logged an error.
    assert.ok(ui.pageErrors.slice(errorsBefore).every((error) => /Content Security Policy/.test(error)))
    ui.pageErrors.splice(errorsBefore)
    await page.close()
  })

  test('pasted hostile HTML is analysed as a page and nothing in it runs', async () => {
    const page = await open('#/analyze')
    await page.fill(
      '#analyze-text',
      '<html><body><script>window.__pwned=8</script><article><p>قال وزير الخارجية الأردني في عمان إن الحكومة ترفض التهجير <img src=x onerror="window.__pwned=9"> رفضاً قاطعاً.</p></article></body></html>',
    )
    await page.check('#analyze-html')
    await page.click('.analyze-form button[type="submit"]')
    await page.waitForSelector('.analyze-result .article-text')
    await page.waitForTimeout(200)
    assert.equal(await pwned(page), null)
    await page.close()
  })

  test('events: the table filters by type, with the timeline and the map of places', async () => {
    const page = await open('#/events')
    const all = await page.locator('.events-table tbody tr').count()
    assert.ok(all > 5, `${all} events`)
    assert.ok((await page.locator('svg.timeline rect.bar').count()) > 0, 'timeline bars')
    assert.ok((await page.locator('svg.world-map path.country').count()) > 100, 'countries drawn')
    assert.ok(
      (await page.locator('svg.world-map circle.event-dot[data-country="LBN"]').count()) === 1,
      'a dot on Lebanon',
    )
    await page.selectOption('#filter-type', 'ASSAULT')
    await page.click('form.filters button[type="submit"]')
    await page.waitForFunction("location.hash.includes('type=ASSAULT')")
    await page.waitForSelector('main[aria-busy="false"] .events-table')
    const types = await page
      .locator('.events-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')))
    assert.ok(types.length > 0 && types.length < all, `${types.length} of ${all}`)
    assert.ok(
      types.every((type) => type === 'ASSAULT'),
      types.join(' '),
    )
    await shot(page, 'events')
    await page.close()
  })

  test('network: actors and the arrows between them, top actors beside', async () => {
    const page = await open('#/network')
    assert.ok((await page.locator('svg.network line.edge').count()) > 0)
    const labels = await page.locator('svg.network .node-label').allTextContents()
    assert.ok(
      labels.some((label) => label.startsWith('IRN')),
      labels.join(' '),
    )
    assert.ok((await page.locator('table.top-actors tbody tr').count()) > 0)
    await shot(page, 'network')
    await page.close()
  })

  test('stories: a cluster compares its outlets side by side — events, speakers and words', async () => {
    const page = await open('#/clusters')
    const stories = await page.locator('.cluster-item').count()
    assert.ok(stories >= 3, `${stories} stories`)
    await page.locator('.cluster-item[data-id="south-lebanon-ufuq"] a').click()
    await page.waitForSelector('main[aria-busy="false"] .side-by-side')
    const outlets = await page.locator('.report h3').allTextContents()
    assert.deepEqual([...outlets].sort(), ['صحيفة الأفق', 'موقع المرصد', 'وكالة الضاد'])
    // Each report shows its events; the loaded wording of one outlet is shown as its frames.
    assert.equal(
      await page
        .locator('.report')
        .filter({ has: page.locator('.report-events li') })
        .count(),
      3,
    )
    const frames = await page.locator('.report[data-id="south-lebanon-dad"] .frame-text').allTextContents()
    assert.ok(frames.length > 0, 'the agency’s loaded words')
    await shot(page, 'cluster')
    await page.close()
  })

  test('outlets: sourcing per outlet and framing per outlet and target', async () => {
    const page = await open('#/outlets')
    assert.ok((await page.locator('table.sourcing-table tbody tr').count()) >= 4)
    assert.ok((await page.locator('table.framing-table tbody tr').count()) >= 1)
    await page.close()
  })

  test('no page asked for anything off the server, and no page logged an error', () => {
    assert.deepEqual(ui.outsideRequests, [])
    assert.deepEqual(ui.pageErrors, [])
  })
})
