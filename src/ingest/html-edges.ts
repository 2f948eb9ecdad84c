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

const BYLINE = /^\s*(?:بقلم|كتبت?|كتبه|إعداد|اعداد|تحرير)\s*[:：\-–]?\s*(.{2,60})$/
/** A Latin-script byline: the cue (By, Par, Von, Por, Di, Door) and a capitalised name, then maybe a date. */
const LATIN_BYLINE =
  /^\s*(?:By|BY|Par|PAR|Von|VON|Por|POR|Di|Door|Av|Af)\s*[:：]?\s+((?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|al|el|bin|and|und|et|y)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|al|el|bin|and|und|et|y)){0,5})\s*(?:$|[|·,–—•]|\s-\s)/u
/** A date or a time in a meta line: `2025`, `3 août 2025`, `18.09.2024`, `21h40`, `10:41pm`. */
const DATE_OR_TIME = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d{1,2}[:h]\d\d(?:\D|$)|[٠-٩]{4}/
/** The end of a sentence: a meta line (a name, a date, a section) has none. */
const SENTENCE_END = /[.!?؟。:]["'”»)]*$/
const MAX_META_LINE = 80
const MAX_META_WORDS = 12
/** A section label (a kicker) over the body: a word or three. */
const MAX_KICKER_WORDS = 3
const MAX_KICKER = 30
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

/** A short line without a sentence in it that names the author or gives a date: `Par X · 3 août 2025`. */
const isMetaLine = (line: string, authorKey: string | null): boolean => {
  if (line.length > MAX_META_LINE || line.split(/\s+/).length > MAX_META_WORDS || SENTENCE_END.test(line)) {
    return false
  }
  return DATE_OR_TIME.test(line) || (authorKey !== null && key(line).includes(authorKey))
}

/** A section label above the body (`Environment`, `Live`), followed by longer text. */
const isKicker = (line: string, next: string): boolean =>
  line.length <= MAX_KICKER &&
  line.split(/\s+/).length <= MAX_KICKER_WORDS &&
  !SENTENCE_END.test(line) &&
  !/[\d٠-٩]/.test(line) &&
  // `القاهرة - أ ف ب`: a dateline, which is part of the body.
  !/\s[-–—]\s/.test(line) &&
  next.trim().length > line.length * 3

/**
 * Drops the repeated headline, byline and date line at the top of a body, and credit and tag lines at
 * its end.
 *
 * @example
 *   trimArticleEdges('العنوان\n\nبقلم: سمير\n\nالنص.\n\nالمصدر: رويترز', 'العنوان')
 *   // → { text: 'النص.', byline: 'سمير', removed: [{ text: 'المصدر: رويترز', reason: 'copyright' }] }
 */
export const trimArticleEdges = (
  text: string,
  title: string | null,
  author: string | null = null,
): ArticleEdges => {
  const paragraphs = text.split(/\n{2,}/)
  const removed: RemovedText[] = []
  let byline: string | null = null
  const titleKey = title === null ? null : key(title)
  const authorKey = author === null || key(author).length < 4 ? null : key(author)
  for (let step = 0; step < MAX_EDGE_PARAGRAPHS && paragraphs.length > 1; step++) {
    const first = paragraphs[0]!.trim()
    if (first.length > MAX_EDGE && !(titleKey !== null && key(first) === titleKey)) break
    const bylineMatch = BYLINE.exec(first) ?? LATIN_BYLINE.exec(first)
    if (titleKey !== null && key(first) === titleKey) paragraphs.shift()
    else if (bylineMatch !== null) {
      byline ??= bylineMatch[1]!.trim()
      paragraphs.shift()
    } else if (DATE_LINE.test(first) || isMetaLine(first, authorKey) || isKicker(first, paragraphs[1]!)) {
      paragraphs.shift()
    } else break
  }
  // A byline under a standfirst: among the first paragraphs, a short line naming the author.
  for (let index = 1; index < Math.min(paragraphs.length - 1, MAX_EDGE_PARAGRAPHS); index++) {
    const line = paragraphs[index]!.trim()
    const bylineMatch = LATIN_BYLINE.exec(line) ?? BYLINE.exec(line)
    const namesAuthor = authorKey !== null && isMetaLine(line, authorKey) && key(line).includes(authorKey)
    if (bylineMatch === null && !namesAuthor) continue
    byline ??= bylineMatch?.[1]?.trim() ?? null
    paragraphs.splice(index, 1)
    break
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
