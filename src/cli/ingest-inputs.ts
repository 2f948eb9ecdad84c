/**
 * What `isnad ingest` reads: the paths given, directories walked recursively (files with a known
 * extension only, hidden ones skipped), each file turned into documents — .txt, .html, .jsonl through
 * the same reader as `isnad analyze`, .json arrays of articles here.
 */
import { readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, extname, join, normalize } from 'node:path'
import { InputError } from '../errors/isnad-error.js'
import { parseArticleArray } from '../ingest/article-json.js'
import { loadBoilerplate } from '../ingest/boilerplate.js'
import { decodeHtml } from '../ingest/decode-html.js'
import { decodeText } from '../ingest/decode-text.js'
import { looksLikeFeed, parseFeed } from '../ingest/feed.js'
import { pageDocument } from '../ingest/html-document.js'
import type { Fetcher } from '../ingest/http-fetch.js'
import type { IngestItem } from '../ingest/ingest-documents.js'
import { inputKindOf } from '../ingest/input-kind.js'
import { warcPages } from '../ingest/warc.js'
import { reportError } from './output.js'
import { readDocuments } from './read-documents.js'

const withoutExtension = (path: string): string => {
  const normalized = normalize(path)
  return normalized.slice(0, normalized.length - extname(normalized).length)
}

const isWarc = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path)

/** Extensions a directory walk picks up (and .warc, .warc.gz). */
export const INGEST_EXTENSIONS: ReadonlySet<string> = new Set([
  '.rss',
  '.atom',
  '.xml',
  '.txt',
  '.html',
  '.htm',
  '.xhtml',
  '.jsonl',
  '.ndjson',
  '.json',
])

/** Every file under the given paths, in a stable order; a missing path is an error item. */
export function* ingestFiles(paths: readonly string[]): Generator<string | InputError> {
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>
    try {
      stats = statSync(path)
    } catch {
      yield new InputError(path, 'no such file or directory')
      continue
    }
    if (stats.isDirectory()) yield* walk(path)
    else yield path
  }
}

function* walk(folder: string): Generator<string> {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((left, right) =>
    left.name < right.name ? -1 : left.name > right.name ? 1 : 0,
  )
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (
      entry.isFile() &&
      (INGEST_EXTENSIONS.has(extname(entry.name).toLowerCase()) || isWarc(entry.name))
    )
      yield path
  }
}

async function* readJsonArray(path: string, maxBytes: number): AsyncGenerator<IngestItem | InputError> {
  const bytes = await readFile(path)
  // A JSON array is a collection, not one document: it may be far larger than --max-size.
  if (bytes.length > maxBytes * 50) {
    yield new InputError(path, 'too large for one JSON array; split it or use .jsonl')
    return
  }
  const name = basename(path, extname(path))
  let boilerplate: ReturnType<typeof loadBoilerplate> | undefined
  for (const entry of parseArticleArray(decodeText(bytes, path), path, name)) {
    if (!entry.ok) {
      yield entry.error
      continue
    }
    if (entry.html === null) {
      yield { input: entry.input, where: entry.where, author: entry.author }
      continue
    }
    boilerplate ??= loadBoilerplate()
    const page = pageDocument(
      entry.html,
      { id: entry.input.id ?? null, url: entry.input.url ?? null },
      boilerplate,
    )
    yield {
      input: { ...entry.input, text: page.input.text },
      where: entry.where,
      page: page.page,
      removed: page.removed,
      author: entry.author,
    }
  }
}

/** The HTML pages of a WARC file, each a document named by the file and record number. */
async function* readWarc(path: string): AsyncGenerator<IngestItem | InputError> {
  const name = path.replace(/\.warc(?:\.gz)?$/i, '')
  let boilerplate: ReturnType<typeof loadBoilerplate> | undefined
  for (const record of warcPages(await readFile(path), path)) {
    boilerplate ??= loadBoilerplate()
    const id = `${normalize(name)}#${record.record}`
    const page = pageDocument(record.html, { id, url: record.url }, boilerplate)
    // The page's canonical address wins over the captured one (pageDocument falls back to that).
    yield {
      input: { id, text: page.input.text },
      where: `${path}#${record.record}`,
      page: page.page,
      removed: page.removed,
    }
  }
}

export interface IngestInputOptions {
  readonly maxBytes: number
  /** Fetches feeds and pages named by http(s) addresses; null: addresses are refused. */
  readonly fetcher: Fetcher | null
  /** Whether a document with this address is stored already (its page is then not fetched again). */
  readonly isKnown: (url: string) => Promise<boolean>
}

const isAddress = (path: string): boolean => /^https?:\/\//i.test(path)

/** The text of a fetched body: the charset its Content-Type names, else what the document declares. */
const decodeFetched = (body: Buffer, contentType: string | null, where: string): string => {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset).decode(body)
    } catch {
      // an unknown label: fall through to what the document says
    }
  }
  return decodeHtml(body, where)
}

