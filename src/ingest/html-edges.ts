/**
 * The edges of an extracted body: the headline repeated at its top, a byline (بقلم: فلان) and a date
 * line (نشر في …) before it; an agency credit (المصدر: رويترز) or tag list after it. Only short
 * paragraphs at either end are looked at, so the article itself is never cut into.
 */
import type { RemovedText } from '../pipeline/analysis.js'
import { foldWord } from '../text/fold.js'
import { WIRE_AGENCIES } from './wire-agencies.js'

export interface ArticleEdges {
  readonly text: string
  /** The byline found at the top, without its بقلم/كتب. */
  readonly byline: string | null
  readonly removed: readonly RemovedText[]
}

const BYLINE = /^\s*(?:بقلم|كتبت?|كتبه|إعداد|اعداد|تحرير|By)\s*[:：\-–]?\s*(.{2,60})$/i
const DATE_LINE =
  /^\s*(?:نشر في|نُشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|اخر تحديث|تم النشر|تحديث|Published|Updated)(?!\p{L})/iu
const CREDIT_PREFIX = /^\s*\(?(?:المصدر|المصادر|مصدر الخبر|Source)\s*[:：]/i
const TAGS_PREFIX = /^\s*(?:الوسوم|الكلمات المفتاحية|كلمات مفتاحية|كلمات دلالية|Tags)\s*[:：]?/i
const MAX_EDGE = 100
const MAX_EDGE_PARAGRAPHS = 4

const key = (text: string): string =>
  foldWord(text, { tehMarbuta: true })
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase()

const CREDIT_KEYS: ReadonlySet<string> = new Set(Object.values(WIRE_AGENCIES).flat().map(key))

/** A closing line that is only an agency credit: `(رويترز)`, `أ ف ب`, `وكالات`. */
const isBareCredit = (paragraph: string): boolean => {
  const parts = paragraph
    .split(/[،,+/–-]|\s+(?=و)/)
    .map(key)
    .filter((part) => part !== '')
  // A second agency is joined by و: رويترز ووام.
  return (
    parts.length > 0 &&
    parts.every((part) => CREDIT_KEYS.has(part) || (part.startsWith('و') && CREDIT_KEYS.has(part.slice(1))))
  )
}

/**
 * Drops the repeated headline, byline and date line at the top of a body, and credit and tag lines at
 * its end.
 *
 * @example
 *   trimArticleEdges('العنوان\n\nبقلم: سمير\n\nالنص.\n\nالمصدر: رويترز', 'العنوان')
 *   // → { text: 'النص.', byline: 'سمير', removed: [{ text: 'المصدر: رويترز', reason: 'copyright' }] }
 */
export const trimArticleEdges = (text: string, title: string | null): ArticleEdges => {
  const paragraphs = text.split(/\n{2,}/)
  const removed: RemovedText[] = []
  let byline: string | null = null
  const titleKey = title === null ? null : key(title)
  for (let step = 0; step < MAX_EDGE_PARAGRAPHS && paragraphs.length > 1; step++) {
    const first = paragraphs[0]!.trim()
    if (first.length > MAX_EDGE && !(titleKey !== null && key(first) === titleKey)) break
    const bylineMatch = BYLINE.exec(first)
    if (titleKey !== null && key(first) === titleKey) paragraphs.shift()
    else if (bylineMatch !== null) {
      byline ??= bylineMatch[1]!.trim()
      paragraphs.shift()
    } else if (DATE_LINE.test(first)) paragraphs.shift()
    else break
  }
  for (let step = 0; step < MAX_EDGE_PARAGRAPHS && paragraphs.length > 1; step++) {
    const last = paragraphs.at(-1)!.trim()
    if (last.length > MAX_EDGE) break
    if (CREDIT_PREFIX.test(last) || isBareCredit(last)) removed.push({ text: last, reason: 'copyright' })
    else if (!TAGS_PREFIX.test(last)) break
    paragraphs.pop()
  }
  return { text: paragraphs.join('\n\n').trim(), byline, removed }
}
