import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Dataset, SourceMeta, SourcesJson } from '../model/index.ts'
import type { CorpusFile } from '../pipeline/dataset.ts'
import type { PageSource } from './corpus.ts'
import type { PreviousPage } from './outputIndex.ts'
import type { PageCache } from './pageCache.ts'
import { contentHash, pageKey, toRecord, type PageRecord } from './pageRecord.ts'
import { pipelineVersion } from './pipelineVersion.ts'
import { workerBundle } from './workerCode.ts'

export interface ExtractPagesOptions {
  sources?: SourcesJson
  /** Worker threads; 1 extracts in this thread. `auto`: the core count, fewer when there is little to extract. */
  jobs?: number | 'auto'
  cache?: PageCache | null
  /** Defaults to the hash of the pipeline's sources. */
  version?: string
  /** Where workers' bundled code is kept (see workerCode.ts); null or absent: workers start from the TypeScript. */
  codeDir?: string | null
  /**
   * The pages of the previous output file (see outputIndex.ts): a page whose key is the same is neither read from
   * the cache nor extracted; its record is marked `inPrevious`, for writeDatasetFile to copy.
   */
  previous?: ReadonlyMap<string, PreviousPage> | null
}

const NO_BYTES = new Uint8Array(0)

export interface ExtractPagesResult {
  /** One per file, in file-name order (the dataset's order), whichever thread or cache produced it. */
  records: PageRecord[]
  /** The pipeline's dataset of no pages: its keys in order and the fields no page gives (see datasetJsonChunks). */
  fields: Dataset
  cached: number
  extracted: number
  workers: number
}

interface Task {
  file: CorpusFile
  meta: SourceMeta
  key: string
}

export interface WorkerTask {
  id: number
  version: string
  pages: Task[]
}

export interface WorkerReply {
  id: number
  pages: Array<{ record: PageRecord } | { error: string }>
}

/** A worker's first message, once its module has loaded. */
export interface WorkerReady {
  ready: true
  fields: Dataset
}

/** Starting a worker (a module graph and the region table) costs about what extracting this much text does. */
const AUTO_BYTES_PER_WORKER = 2_000_000
const BATCH_BYTES = 400_000
const BATCH_FILES = 32

