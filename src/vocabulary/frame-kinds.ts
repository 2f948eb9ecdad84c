/** How a text's wording characterises an actor (`frames[].kind`). */
export const FRAME_KINDS = {
  /** A word that passes judgement: الكيان الصهيوني، الاحتلال، عصابات، الشهيد. */
  'loaded-term': 'a word or phrase that carries a judgement',
  /** Quotation marks that distance the writer from a name: الكيان “الإسرائيلي”. */
  'scare-quotes': 'quotation marks around a name or adjective to disown it',
  /** A category applied to an actor: الجماعات المسلحة بقيادة X. */
  label: 'a category the writer puts an actor in',
} as const

export type FrameKind = keyof typeof FRAME_KINDS

/** Which way a loaded term leans about its target. */
export const FRAME_LEANS = {
  negative: 'delegitimising or hostile',
  positive: 'glorifying or sympathetic',
} as const

export type FrameLean = keyof typeof FRAME_LEANS