/** One feed item as a document: its own full text, else the page it links to, else its summary. */
async function* feedItems(
  xml: string,
  source: string,
  options: IngestInputOptions,
): AsyncGenerator<IngestItem | InputError> {
  const boilerplate = loadBoilerplate()
  const items = parseFeed(xml).items
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    const where = `${source}#${index + 1}`
    const id = item.id ?? item.url ?? where
    // The address comes through the page: its canonical one, else the item's link.
    const own = { id, published: item.published }
    try {
      if (!item.full && item.url !== null && isAddress(item.url) && options.fetcher !== null) {
        // Stored already: pass it on with no text, to be counted as the duplicate it is, unfetched.
        if (await options.isKnown(item.url)) {
          yield { input: { ...own, url: item.url, text: '' }, where }
          continue
        }
        const fetched = await options.fetcher.get(item.url)
        if (fetched.kind === 'fetched') {
          const page = pageDocument(
            decodeFetched(fetched.body, fetched.contentType, where),
            { id, url: item.url },
            boilerplate,
          )
          yield { input: { ...own, text: page.input.text }, where, page: page.page, removed: page.removed }
          continue
        }
      }
      if (item.html === null) {
        yield new InputError(where, 'the feed item has neither text nor a page to fetch')
        continue
      }
      const page = pageDocument(item.html, { id, url: item.url }, boilerplate)
      yield {
        input: { ...own, title: item.title, text: page.input.text },
        where,
        page: page.page,
        removed: page.removed,
      }
    } catch (error) {
      yield error instanceof InputError ? error : new InputError(where, (error as Error).message)
    }
  }
}

/** A feed or a page named by its address. */
async function* readAddress(
  url: string,
  options: IngestInputOptions,
): AsyncGenerator<IngestItem | InputError> {
  if (options.fetcher === null) {
    yield new InputError(url, 'addresses cannot be fetched here')
    return
  }
  const fetched = await options.fetcher.get(url)
  if (fetched.kind === 'not-modified') {
    reportError(url, 'not modified since the last run; nothing new')
    return
  }
  const text = decodeFetched(fetched.body, fetched.contentType, url)
  if (looksLikeFeed(text)) {
    yield* feedItems(text, url, options)
    return
  }
  const page = pageDocument(text, { id: url, url: fetched.url }, loadBoilerplate())
  yield { input: { id: url, text: page.input.text }, where: url, page: page.page, removed: page.removed }
}

/** The documents of every path, in order; unreadable files and lines come as InputError items. */
export async function* ingestItems(
  paths: readonly string[],
  options: IngestInputOptions,
): AsyncGenerator<IngestItem | InputError> {
  const { maxBytes } = options
  for (const given of paths) {
    if (isAddress(given)) {
      try {
        yield* readAddress(given, options)
      } catch (error) {
        yield error instanceof InputError ? error : new InputError(given, (error as Error).message)
      }
      continue
    }
    yield* readPath(given, maxBytes, options)
  }
}

/** The documents of one file or directory. */
async function* readPath(
  given: string,
  maxBytes: number,
  options: IngestInputOptions,
): AsyncGenerator<IngestItem | InputError> {
  for (const path of ingestFiles([given])) {
    if (path instanceof InputError) {
      yield path
      continue
    }
    if (isWarc(path)) {
      try {
        yield* readWarc(path)
      } catch (error) {
        yield error instanceof InputError ? error : new InputError(path, (error as Error).message)
      }
      continue
    }
    if (['.rss', '.atom', '.xml'].includes(extname(path).toLowerCase())) {
      try {
        const xml = decodeHtml(await readFile(path), path)
        if (!looksLikeFeed(xml)) yield new InputError(path, 'not an RSS or Atom feed')
        else yield* feedItems(xml, path, options)
      } catch (error) {
        yield error instanceof InputError ? error : new InputError(path, (error as Error).message)
      }
      continue
    }
    if (extname(path).toLowerCase() === '.json') {
      try {
        yield* readJsonArray(path, maxBytes)
      } catch (error) {
        yield error instanceof InputError ? error : new InputError(path, (error as Error).message)
      }
      continue
    }
    const kind = inputKindOf(path)
    for await (const item of readDocuments([path], { kind: null, maxBytes })) {
      if (!item.ok) {
        yield item.error
        continue
      }
      // A page or text file is named by its path (a/1.txt and b/1.txt are two documents).
      const input = kind === 'jsonl' ? item.input : { ...item.input, id: withoutExtension(path) }
      yield {
        input,
        where: item.where,
        ...(item.page ? { page: item.page } : {}),
        ...(item.removed ? { removed: item.removed } : {}),
      }
    }
  }
}