/** Extracts each file once per content: from the cache when it has the page, else in `jobs` worker threads. */
export async function extractPages(files: Array<CorpusFile | PageSource>, options: ExtractPagesOptions = {}): Promise<ExtractPagesResult> {
  const version = options.version ?? pipelineVersion()
  const cache = options.cache ?? null
  const byName = new Map<string, PageRecord>()
  const tasks: Task[] = []
  for (const file of files) {
    const meta = options.sources?.[file.name] ?? {}
    let bytes = 'bytes' in file ? file.bytes : null
    // A page whose stamp the cache knows is not read, unless its result is missing.
    let content = 'stamp' in file && file.stamp && cache ? cache.knownHash(file.path, file.stamp) : null
    if (content === null) {
      bytes ??= (file as PageSource).read()
      content = contentHash(bytes)
      if ('stamp' in file && file.stamp) cache?.rememberHash(file.path, file.stamp, content)
    }
    const key = pageKey(version, file.name, meta, content)
    const previous = options.previous?.get(file.name)
    if (previous && previous.key === key) {
      const { notes, summary, sections } = previous
      byName.set(file.name, { file: file.name, version, key, notes, summary, figures: NO_BYTES, articles: NO_BYTES, fileReport: NO_BYTES, inPrevious: sections })
      continue
    }
    const hit = cache?.get(key, file.name)
    if (hit) byName.set(file.name, hit)
    else tasks.push({ file: { name: file.name, bytes: bytes ?? (file as PageSource).read() }, meta, key })
  }
  await cache?.saveHashes()
  const cached = byName.size
  const writes: Promise<void>[] = []
  const done = (record: PageRecord) => {
    byName.set(record.file, record)
    if (cache) writes.push(cache.set(record))
  }
  const workers = workerCount(options.jobs ?? 'auto', tasks)
  let fromWorker: Dataset | null = null
  if (workers <= 1 && tasks.length > 0) {
    const { extractFile } = await loadPipeline()
    for (const task of tasks) done(toRecord(extractFile(task.file, task.meta), version, task.key))
  } else if (tasks.length > 0) {
    const code = options.codeDir ? await workerBundle(options.codeDir, version) : null
    fromWorker = await inWorkers(tasks, workers, version, code, done)
  }
  const fields = await corpusFields(cache, fromWorker)
  await Promise.all(writes)
  if (cache && tasks.length > 0) await cache.prune()
  const names = files.map((f) => f.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { records: names.map((name) => byName.get(name)!), fields, cached, extracted: tasks.length, workers: Math.max(1, workers) }
}

/**
 * Loaded only when a page is to be extracted here: its modules (the region table above all) take about a
 * second to load, a fifth of what a one-page change on ten thousand pages may take.
 */
function loadPipeline(): Promise<typeof import('../pipeline/dataset.ts')> {
  return import('../pipeline/dataset.ts')
}

/** The dataset of no pages, from the cache when it has this version's, else from a worker or the pipeline. */
export async function corpusFields(cache: PageCache | null, fromWorker: Dataset | null = null): Promise<Dataset> {
  const cached = cache?.getFields()
  if (cached) return cached
  const fields = fromWorker ?? (await loadPipeline()).mergePages([])
  await cache?.setFields(fields)
  return fields
}

function workerCount(jobs: number | 'auto', tasks: Task[]): number {
  if (jobs !== 'auto') return Math.min(jobs, tasks.length)
  const bytes = tasks.reduce((s, t) => s + t.file.bytes.length, 0)
  return Math.min(availableParallelism(), tasks.length, Math.floor(bytes / AUTO_BYTES_PER_WORKER))
}

/** From the bundled code when there is one (it starts in half the time), else from the TypeScript through tsx. */
function startWorker(code: string | null): Worker {
  if (code !== null) return new Worker(code)
  const entry = new URL('./extractWorker.ts', import.meta.url)
  return new Worker(new URL('./tsWorker.mjs', import.meta.url), { workerData: { entry: entry.href } })
}

function batches(tasks: Task[]): Task[][] {
  const out: Task[][] = []
  let batch: Task[] = []
  let bytes = 0
  for (const task of tasks) {
    batch.push(task)
    bytes += task.file.bytes.length
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      out.push(batch)
      batch = []
      bytes = 0
    }
  }
  if (batch.length > 0) out.push(batch)
  return out
}

/**
 * Hands out batches to whichever worker is free; the records' order does not depend on who finishes first.
 * Resolves with the dataset of no pages that the first worker to start sent.
 */
function inWorkers(tasks: Task[], count: number, version: string, code: string | null, done: (record: PageRecord) => void): Promise<Dataset> {
  const queue = batches(tasks)
  const pool: Worker[] = []
  let fields: Dataset | null = null
  return new Promise<Dataset>((resolve, reject) => {
    let next = 0
    let pending = queue.length
    let failed = false
    const fail = (error: Error) => {
      if (failed) return
      failed = true
      reject(error)
    }
    const send = (worker: Worker) => {
      if (next < queue.length) worker.postMessage({ id: next, version, pages: queue[next++] } satisfies WorkerTask)
    }
    for (let i = 0; i < count; i++) {
      const worker = startWorker(code)
      pool.push(worker)
      worker.on('message', (reply: WorkerReply | WorkerReady) => {
        // Sent once the module has loaded: a batch posted earlier could arrive before the worker listens.
        if ('ready' in reply) {
          fields ??= reply.fields
          return send(worker)
        }
        for (const page of reply.pages) {
          if ('error' in page) return fail(new Error(page.error))
          done(page.record)
        }
        if (--pending === 0) resolve(fields!)
        else send(worker)
      })
      worker.on('error', (error) => fail(new Error(`extraction worker failed: ${error.message}`)))
      worker.on('exit', (code) => {
        if (pending > 0) fail(new Error(`extraction worker stopped (exit code ${code}) with pages left to extract`))
      })
    }
  }).finally(() => Promise.all(pool.map((w) => w.terminate())))
}
