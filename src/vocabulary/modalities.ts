/** Whether an event happened, as the text presents it (`events[].modality`). */
export const MODALITIES = {
  asserted: 'stated as fact in the outlet’s own voice',
  reported: 'rests on an attribution: someone said it happened',
  future: 'planned or announced for later: سـ، سوف، من المقرر',
  hypothetical: 'possible or conditional: قد، إذا، لو، إمكانية',
  historical: 'background well before the report',
} as const

export type Modality = keyof typeof MODALITIES

/** Calendars a time expression can be written in (`times[].calendar`). */
export const CALENDARS = {
  gregorian: 'Gregorian, in any regional month vocabulary',
  hijri: 'Islamic, Umm al-Qura',
} as const

export type Calendar = keyof typeof CALENDARS

/** How precisely a time value is known (`times[].precision`). */
export const TIME_PRECISIONS = {
  year: 'YYYY',
  month: 'YYYY-MM',
  day: 'YYYY-MM-DD',
} as const

export type TimePrecision = keyof typeof TIME_PRECISIONS
