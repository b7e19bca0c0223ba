import { once } from 'node:events'
import { open } from 'node:fs/promises'
import type { Dataset } from '../model/index.ts'
import { datasetJsonChunks } from '../build/datasetJson.ts'
import { recordReport, type PageRecord } from '../build/pageRecord.ts'
import { reportTable } from '../pipeline/report.ts'

/** Writes the dataset of these pages (in file-name order) to `out`, or to stdout, in pieces of about 1 MB. */
export async function writeDataset(records: readonly PageRecord[], fields: Dataset, out: string | null): Promise<void> {
  const file = out ? await open(out, 'w') : null
  try {
    let pending: Array<string | Uint8Array> = []
    let size = 0
    const flush = async () => {
      const pieces = pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))
      // writev, not a concatenation: a warm run of ten thousand pages would copy its 800 MB once more.
      if (file) await file.writev(pieces)
      else if (!process.stdout.write(Buffer.concat(pieces))) await once(process.stdout, 'drain')
      pending = []
      size = 0
    }
    for (const chunk of datasetJsonChunks(records, fields)) {
      pending.push(chunk)
      size += chunk.length
      if (size >= 1 << 20) await flush()
    }
    await flush()
  } finally {
    await file?.close()
  }
}

export interface Finish {
  out: string | null
  report: boolean
  strict: boolean
}

/** The summary line, the optional report table and the exit code (2 for `--strict` with skipped files). */
export function finish(records: readonly PageRecord[], fields: Dataset, args: Finish): number {
  const skipped = records.filter((r) => r.summary.status === 'skipped')
  const articles = records.reduce((s, r) => s + r.summary.articles, 0)
  const figures = records.reduce((s, r) => s + r.summary.figures, 0)
  console.error(`${records.length} files (${skipped.length} skipped), ${articles} articles, ${figures} figures` + (args.out ? ` -> ${args.out}` : ''))
  if (args.report) console.error(reportTable({ ...fields, files: records.map(recordReport) }))
  if (args.strict && skipped.length > 0) {
    console.error(`--strict: ${skipped.length} file(s) skipped: ${skipped.map((r) => r.file).join(', ')}`)
    return 2
  }
  return 0
}

/** Runs a command's main: its exit code, or 1 with `<name>: <message>` on an error. */
export function run(name: string, main: () => Promise<number>): void {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the extraction.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  // exitCode, not process.exit(): exiting at once cuts JSON written to a pipe at 64 KB.
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    },
  )
}
