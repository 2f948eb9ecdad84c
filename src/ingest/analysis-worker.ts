/**
 * The body of an analysis worker thread: loads the resources once, then analyses each document it is
 * sent and posts back its Analysis (or, for the store, an AnalysedDocument: analyseForStore) or the
 * error message, tagged with the request's number.
 */
import { parentPort } from 'node:worker_threads'
import type { RemovedText } from '../pipeline/analysis.js'
import { analyze } from '../pipeline/analyze.js'
import type { DocumentInput } from '../pipeline/document.js'
import { loadResources } from '../pipeline/resources.js'
import { analyseForStore } from './analysed-document.js'

export interface AnalysisRequest {
  readonly number: number
  readonly input: DocumentInput
  /** Page furniture removed before analysis, listed first in the Analysis (with `forStore`). */
  readonly removed: readonly RemovedText[]
  /** Reply with the storable form, fingerprint, index terms, signature and wire credit too. */
  readonly forStore: boolean
}

/**
 * For the tests of a worker lost mid-run: a document whose text holds `$ISNAD_TEST_WORKER_FAULT` makes
 * the worker fill its heap until V8 stops it, as a document too large for the heap cap would.
 */
const FAULT_MARKER = process.env.ISNAD_TEST_WORKER_FAULT || null

const exhaustHeap = (): never => {
  const hoard: number[][] = []
  for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length))
}

if (parentPort !== null) {
  const port = parentPort
  const resources = loadResources()
  port.on('message', ({ number, input, removed, forStore }: AnalysisRequest) => {
    if (FAULT_MARKER !== null && input.text.includes(FAULT_MARKER)) exhaustHeap()
    try {
      if (forStore) port.postMessage({ number, analysed: analyseForStore(input, resources, removed) })
      else port.postMessage({ number, analysis: analyze(input, resources) })
    } catch (error) {
      port.postMessage({ number, error: (error as Error)?.message ?? String(error) })
    }
  })
  port.postMessage({ ready: true })
}
