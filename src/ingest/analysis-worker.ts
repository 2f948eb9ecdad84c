/**
 * The body of an analysis worker thread: loads the resources once, then analyses each document it is
 * sent and posts back its Analysis (or, for the store, an AnalysedDocument: analyseForStore) or the
 * error message, tagged with the request's number.
 */
import { parentPort } from 'node:worker_threads'
import { analyze } from '../pipeline/analyze.js'
import type { DocumentInput } from '../pipeline/document.js'
import { loadResources } from '../pipeline/resources.js'
import { analyseForStore } from './analysed-document.js'

export interface AnalysisRequest {
  readonly number: number
  readonly input: DocumentInput
  /** Reply with the fingerprint and index terms too (an AnalysedDocument). */
  readonly forStore: boolean
}

if (parentPort !== null) {
  const port = parentPort
  const resources = loadResources()
  port.on('message', ({ number, input, forStore }: AnalysisRequest) => {
    try {
      if (forStore) port.postMessage({ number, analysed: analyseForStore(input, resources) })
      else port.postMessage({ number, analysis: analyze(input, resources) })
    } catch (error) {
      port.postMessage({ number, error: (error as Error)?.message ?? String(error) })
    }
  })
  port.postMessage({ ready: true })
}
