/**
 * What sort of time a `times[]` entry is (`times[].kind`, an extension field of CONTRACT.md §2): events
 * take their dates from `date` and `relative` times, never from a duration.
 */
export const TIME_KINDS = {
  date: 'a named calendar date, its year written or taken from publication: 8 كانون الأول 2024، عام 2024، 15 رمضان 1446 هـ، الثامن من كانون الأول',
  relative: 'placed from the publication date: أمس، الشهر الماضي، يوم الثلاثاء، قبل يومين',
  duration: 'a length of time, never placed on the calendar: منذ ثلاث سنوات، خلال 48 ساعة، لمدة أسبوعين',
  vague: 'a time with no calendar value: مؤخراً، حالياً، قريباً',
} as const

export type TimeKind = keyof typeof TIME_KINDS
