/**
 * Resources: the lexicons and models the stages read. Loaded and compiled once, then shared read-only by
 * every document of a batch (and every worker thread builds its own once).
 */
import { loadTagger, type Tagger } from '../entities/tagger.js'
import { type BoilerplatePhrase, loadBoilerplate } from '../ingest/boilerplate.js'
import { type Gazetteer, loadGazetteer } from '../lexicon/gazetteer.js'

export interface Resources {
  readonly boilerplate: readonly BoilerplatePhrase[]
  readonly gazetteer: Gazetteer
  readonly tagger: Tagger
}

let shared: Resources | undefined

/** Loads every resource; the result is cached, so later calls are free. */
export const loadResources = (): Resources => {
  if (shared === undefined) {
    const gazetteer = loadGazetteer()
    shared = { boilerplate: loadBoilerplate(), gazetteer, tagger: loadTagger() }
  }
  return shared
}
