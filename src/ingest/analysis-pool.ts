/**
 * A pool of worker threads that analyse documents, each loading the resources once. Requests go to the
 * least busy worker; results come back as promises, so the ingest loop keeps several documents in
 * analysis while it stores finished ones in order. A worker that dies once it has started (out of its
 * heap, a crash in native code) fails only the document it was analysing: a new worker takes its place
 * and the documents queued behind that one.
 */
import { Worker } from 'node:worker_threads'
import type { Analysis, RemovedText } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { AnalysedDocument } from './analysed-document.js'
import type { AnalysisRequest } from './analysis-worker.js'

interface Pending {
  readonly request: AnalysisRequest
  readonly resolve: (result: AnalysedDocument | Analysis) => void
  readonly reject: (error: Error) => void
  worker: PoolWorker
}

interface PoolWorker {
  readonly thread: Worker
  /** Request numbers sent and not answered, oldest first: the first is the one in analysis. */
  readonly queue: number[]
  ready: boolean
  lost: boolean
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
 * collects; a lower ceiling makes it collect sooner. Measured on the full SaudiNewsNet ingest with two
 * workers (peak RSS of the process, wall time): 512 MB → 1,060 MB, 130 s; 448 → 1,027 MB, 134 s;
 * 384 → 997 MB, 139 s; 352 → 946 MB, 150 s. 368 keeps a two-worker run under 1 GB at a few percent of
 * speed. Overridable for a document far larger than news: ISNAD_WORKER_HEAP_MB.
 */
const heapMegabytes = (): number => Number(process.env.ISNAD_WORKER_HEAP_MB ?? 368)

/** Workers lost one after another with no document analysed between: something other than a document is wrong. */
const MAX_LOSSES_IN_A_ROW = 3

/** Why a worker stopped, as one line about the document it held. */
const lossReason = (error: Error | null, code: number): string =>
  (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `its analysis ran out of memory (a worker's heap is capped at ${heapMegabytes()} MB; ISNAD_WORKER_HEAP_MB raises it)`
    : `the analysis worker stopped on it (${error?.message ?? `exit code ${code}`})`

export class AnalysisPool {
  private readonly workers: PoolWorker[] = []
  private readonly pending = new Map<number, Pending>()
  private next = 0
  private failure: Error | null = null
  private lossesInARow = 0
  private closing = false

  /**
   * Starts `size` worker threads.
   *
   * @example
   *   const pool = new AnalysisPool(2)
   *   const analysis = await pool.analyze({ id: 'a', text: 'التقى الوزير نظيره.' })
   *   await pool.close()
   */
  constructor(size: number) {
    for (let index = 0; index < Math.max(1, size); index++) this.workers.push(this.start())
  }

  private start(): PoolWorker {
    const worker: PoolWorker = {
      thread: new Worker(workerEntry(), {
        resourceLimits: { maxOldGenerationSizeMb: heapMegabytes(), maxYoungGenerationSizeMb: 24 },
      }),
      queue: [],
      ready: false,
      lost: false,
    }
    worker.thread.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        worker.ready = true
        return
      }
      const pending = this.pending.get(reply.number)
      if (pending === undefined) return
      this.pending.delete(reply.number)
      worker.queue.splice(worker.queue.indexOf(reply.number), 1)
      this.lossesInARow = 0
      if ('error' in reply) pending.reject(new Error(reply.error))
      else pending.resolve('analysed' in reply ? reply.analysed : reply.analysis)
    })
    let error: Error | null = null
    worker.thread.on('error', (thrown) => {
      error = thrown
    })
    worker.thread.on('exit', (code) => {
      if (!this.closing) this.lose(worker, error, code)
    })
    return worker
  }

  /**
   * A worker stopped. Once it had started, the document it was analysing fails and a new worker takes
   * the ones queued behind it; a worker that could not start (or one lost after another) fails the pool.
   */
  private lose(worker: PoolWorker, error: Error | null, code: number): void {
    if (worker.lost) return
    worker.lost = true
    this.workers.splice(this.workers.indexOf(worker), 1)
    const queued = worker.queue.map((number) => this.pending.get(number)!)
    this.lossesInARow++
    if (!worker.ready || this.lossesInARow > MAX_LOSSES_IN_A_ROW) {
      this.failure ??= error ?? new Error(`an analysis worker stopped with exit code ${code}`)
      for (const pending of queued) this.settle(pending, this.failure)
      return
    }
    const [held, ...behind] = queued
    if (held !== undefined) this.settle(held, new Error(lossReason(error, code)))
    const replacement = this.start()
    this.workers.push(replacement)
    for (const pending of behind) this.send(pending, replacement)
  }

  private settle(pending: Pending, error: Error): void {
    this.pending.delete(pending.request.number)
    pending.reject(error)
  }

  /** Analyses one document on the least busy worker. */
  analyze(input: DocumentInput): Promise<Analysis> {
    return this.request({ number: this.next++, input, removed: [], forStore: false }) as Promise<Analysis>
  }

  /**
   * Analyses one document for the store: the storable form, fingerprint, index terms, signature and wire
   * credit made on the worker too; `removed` is listed in the Analysis first.
   */
  analyseForStore(input: DocumentInput, removed: readonly RemovedText[] = []): Promise<AnalysedDocument> {
    return this.request({ number: this.next++, input, removed, forStore: true }) as Promise<AnalysedDocument>
  }

  private request(request: AnalysisRequest): Promise<AnalysedDocument | Analysis> {
    if (this.failure !== null) return Promise.reject(this.failure)
    const worker = this.workers.reduce((best, each) => (each.queue.length < best.queue.length ? each : best))
    return new Promise((resolve, reject) => {
      const pending: Pending = { request, resolve, reject, worker }
      this.pending.set(request.number, pending)
      this.send(pending, worker)
    })
  }

  private send(pending: Pending, worker: PoolWorker): void {
    pending.worker = worker
    worker.queue.push(pending.request.number)
    worker.thread.postMessage(pending.request)
  }

  /** Stops every worker; what they still held fails. */
  async close(): Promise<void> {
    this.closing = true
    this.failure ??= new Error('the analysis workers were stopped')
    for (const pending of [...this.pending.values()]) this.settle(pending, this.failure)
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()))
  }
}
