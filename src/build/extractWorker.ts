import { parentPort } from 'node:worker_threads'
import { extractFile, mergePages } from '../pipeline/dataset.ts'
import { toRecord } from './pageRecord.ts'
import type { WorkerReady, WorkerReply, WorkerTask } from './extractPages.ts'

/** A worker thread of extractPages: extracts the pages it is sent and replies with their records. */
parentPort?.on('message', (task: WorkerTask) => {
  const replies: WorkerReply['pages'] = []
  for (const page of task.pages) {
    try {
      replies.push({ record: toRecord(extractFile(page.file, page.meta), task.version, page.key) })
    } catch (error) {
      replies.push({ error: `${page.file.name}: extraction failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` })
    }
  }
  const transfer = replies.flatMap((r) => ('record' in r ? [r.record.figures.buffer, r.record.articles.buffer, r.record.fileReport.buffer] : []))
  parentPort!.postMessage({ id: task.id, pages: replies } satisfies WorkerReply, transfer as ArrayBuffer[])
})
// The dataset of no pages comes along: the main thread then need not load the pipeline only to make it.
parentPort?.postMessage({ ready: true, fields: mergePages([]) } satisfies WorkerReady)
