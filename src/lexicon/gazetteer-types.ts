/**
 * What a gazetteer entry is: the `type` column of `data/gazetteer/*.tsv`, and the entry record the loader
 * builds from a row.
 */

/** Entry types (the `type` column), each with the NER class its names usually carry. */
export const GAZETTEER_TYPES = {
  country: { gloss: 'a state or territory (ISO 3166-1): سوريا، الولايات المتحدة', class: 'LOC' },
  nationality: { gloss: 'a nisba adjective or a people, every form: سوري، الأميركية، الأتراك', class: 'NAT' },
  capital: {
    gloss: 'a capital city; its code is the government it can stand for (واشنطن → USAGOV)',
    class: 'LOC',
  },
  city: { gloss: 'a city or town: حلب، الموصل، نيويورك', class: 'LOC' },
  region: { gloss: 'a governorate, province, district or named area: السويداء، الجنوب السوري', class: 'LOC' },
  landmark: {
    gloss: 'a named site: a crossing, a mountain, a sea, a holy place: معبر رفح، جبل الشيخ',
    class: 'LOC',
  },
  igo: { gloss: 'an international body: الأمم المتحدة، مجلس الأمن، الجامعة العربية', class: 'ORG' },
  agency: { gloss: 'a named state body with a fixed code: الموساد، البنتاغون، الكنيست', class: 'ORG' },
  institution: {
    gloss:
      'a phrase naming a body by its function; the country comes from a nisba, a name or the context: وزارة الخارجية → ~GOV',
    class: 'ORG',
  },
  sector: {
    gloss:
      'a single head noun, a role or a collective noun giving a sector: الجيش، الوزير، المسلحين → ~MIL, ~GOV, ~REB',
    class: 'SEC',
  },
  'armed-group': { gloss: 'a non-state armed group: هيئة تحرير الشام، حزب الله', class: 'ORG' },
  party: { gloss: 'a political party or movement: حزب البعث، حركة فتح', class: 'ORG' },
  ngo: { gloss: 'a non-governmental organisation: الصليب الأحمر، المرصد السوري لحقوق الإنسان', class: 'ORG' },
  person: { gloss: 'a named person, with the code of the office held while valid', class: 'PERS' },
  outlet: { gloss: 'a news outlet or agency: سانا، رويترز، الجزيرة', class: 'ORG' },
  group: { gloss: 'an ethnic, religious or social group: الأكراد، الدروز، العلويين', class: 'NAT' },
} as const

export type GazetteerType = keyof typeof GAZETTEER_TYPES

/**
 * The class a gazetteer hit gives a token as an NER feature: the four NER types less MISC, plus NAT
 * (nationality adjectives and peoples) and SEC (roles and collective nouns such as الوزير، المسلحين).
 */
export type GazetteerClass = (typeof GAZETTEER_TYPES)[GazetteerType]['class']

export const isGazetteerType = (value: unknown): value is GazetteerType =>
  typeof value === 'string' && Object.hasOwn(GAZETTEER_TYPES, value)

/** One row of a gazetteer file. */
export interface GazetteerEntry {
  /** The Arabic names as written in the file. */
  readonly aliases: readonly string[]
  readonly english: string
  /**
   * CAMEO-style code: `SYR`, `SYRGOV`, `IGOUNO`, or for a sector pattern (`institution`, `sector`) `~GOV`
   * (a sector waiting for its country).
   */
  readonly code: string
  readonly type: GazetteerType
  /** ISO 3166 alpha-3 of the country the entry belongs to, or null (international bodies, patterns). */
  readonly country: string | null
  /** First day the entry is valid (`YYYY-MM-DD`, inclusive), or null for always. */
  readonly from: string | null
  /** First day the entry is no longer valid (`YYYY-MM-DD`, exclusive), or null for still valid. */
  readonly to: string | null
  /** Where the row came from (the `source` column): iso, isnad, rule, upetrarch … */
  readonly source: string
  /** `file:line`, for messages. */
  readonly origin: string
}

/** The NER-feature class of an entry. */
export const gazetteerClass = (entry: GazetteerEntry): GazetteerClass => GAZETTEER_TYPES[entry.type].class

/** Whether an entry is a sector pattern, a sector still waiting for its country (code `~…`). */
export const isSectorPattern = (entry: GazetteerEntry): boolean =>
  entry.type === 'institution' || entry.type === 'sector'
