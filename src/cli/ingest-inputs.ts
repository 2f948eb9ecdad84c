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
import { decodeText } from '../ingest/decode-text.js'
import { pageDocument } from '../ingest/html-document.js'
import type { IngestItem } from '../ingest/ingest-documents.js'
import { inputKindOf } from '../ingest/input-kind.js'
import { warcPages } from '../ingest/warc.js'
import { readDocuments } from './read-documents.js'

const withoutExtension = (path: string): string => {
  const normalized = normalize(path)
  return normalized.slice(0, normalized.length - extname(normalized).length)
}

const isWarc = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path)

/** Extensions a directory walk picks up (and .warc, .warc.gz). */
export const INGEST_EXTENSIONS: ReadonlySet<string> = new Set([
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

/** The documents of every path, in order; unreadable files and lines come as InputError items. */
export async function* ingestItems(
  paths: readonly string[],
  maxBytes: number,
): AsyncGenerator<IngestItem | InputError> {
  for (const path of ingestFiles(paths)) {
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
