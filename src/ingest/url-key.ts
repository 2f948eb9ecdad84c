/**
 * The address a document is recognised by: scheme, `www.`, `m.`/`amp` variants, fragment, trailing slash
 * and tracking parameters (utm_*, fbclid…) dropped, remaining parameters sorted. Two shares of one
 * article give the same key.
 */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|source|from|cmp|ocid|share|amp)$/i

/**
 * The normalised key of an address, or null when it is not an http(s) URL.
 *
 * @example urlKey('https://www.example.org/news/1/?utm_source=x&b=2&a=1#top') // → 'example.org/news/1?a=1&b=2'
 */
export const urlKey = (address: string | null | undefined): string | null => {
  if (!address) return null
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const host = url.hostname.toLowerCase().replace(/^(?:www\d?|m|amp)\./, '')
  const parameters = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
  const path = decodeURIComponentSafe(url.pathname)
    .replace(/\/amp\/?$/, '/')
    .replace(/\/+$/, '')
  const query = parameters.map(([name, value]) => `${name}=${value}`).join('&')
  return `${host}${path}${query === '' ? '' : '?' + query}`
}

/** Percent-encoded Arabic paths and raw ones are the same address. */
const decodeURIComponentSafe = (path: string): string => {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
