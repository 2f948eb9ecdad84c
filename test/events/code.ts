/** Codes the events of a text for tests: cleanup, segmentation, times, then `codeEvents` — no tagger. */
import { codeEvents } from '../../src/events/stage.js'
import { loadBoilerplate } from '../../src/ingest/boilerplate.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import { createDocument, type Document } from '../../src/pipeline/document.js'
import { cleanup, segment } from '../../src/pipeline/stages.js'
import { resolveTimes } from '../../src/time/stage.js'

/** The document with its events coded. */
export const codedDocument = (text: string, published: string | null = '2025-08-20'): Document =>
  codeEvents(
    resolveTimes(
      segment(cleanup(createDocument({ text, published }, 'test'), { boilerplate: loadBoilerplate() })),
    ),
    { gazetteer: loadGazetteer() },
  )
