/** Who speaks in an attribution (`attributions[].speaker.kind`, `via[].kind`). */
export const SPEAKER_KINDS = {
  named: 'a named person: الرئيس السوري أحمد الشرع',
  'official-body': 'an institution or delegation speaking as one: وزارة الخارجية، الوفد السوري',
  anonymous: 'an unnamed source: مصدر دبلوماسي مطلع، مصادر متقاطعة',
  outlet: 'a news outlet or agency: قناة الإخبارية السورية، رويترز',
  document: 'a written text: بيان، تقرير، رسالة',
} as const

export type SpeakerKind = keyof typeof SPEAKER_KINDS
