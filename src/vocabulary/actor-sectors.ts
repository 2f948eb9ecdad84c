/**
 * CAMEO-style sector codes that follow a country code in an actor code (`SYRGOV`, `ISRMIL`), or start a
 * country-less one (`REB`). Three letters each.
 */
export const ACTOR_SECTORS = {
  GOV: 'government: executive, ministries, officials',
  MIL: 'military: armed forces, defence ministry',
  SPY: 'intelligence services',
  COP: 'police and internal security',
  JUD: 'judiciary and prosecutors',
  LEG: 'legislature: parliament, assembly',
  REB: 'rebels and armed insurgents',
  OPP: 'political opposition',
  PTY: 'political party',
  MED: 'media: outlets, journalists',
  CVL: 'civilians',
  BUS: 'business',
  EDU: 'education',
  HLH: 'health',
  REL: 'religious',
  REF: 'refugees and displaced people',
  NGO: 'non-governmental organisations',
  IGO: 'intergovernmental organisations',
  UAF: 'unidentified armed forces',
  SEP: 'separatists',
  INS: 'insurgents',
  LAB: 'labour',
  ELI: 'elites',
  HRI: 'human rights groups',
  AGR: 'agriculture',
  ENV: 'environment',
} as const

export type ActorSector = keyof typeof ACTOR_SECTORS

export const isActorSector = (value: unknown): value is ActorSector =>
  typeof value === 'string' && Object.hasOwn(ACTOR_SECTORS, value)
