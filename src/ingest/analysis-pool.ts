/**
 * A pool of worker threads that analyse documents, each loading the resources once. Requests go to the
 * least busy worker; results come back as promises, so the ingest loop keeps several documents in
 * analysis while it stores finished ones in order.
 */
import { Worker } from 'node:worker_threads'
import type { Analysis } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { AnalysedDocument } from './analysed-document.js'

interface Pending {
  readonly resolve: (result: AnalysedDocument | Analysis) => void
  readonly reject: (error: Error) => void
  readonly worker: PoolWorker
}

interface PoolWorker {
  readonly thread: Worker
  busy: number
}

type Reply =
  | { readonly ready: true }
  | { readonly number: number; readonly analysis: Analysis }
  | { readonly number: number; readonly analysed: AnalysedDocument }
  | { readonly number: number; readonly error: string }

/**
 * The worker's entry. From the build it is analysis-worker.js. Run from source (tsx: the tests, `node
 * --import tsx`) it is a .ts file, which a worker thread cannot load by itself — tsx's hooks do not reach
 * it — so a one-line module registers tsx in the worker first.
 */
const workerEntry = (): URL => {
  if (!import.meta.url.endsWith('.ts')) return new URL('./analysis-worker.js', import.meta.url)
  const target = new URL('./analysis-worker.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(target)})`
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`)
}

/**
 * V8 heap sizes for a worker. A worker's live heap is ~250–300 MB (resources, bounded caches) but V8,
 * left to size the heap for a multi-gigabyte limit, lets garbage pile up to ~750 MB of RSS before it
 * collects; a lower ceiling makes it collect sooner. Overridable for a document far larger than news:
 * ISNAD_WORKER_HEAP_MB.
 */
const WORKER_HEAP_LIMITS = {
  maxOldGenerationSizeMb: Number(process.env.ISNAD_WORKER_HEAP_MB ?? 512),
  maxYoungGenerationSizeMb: 24,
}

export class AnalysisPool {
  private readonly workers: PoolWorker[]
  private readonly pending = new Map<number, Pending>()
  private next = 0
  private failure: Error | null = null

  /**
   * Starts `size` worker threads.
   *
   * @example
   *   const pool = new AnalysisPool(2)
   *   const analysis = await pool.analyze({ id: 'a', text: 'التقى الوزير نظيره.' })
   *   await pool.close()
   */
  constructor(size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => this.start())
  }

  private start(): PoolWorker {
    const worker: PoolWorker = {
      thread: new Worker(workerEntry(), { resourceLimits: WORKER_HEAP_LIMITS }),
      busy: 0,
    }
    worker.thread.on('message', (reply: Reply) => {
      if ('ready' in reply) return
      const pending = this.pending.get(reply.number)
      if (pending === undefined) return
      this.pending.delete(reply.number)
      worker.busy--
      if ('error' in reply) pending.reject(new Error(reply.error))
      else pending.resolve('analysed' in reply ? reply.analysed : reply.analysis)
    })
    // A worker that dies (out of memory, a crash in native code) fails what it held and the pool.
    worker.thread.on('error', (error) => this.fail(worker, error))
    worker.thread.on('exit', (code) => {
      if (code !== 0) this.fail(worker, new Error(`an analysis worker stopped with exit code ${code}`))
    })
    return worker
  }

  private fail(worker: PoolWorker, error: Error): void {
    this.failure ??= error
    for (const [number, pending] of this.pending) {
      if (pending.worker !== worker) continue
      this.pending.delete(number)
      pending.reject(error)
    }
  }

  /** Analyses one document on the least busy worker. */
  analyze(input: DocumentInput): Promise<Analysis> {
    return this.request(input, false) as Promise<Analysis>
  }

  /** Analyses one document for the store: fingerprint and index terms computed on the worker too. */
  analyseForStore(input: DocumentInput): Promise<AnalysedDocument> {
    return this.request(input, true) as Promise<AnalysedDocument>
  }

  private request(input: DocumentInput, forStore: boolean): Promise<AnalysedDocument | Analysis> {
    if (this.failure !== null) return Promise.reject(this.failure)
    const worker = this.workers.reduce((best, each) => (each.busy < best.busy ? each : best))
    const number = this.next++
    worker.busy++
    return new Promise((resolve, reject) => {
      this.pending.set(number, { resolve, reject, worker })
      worker.thread.postMessage({ number, input, forStore })
    })
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()))
  }
}
