/**
 * Polite HTTP for feeds and pages: a User-Agent, a timeout per request, retries with exponential backoff
 * on network errors, 429 and 5xx (honouring a short Retry-After), conditional GET (ETag, Last-Modified)
 * so an unchanged feed costs a 304, and at most one request per host per interval.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { InputError } from '../errors/isnad-error.js'

export interface FetchPolicy {
  readonly timeoutMs: number
  /** Attempts after the first. */
  readonly retries: number
  /** The first backoff; each retry waits twice as long as the one before. */
  readonly backoffMs: number
  /** The least time between two requests to one host. */
  readonly hostIntervalMs: number
  readonly userAgent: string
  /** The largest body accepted. */
  readonly maxBytes: number
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 500,
  hostIntervalMs: 1_000,
  userAgent: 'isnad/0.1 (Arabic news analysis; respects ETag and Last-Modified)',
  maxBytes: 20 * 1_048_576,
}

/** What conditional GET remembers of an address. */
export interface Validators {
  readonly etag?: string
  readonly lastModified?: string
}

export type FetchResult =
  | {
      readonly kind: 'fetched'
      readonly url: string
      readonly body: Buffer
      readonly contentType: string | null
    }
  | { readonly kind: 'not-modified'; readonly url: string }

/** Waits until a request to `host` is allowed; requests to one host are spaced, others run freely. */
class HostPacer {
  private readonly next = new Map<string, number>()

  async wait(host: string, intervalMs: number): Promise<void> {
    const now = Date.now()
    const at = Math.max(now, this.next.get(host) ?? 0)
    this.next.set(host, at + intervalMs)
    if (at > now) await sleep(at - now)
  }
}

const retryable = (status: number): boolean => status === 429 || status >= 500

export class Fetcher {
  readonly validators: Map<string, Validators>
  private readonly policy: FetchPolicy
  private readonly pacer = new HostPacer()

  /**
   * @example
   *   const fetcher = new Fetcher({ ...DEFAULT_FETCH_POLICY, hostIntervalMs: 0 })
   *   const result = await fetcher.get('http://127.0.0.1:8080/feed.xml') // → { kind: 'fetched', body, … }
   */
  constructor(policy: Partial<FetchPolicy> = {}, validators: Map<string, Validators> = new Map()) {
    this.policy = { ...DEFAULT_FETCH_POLICY, ...policy }
    this.validators = validators
  }

  /** GETs `url`; an unchanged resource answers `not-modified`; failures throw an InputError naming it. */
  async get(url: string): Promise<FetchResult> {
    const host = new URL(url).host
    let lastError = 'no attempt made'
    for (let attempt = 0; attempt <= this.policy.retries; attempt++) {
      if (attempt > 0) await sleep(this.policy.backoffMs * 2 ** (attempt - 1))
      await this.pacer.wait(host, this.policy.hostIntervalMs)
      const known = this.validators.get(url)
      const headers: Record<string, string> = { 'user-agent': this.policy.userAgent, accept: '*/*' }
      if (known?.etag) headers['if-none-match'] = known.etag
      if (known?.lastModified) headers['if-modified-since'] = known.lastModified
      let response: Response
      try {
        response = await fetch(url, {
          headers,
          signal: AbortSignal.timeout(this.policy.timeoutMs),
          redirect: 'follow',
        })
      } catch (error) {
        const cause =
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${this.policy.timeoutMs} ms`
            : (error as Error).message
        lastError = cause
        continue
      }
      if (response.status === 304) {
        await response.body?.cancel()
        return { kind: 'not-modified', url }
      }
      if (retryable(response.status)) {
        lastError = `HTTP ${response.status}`
        await response.body?.cancel()
        const retryAfter = Number(response.headers.get('retry-after'))
        if (Number.isFinite(retryAfter) && retryAfter > 0 && retryAfter <= 30) await sleep(retryAfter * 1000)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new InputError(url, `HTTP ${response.status} ${response.statusText}`.trim())
      }
      const body = Buffer.from(await response.arrayBuffer())
      if (body.length > this.policy.maxBytes) throw new InputError(url, 'the response is larger than allowed')
      const etag = response.headers.get('etag')
      const lastModified = response.headers.get('last-modified')
      if (etag || lastModified) {
        this.validators.set(url, { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) })
      }
      return {
        kind: 'fetched',
        url: response.url || url,
        body,
        contentType: response.headers.get('content-type'),
      }
    }
    throw new InputError(url, `${lastError} (after ${this.policy.retries + 1} attempts)`)
  }
}

/** Validators kept between runs in a small JSON file; a missing or broken file is an empty memory. */
export const loadValidators = (path: string): Map<string, Validators> => {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Validators>))
  } catch {
    return new Map()
  }
}

export const saveValidators = (path: string, validators: ReadonlyMap<string, Validators>): void => {
  writeFileSync(path, JSON.stringify(Object.fromEntries(validators)) + '\n')
}
