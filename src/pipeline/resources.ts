/**
 * Resources: the lexicons and models the stages read. Loaded and compiled once, then shared read-only by
 * every document of a batch (and every worker thread builds its own once).
 */
import { type BoilerplatePhrase, loadBoilerplate } from '../ingest/boilerplate.js'

export interface Resources {
  readonly boilerplate: readonly BoilerplatePhrase[]
}

let shared: Resources | undefined

/** Loads every resource; the result is cached, so later calls are free. */
export const loadResources = (): Resources => {
  shared ??= { boilerplate: loadBoilerplate() }
  return shared
}
