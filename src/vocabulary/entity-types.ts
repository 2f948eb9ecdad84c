/**
 * Named-entity types, as in ANERcorp and CoNLL: the tagger's label set and `entities[].type`.
 */
export const ENTITY_TYPES = {
  /** A person: أبو محمد الجولاني، دونالد ترامب. */
  PERS: 'person',
  /** A place: a country, city, region or landmark (باريس، السويداء، الجولان). */
  LOC: 'location',
  /** An organisation: ministries, agencies, parties, armed groups, outlets (وزارة الخارجية). */
  ORG: 'organisation',
  /** Anything else named: events, nationalities used as names, products, laws. */
  MISC: 'miscellaneous',
} as const

export type EntityType = keyof typeof ENTITY_TYPES

export const isEntityType = (value: unknown): value is EntityType =>
  typeof value === 'string' && Object.hasOwn(ENTITY_TYPES, value)
