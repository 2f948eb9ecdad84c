/**
 * Analysis of pasted text for the API, off the request thread: one worker thread (resources loaded
 * once), and a time limit that ends a runaway analysis for real — the worker is stopped and a fresh one
 * started for the next request — rather than answering early while the CPU keeps working.
 */
import { AnalysisPool } from '../ingest/analysis-pool.js'
import type { Analysis } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'
import { ApiError } from './api-error.js'

export interface AnalysisRunner {
  analyze(input: DocumentInput): Promise<Analysis>
  close(): Promise<void>
}

/** Runs analyses on a worker thread, each within `timeoutMs`. The worker starts on first use. */
export const workerAnalysisRunner = (timeoutMs: number, threads = 1): AnalysisRunner => {
  let pool: AnalysisPool | null = null
  return {
    async analyze(input) {
      pool ??= new AnalysisPool(threads)
      const running = pool
      let timer: NodeJS.Timeout | undefined
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // The stuck worker goes; whatever else it held fails with it, and the next request starts anew.
          // This request's answer is the timeout, settled before closing fails what the pool held.
          if (pool === running) pool = null
          reject(new ApiError('timeout', `the analysis took longer than ${timeoutMs} ms and was stopped`))
          void running.close()
        }, timeoutMs)
      })
      try {
        return await Promise.race([running.analyze(input), expired])
      } finally {
        clearTimeout(timer)
      }
    },
    async close() {
      await pool?.close()
      pool = null
    },
  }
}
