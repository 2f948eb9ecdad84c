/** Routes are in the address's hash (`#/search?q=…`), so the server serves one page and links work offline. */

export interface Route {
  /** `search`, `doc`, `events`… */
  readonly page: string
  /** Path segments after the page: `#/doc/abc` → ['abc']. */
  readonly rest: readonly string[]
  readonly params: Readonly<Record<string, string>>
}

export const parseRoute = (hash: string): Route => {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2)
  const [page = '', ...rest] = path.split('/').map((part) => decodeURIComponent(part))
  return { page: page === '' ? 'search' : page, rest, params: Object.fromEntries(new URLSearchParams(query)) }
}

/** A link to a page with parameters; empty ones are left out. */
export const routeHref = (
  page: string,
  params: Readonly<Record<string, string | null | undefined>> = {},
): string => {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value)
  const text = query.toString()
  return `#/${page}${text === '' ? '' : `?${text}`}`
}

export const documentHref = (id: string): string => `#/doc/${encodeURIComponent(id)}`
export const clusterHref = (id: string): string => `#/cluster/${encodeURIComponent(id)}`

/** Previous and next links of a paged list: `offset` in the address, `size` per page. */
export const pagerLinks = (
  page: string,
  params: Readonly<Record<string, string>>,
  size: number,
  total: number,
): { readonly previous: string | null; readonly next: string | null } => {
  const offset = Number(params.offset ?? 0) || 0
  return {
    previous: offset > 0 ? routeHref(page, { ...params, offset: String(Math.max(0, offset - size)) }) : null,
    next: offset + size < total ? routeHref(page, { ...params, offset: String(offset + size) }) : null,
  }
}
