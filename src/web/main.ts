/**
 * The web UI's entry: the navigation, and a router that draws the page the address's hash names. Every
 * page is built with dom.ts (text nodes only), so article content can never run as script.
 */
import { ApiFailure } from './api.js'
import { gloss, h, replaceChildren } from './dom.js'
import { analyzePage } from './pages/analyze-page.js'
import { articlePage } from './pages/article-page.js'
import { clusterPage, clustersPage } from './pages/clusters-page.js'
import { eventsPage } from './pages/events-page.js'
import { networkPage } from './pages/network-page.js'
import { outletsPage } from './pages/outlets-page.js'
import { searchPage } from './pages/search-page.js'
import { parseRoute, type Route } from './route.js'

const NAVIGATION = [
  ['search', 'البحث', 'search'],
  ['events', 'الأحداث', 'events'],
  ['network', 'الشبكة', 'network'],
  ['clusters', 'القصص', 'stories'],
  ['outlets', 'الوسائل', 'outlets'],
  ['analyze', 'تحليل نص', 'analyze'],
] as const

const PAGES: Readonly<Record<string, (route: Route) => Promise<HTMLElement>>> = {
  search: (route) => searchPage(route.params),
  doc: (route) => articlePage(route.rest[0] ?? ''),
  events: (route) => eventsPage(route.params),
  network: (route) => networkPage(route.params),
  clusters: () => clustersPage(),
  cluster: (route) => clusterPage(route.rest[0] ?? ''),
  outlets: (route) => outletsPage(route.params),
  analyze: () => analyzePage(),
}

let drawing = 0

const draw = async (): Promise<void> => {
  const main = document.getElementById('main')!
  const route = parseRoute(location.hash)
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    link.classList.toggle(
      'current',
      link.dataset.page === route.page || (route.page === 'doc' && link.dataset.page === 'search'),
    )
  }
  const page = PAGES[route.page]
  const ticket = ++drawing
  main.setAttribute('aria-busy', 'true')
  try {
    const element =
      page === undefined
        ? h('p', { class: 'error' }, gloss('صفحة غير موجودة', 'no such page'))
        : await page(route)
    if (ticket === drawing) replaceChildren(main, element)
  } catch (error) {
    const message =
      error instanceof ApiFailure ? `${error.status} ${error.code}: ${error.message}` : String(error)
    if (ticket === drawing) replaceChildren(main, h('p', { class: 'error', role: 'alert' }, message))
  } finally {
    if (ticket === drawing) {
      main.setAttribute('aria-busy', 'false')
      document.body.dataset.page = route.page
    }
  }
}

const nav = document.getElementById('nav')!
replaceChildren(
  nav,
  ...NAVIGATION.map(([page, arabic, en]) =>
    h('a', { href: `#/${page}`, 'data-page': page }, gloss(arabic, en)),
  ),
)
window.addEventListener('hashchange', () => void draw())
void draw()
