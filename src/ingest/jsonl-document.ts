/** One line of a JSONL input, checked and turned into a DocumentInput. */
import { InputError } from '../errors/isnad-error.js'
import type { DocumentInput } from '../pipeline/document.js'
import { plainField } from './plain-field.js'

const optionalString = (record: Record<string, unknown>, field: string, where: string): string | null => {
  const value = record[field]
  if (value === undefined || value === null) return null
  if (typeof value === 'number' && field === 'id') return String(value)
  if (typeof value !== 'string') throw new InputError(where, `"${field}" must be a string`)
  return value
}

/**
 * Parses one JSONL line into a document. `where` names it in errors, e.g. `feed.jsonl:12`.
 *
 * @example parseJsonlDocument('{"id":"a1","text":"نص"}', 'x.jsonl:1') // → { id: 'a1', text: 'نص', … }
 */
export const parseJsonlDocument = (line: string, where: string): DocumentInput & { html: string | null } => {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (error) {
    throw new InputError(where, `not valid JSON (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(where, 'each line must be a JSON object with a "text" or "html" field')
  }
  const record = parsed as Record<string, unknown>
  const text = optionalString(record, 'text', where)
  const html = optionalString(record, 'html', where)
  if (text === null && html === null) throw new InputError(where, 'the object has neither "text" nor "html"')
  return {
    id: optionalString(record, 'id', where),
    text: text ?? '',
    html: text === null ? html : null,
    title: plainField(optionalString(record, 'title', where)),
    published: optionalString(record, 'published', where),
    outlet: optionalString(record, 'outlet', where),
    url: optionalString(record, 'url', where),
  }
}
