/**
 * isnad's public API: `analyze()` and every stage on its own, the text layer, and the vocabularies.
 */
export * from './errors/isnad-error.js'
export * from './pipeline/analysis.js'
export * from './pipeline/analyze.js'
export * from './pipeline/document.js'
export * from './pipeline/resources.js'
export * from './pipeline/stages.js'
export * from './vocabulary/index.js'
