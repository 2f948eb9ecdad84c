/**
 * News agencies whose wire copy outlets republish, with the credits they appear under in Arabic text
 * (a dateline `دمشق-سانا`, a closing `(رويترز)`, a footer `المصدر: أ ف ب`). Folded forms are matched.
 */
export const WIRE_AGENCIES = {
  reuters: ['رويترز'],
  afp: ['أ ف ب', 'أ.ف.ب', 'ا ف ب', 'فرانس برس', 'فرانس پرس'],
  ap: ['أ ب', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس'],
  dpa: ['د ب أ', 'د.ب.أ'],
  anadolu: ['الأناضول', 'الاناضول'],
  sana: ['سانا'],
  spa: ['واس'],
  wam: ['وام'],
  qna: ['قنا'],
  kuna: ['كونا'],
  petra: ['بترا'],
  mena: ['أ ش أ', 'أ.ش.أ'],
  wafa: ['وفا'],
  bna: ['بنا'],
  ona: ['العمانية'],
  xinhua: ['شينخوا'],
  agencies: ['وكالات'],
} as const

export type WireAgency = keyof typeof WIRE_AGENCIES
