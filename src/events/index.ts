/**
 * The event layer: triggers (verbs, verbal nouns, constructions) → roles → polarity and modality →
 * PLOVER/CAMEO codes and an English gloss. `codeEvents` is the stage `analyze()` runs after entities,
 * times and attributions.
 */
export type { EventLexicon } from './event-lexicon.js'
export { createEventLexicon, loadEventLexicon } from './event-lexicon.js'
export type { EventResources } from './stage.js'
export { codeEvents } from './stage.js'
export { summarize } from './summary.js'
export type { TriggerEntry } from './trigger-entry.js'
export { parseVerbStems, verbForms } from './verb-paradigm.js'
