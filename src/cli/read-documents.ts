/**
 * The documents named on an `isnad analyze` command line, read one by one in input order. A bad file or
 * line is yielded as an error item, so the caller reports it and carries on.
 */
import { createReadStream, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { createInterface } from 'node:readline'
import { InputError } from '../errors/isnad-error.js'
import type { BoilerplatePhrase } from '../ingest/boilerplate.js'
import { loadBoilerplate } from '../ingest/boilerplate.js'
import { decodeHtml } from '../ingest/decode-html.js'
import { decodeText } from '../ingest/decode-text.js'
import { type PageFields, pageDocument } from '../ingest/html-document.js'
import { type InputKind, inputKindOf } from '../ingest/input-kind.js'
import { parseJsonlDocument } from '../ingest/jsonl-document.js'
import type { RemovedText } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'

export type DocumentItem =
  | {
      readonly ok: true
      readonly input: DocumentInput
      readonly where: string
      /** What a web page said about itself; the record and the command line override it. */
      readonly page?: PageFields
      /** Furniture removed from a web page before its text was taken. */
      readonly removed?: readonly RemovedText[]
    }
  | { readonly ok: false; readonly error: InputError }

export interface ReadOptions {
  /** Forces the input kind instead of guessing it from the extension. */
  readonly kind: InputKind | null
  /** The largest document accepted, in bytes (one file, or one JSONL line). */
  readonly maxBytes: number
}

const megabytes = (bytes: number): string => (bytes / 1_048_576).toFixed(1) + ' MB'

const tooLarge = (where: string, bytes: number, maxBytes: number): InputError =>
  new InputError(
    where,
    `${megabytes(bytes)} is more than one document may hold (${megabytes(maxBytes)}); split it or raise --max-size`,
  )

const describeFileError = (error: NodeJS.ErrnoException): string => {
  if (error.code === 'ENOENT') return 'no such file'
  if (error.code === 'EACCES') return 'permission denied'
  return error.message
}

const readStdin = async (maxBytes: number): Promise<Buffer> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw tooLarge('stdin', size, maxBytes)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

let boilerplate: readonly BoilerplatePhrase[] | undefined
/** The boilerplate lexicon, loaded on the first page read. */
const pageBoilerplate = (): readonly BoilerplatePhrase[] => {
  boilerplate ??= loadBoilerplate()
  return boilerplate
}

/** A page's article as a document item; the page's own metadata rides along beside the input. */
const htmlItem = (html: string, input: DocumentInput, where: string): DocumentItem => {
  const page = pageDocument(html, { id: input.id ?? null, url: input.url ?? null }, pageBoilerplate())
  return {
    ok: true,
    input: { ...input, text: page.input.text },
    where,
    page: page.page,
    removed: page.removed,
  }
}

async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<DocumentItem> {
  const stream =
    path === '-' ? process.stdin.setEncoding('utf8') : createReadStream(path, { encoding: 'utf8' })
  const name = path === '-' ? 'stdin' : path
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    const where = `${name}:${lineNumber}`
    if (line.trim() === '') continue
    if (Buffer.byteLength(line) > options.maxBytes) {
      yield { ok: false, error: tooLarge(where, Buffer.byteLength(line), options.maxBytes) }
      continue
    }
    try {
      const { html, ...record } = parseJsonlDocument(line.replace(/^\uFEFF/, ''), where)
      const input = { ...record, id: record.id ?? `${basename(name)}:${lineNumber}` }
      yield html === null ? { ok: true, input, where } : htmlItem(html, input, where)
    } catch (error) {
      if (error instanceof InputError) yield { ok: false, error }
      else throw error
    }
  }
}

const readTextDocument = (path: string, bytes: Uint8Array): DocumentInput => ({
  id: path === '-' ? null : basename(path, extname(path)),
  text: decodeText(bytes, path === '-' ? 'stdin' : path),
})

/** Yields every document of every input path ('-' is stdin), in order. */
export async function* readDocuments(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<DocumentItem> {
  for (const path of paths) {
    const where = path === '-' ? 'stdin' : path
    const kind = options.kind ?? (path === '-' ? 'txt' : inputKindOf(path))
    try {
      if (path !== '-') {
        const stats = statSync(path)
        if (stats.isDirectory()) {
          throw new InputError(
            where,
            'is a directory, not a file (give the files in it, or use isnad ingest)',
          )
        }
        if (kind !== 'jsonl' && stats.size > options.maxBytes)
          throw tooLarge(where, stats.size, options.maxBytes)
      }
      if (kind === 'jsonl') {
        yield* readJsonl(path, options)
        continue
      }
      const bytes = path === '-' ? await readStdin(options.maxBytes) : await readFileBytes(path)
      if (kind === 'html') {
        const id = path === '-' ? null : basename(path, extname(path))
        yield htmlItem(decodeHtml(bytes, where), { id, text: '' }, where)
      } else yield { ok: true, input: readTextDocument(path, bytes), where }
    } catch (error) {
      if (error instanceof InputError) yield { ok: false, error }
      else if (isErrno(error)) yield { ok: false, error: new InputError(where, describeFileError(error)) }
      else throw error
    }
  }
}

const isErrno = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'

const readFileBytes = async (path: string): Promise<Buffer> => {
  const { readFile } = await import('node:fs/promises')
  return readFile(path)
}
