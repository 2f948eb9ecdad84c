/**
 * Validity dates: the same name can stand for different actors over time (بشار الأسد is SYRGOV until
 * 2024-12-08; أحمد الشرع is REB before it and SYRGOV after). Dates compare as `YYYY-MM-DD` strings.
 */
import type { GazetteerEntry } from './gazetteer-types.js'

/** Whether `entry` is valid on `date` (`from` inclusive, `to` exclusive); an undated entry always is. */
export const isValidOn = (entry: GazetteerEntry, date: string): boolean =>
  (entry.from === null || entry.from <= date) && (entry.to === null || date < entry.to)

/**
 * The entry to use on `date` among entries sharing a name: the first valid one, in the given order.
 * With no date, the current one (no `to`), else the first. Undefined when a date is given and no entry
 * is valid on it (a person out of office: see `latestBefore`).
 *
 * @example
 *   pickEntry(assadRows, '2025-08-20')   // undefined: no office after 2024-12-08
 */
export const pickEntry = (
  entries: readonly GazetteerEntry[],
  date: string | null | undefined,
): GazetteerEntry | undefined => {
  if (date === null || date === undefined) return entries.find((entry) => entry.to === null) ?? entries[0]
  return entries.find((entry) => isValidOn(entry, date))
}

/** The entry that ended last before `date`: who a name was most recently, for a person out of office. */
export const latestBefore = (
  entries: readonly GazetteerEntry[],
  date: string,
): GazetteerEntry | undefined => {
  let latest: GazetteerEntry | undefined
  for (const entry of entries) {
    if (entry.to === null || entry.to > date) continue
    if (latest === undefined || entry.to > latest.to!) latest = entry
  }
  return latest
}

/**
 * The day (`YYYY-MM-DD`) of an ISO date or date-time string, or null when it is not one. A bare year or
 * month stands for its middle (`2024` → `2024-07-01`), the least wrong single day.
 */
export const dayOf = (value: string | null | undefined): string | null => {
  if (value === null || value === undefined) return null
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value)
  if (match === null) return null
  return `${match[1]}-${match[2] ?? '07'}-${match[3] ?? (match[2] === undefined ? '01' : '15')}`
}
