/**
 * Request bodies that carry documents (`POST /api/analyze`, `POST /api/documents`): checked field by
 * field, a web page reduced to its article first, so the API takes what `isnad analyze` takes.
 */
import { parsePublishedDate } from '../cli/analyze-command.js'
import { loadBoilerplate } from '../ingest/boilerplate.js'
import { pageDocument } from '../ingest/html-document.js'
import type { IngestItem } from '../ingest/ingest-documents.js'
import { ApiError } from './api-error.js'

const FIELDS = ['id', 'text', 'html', 'title', 'published', 'outlet', 'url'] as const

const stringField = (record: Record<string, unknown>, field: string, where: string): string | null => {
  const value = record[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new ApiError('bad-request', `${where}: "${field}" must be a string`)
  return value
}

let boilerplate: ReturnType<typeof loadBoilerplate> | undefined

/** One document object of a request body, as the ingest loop takes it. `where` names it in errors. */
export const documentItem = (value: unknown, where: string): IngestItem => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('bad-request', `${where}: a document must be a JSON object with "text" or "html"`)
  }
  const record = value as Record<string, unknown>
  const [id, text, html, title, publishedRaw, outlet, url] = FIELDS.map((field) =>
    stringField(record, field, where),
  )
  if ((text ?? html ?? '').trim() === '') {
    throw new ApiError('bad-request', `${where}: give the article as a non-empty "text" or "html"`)
  }
  let published: string | null = null
  if (publishedRaw) {
    published = parsePublishedDate(publishedRaw)
    if (published === null)
      throw new ApiError('bad-request', `${where}: "published" must be a date YYYY-MM-DD`)
  }
  const known = { id: id ?? null, title: title ?? null, published, outlet: outlet ?? null, url: url ?? null }
  if (text !== null && text !== undefined) return { input: { ...known, text }, where }
  boilerplate ??= loadBoilerplate()
  const page = pageDocument(html!, { id: known.id, url: known.url }, boilerplate)
  return {
    input: { ...page.input, ...known, text: page.input.text },
    where,
    page: page.page,
    removed: page.removed,
  }
}

/** Reads the JSON body, or answers 400 naming what is wrong with it. */
export const jsonBody = async (request: { json(): Promise<unknown> }): Promise<unknown> => {
  try {
    return await request.json()
  } catch (error) {
    throw new ApiError('bad-request', `the body is not valid JSON (${(error as Error).message})`)
  }
}
