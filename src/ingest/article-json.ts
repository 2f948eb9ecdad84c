/**
 * JSON files holding an array of articles, as scrapers and corpora ship them — SaudiNewsNet's
 * `{source, url, date_extracted, title, author, content}` among them. Field names vary; the usual
 * spellings are read (content/text/body, source/outlet/site, date_extracted/published/date).
 */
import { InputError } from '../errors/isnad-error.js'
import type { DocumentInput } from '../pipeline/document.js'
import { plainField } from './plain-field.js'

/** One article of the array, or the reason it could not be read. */
export type ArticleEntry =
  | {
      readonly ok: true
      readonly input: DocumentInput
      readonly html: string | null
      readonly author: string | null
      readonly where: string
    }
  | { readonly ok: false; readonly error: InputError }

const TEXT_FIELDS = ['content', 'text', 'body', 'article'] as const
const OUTLET_FIELDS = ['source', 'outlet', 'site', 'publisher'] as const
const DATE_FIELDS = ['published', 'date_published', 'date_extracted', 'date', 'pubdate'] as const
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

const firstString = (record: Record<string, unknown>, fields: readonly string[]): string | null => {
  for (const field of fields) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}

/** `2015-07-21 02:51:32` → `2015-07-21`; null when the field is not a real calendar day. */
const dayOf = (value: string | null): string | null => {
  const match = value === null ? null : ISO_DAY.exec(value.trim())
  if (match === null) return null
  const day = `${match[1]}-${match[2]}-${match[3]}`
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : null
}

/**
 * Reads a JSON array of articles. `name` names the file in errors; an article without an id of its own
 * gets `idPrefix:N` (N from 1).
 *
 * @example
 *   parseArticleArray('[{"source":"okaz","url":"http://…","date_extracted":"2015-07-21 02:51:32","title":"…","author":"…","content":"…"}]', 'day.json')
 *   // → [{ ok: true, input: { id: 'day.json:1', outlet: 'okaz', published: '2015-07-21', … }, … }]
 */
export const parseArticleArray = (json: string, name: string, idPrefix: string = name): ArticleEntry[] => {
  let parsed: unknown
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new InputError(name, `not valid JSON (${(error as Error).message})`)
  }
  const records = Array.isArray(parsed) ? parsed : [parsed]
  return records.map((record, index): ArticleEntry => {
    const where = `${name}:${index + 1}`
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return { ok: false, error: new InputError(where, 'each article must be a JSON object') }
    }
    const fields = record as Record<string, unknown>
    const text = firstString(fields, TEXT_FIELDS)
    const html = text === null ? firstString(fields, ['html']) : null
    if (text === null && html === null) {
      return { ok: false, error: new InputError(where, 'the article has no "content", "text" or "html"') }
    }
    const id = fields.id
    return {
      ok: true,
      where,
      html,
      author: plainField(firstString(fields, ['author', 'byline'])),
      input: {
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : `${idPrefix}:${index + 1}`,
        text: text ?? '',
        title: plainField(firstString(fields, ['title', 'headline'])),
        outlet: firstString(fields, OUTLET_FIELDS),
        url: firstString(fields, ['url', 'link']),
        published: dayOf(firstString(fields, DATE_FIELDS)),
      },
    }
  })
}
