/**
 * PLOVER's sixteen event types (CONTRACT.md §3) with the CAMEO root codes they gather and a short gloss.
 * Mediation is not a type of its own: it is a CONSULT with `mediators` filled.
 */
export const PLOVER_TYPES = {
  AGREE: { cameoRoots: ['03', '05', '06'], gloss: 'agree, sign, commit to' },
  CONSULT: { cameoRoots: ['04'], gloss: 'meet, talk, negotiate, mediate' },
  SUPPORT: { cameoRoots: ['05'], gloss: 'praise, endorse, defend verbally' },
  CONCEDE: { cameoRoots: ['08'], gloss: 'yield, ease restrictions, release, return' },
  COOPERATE: { cameoRoots: ['06'], gloss: 'cooperate materially or diplomatically' },
  AID: { cameoRoots: ['07'], gloss: 'give economic, military or humanitarian aid' },
  RETREAT: { cameoRoots: ['087'], gloss: 'withdraw, de-escalate militarily' },
  REQUEST: { cameoRoots: ['02'], gloss: 'demand, appeal, ask' },
  ACCUSE: { cameoRoots: ['11'], gloss: 'accuse, blame, criticise' },
  REJECT: { cameoRoots: ['12'], gloss: 'reject, refuse, veto' },
  THREATEN: { cameoRoots: ['13'], gloss: 'threaten, warn of force or sanctions' },
  SANCTION: { cameoRoots: ['16'], gloss: 'cut ties, impose sanctions, expel' },
  PROTEST: { cameoRoots: ['14'], gloss: 'demonstrate, strike, boycott' },
  MOBILIZE: { cameoRoots: ['15'], gloss: 'mobilise or deploy forces, raise alert' },
  COERCE: { cameoRoots: ['17'], gloss: 'arrest, seize, repress, restrict' },
  ASSAULT: { cameoRoots: ['18', '19', '20'], gloss: 'attack, fight, bomb, kill' },
} as const

export type PloverType = keyof typeof PLOVER_TYPES

/** PLOVER modes refine a type: how the event was carried out. */
export const PLOVER_MODES = {
  'third-party': 'through or with a mediator (CONSULT)',
  visit: 'one side travels to the other (CONSULT)',
  host: 'one side receives the other (CONSULT)',
  phone: 'by telephone or video (CONSULT)',
  ceasefire: 'a truce or ceasefire (AGREE, RETREAT)',
  'peace-deal': 'a settlement (AGREE)',
  withdraw: 'troops pulled back (RETREAT)',
  release: 'people released (CONCEDE)',
  arrest: 'people detained (COERCE)',
  seize: 'property or territory seized (COERCE)',
  'air-strike': 'from the air (ASSAULT)',
  shelling: 'artillery, rockets or missiles (ASSAULT)',
  firearms: 'small arms fire or clashes (ASSAULT)',
  bombing: 'explosives, suicide attacks (ASSAULT)',
  demonstrate: 'street protest (PROTEST)',
} as const

export type PloverMode = keyof typeof PLOVER_MODES

export const isPloverType = (value: unknown): value is PloverType =>
  typeof value === 'string' && Object.hasOwn(PLOVER_TYPES, value)

/**
 * The quad class of each type, as GDELT's QuadClass column numbers them: 1 verbal cooperation,
 * 2 material cooperation, 3 verbal conflict, 4 material conflict (PLOVER's own grouping, with
 * REQUEST standing for PLOVER's DEMAND and ACCUSE for its DISAPPROVE).
 */
export const PLOVER_QUAD_CLASSES: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  SANCTION: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
}
