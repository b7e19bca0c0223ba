import { accessSync, closeSync, constants, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Dataset } from '../model/index.ts'
import { datasetJsonPieces } from './datasetJson.ts'
import type { PageRecord, RecordSection, Summary } from './pageRecord.ts'

/**
 * A warm `extract --out` run after a one-page edit writes the same dataset file but for that page. Reading every
 * cached record (the whole dataset's bytes, checked and decoded) only to copy it into the file costs more than a
 * one-page change may. So the cache keeps, per output file, where each page's items lie in it (this index), and
 * the next run copies unchanged pages' sections from the previous file, read once from start to end, instead.
 * The previous file is trusted only while its stamp (inode, size, modification and change times) is the one this
 * index was written for: a file changed since in any way is not used. The bytes written are the same either way.
 */
export interface PreviousPage {
  key: string
  notes: string[]
  summary: Summary
  sections: Record<RecordSection, [start: number, length: number]>
}

export interface OutputIndex {
  /** The output file's stamp right after it was written. */
  stamp: string
  pages: Array<[file: string, key: string, notes: string[], summary: Summary, ...sections: number[]]>
}

const SECTIONS: readonly RecordSection[] = ['figures', 'articles', 'fileReport']

export function fileStamp(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true })
    return s.isFile() ? `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : null
  } catch {
    return null
  }
}

/** Whether `out` can be written aside and renamed over: absent or a regular file, in a folder this process may write. */
export function replaceable(out: string): boolean {
  try {
    const s = statSync(out, { throwIfNoEntry: false })
    if (s && !s.isFile()) return false
    accessSync(dirname(out), constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** The pages of the previous output at `out`, when the index describes the file that is there now; else null. */
export function previousPages(index: OutputIndex | null, out: string): Map<string, PreviousPage> | null {
  if (!index || !Array.isArray(index.pages) || index.stamp !== fileStamp(out)) return null
  const pages = new Map<string, PreviousPage>()
  for (const [file, key, notes, summary, ...at] of index.pages) {
    if (typeof file !== 'string' || typeof key !== 'string' || at.length !== 6 || !at.every((n) => Number.isSafeInteger(n) && n >= 0)) return null
    pages.set(file, { key, notes, summary, sections: { figures: [at[0], at[1]], articles: [at[2], at[3]], fileReport: [at[4], at[5]] } })
  }
  return pages
}

/**
 * Writes the dataset of `records` (in file-name order) to `out`, aside then renamed: a record marked `inPrevious`
 * has its sections copied from the file at `out` as it was. Returns the index of the file written.
 */
export function writeDatasetFile(records: readonly PageRecord[], fields: Dataset, out: string): OutputIndex {
  const temp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  const needsPrevious = records.some((r) => r.inPrevious)
  const source = needsPrevious ? openSync(out, 'r') : null
  let fd: number | null = null
  try {
    fd = openSync(temp, 'w')
    const target = fd
    const buffer = Buffer.allocUnsafe(8 << 20)
    let used = 0
    let position = 0
    const flush = () => {
      for (let at = 0; at < used; ) at += writeSync(target, buffer, at, used - at)
      used = 0
    }
    const put = (bytes: Uint8Array) => {
      if (bytes.length > buffer.length - used) flush()
      if (bytes.length > buffer.length) for (let at = 0; at < bytes.length; ) at += writeSync(target, bytes, at, bytes.length - at)
      else {
        buffer.set(bytes, used)
        used += bytes.length
      }
      position += bytes.length
    }
    const copy = (start: number, length: number) => {
      for (let done = 0; done < length; ) {
        if (used === buffer.length) flush()
        const n = readSync(source!, buffer, used, Math.min(length - done, buffer.length - used), start + done)
        if (n <= 0) throw new Error(`${out} is shorter than its index says`)
        used += n
        done += n
      }
      position += length
    }
    const at = new Map<PageRecord, number[]>(records.map((r) => [r, [0, 0, 0, 0, 0, 0]]))
    for (const piece of datasetJsonPieces(records, fields)) {
      if (typeof piece === 'string') put(Buffer.from(piece))
      else if (piece instanceof Uint8Array) put(piece)
      else {
        const start = position
        const previous = piece.record.inPrevious?.[piece.section]
        if (previous) copy(previous[0], previous[1])
        else put(piece.record[piece.section])
        const k = 2 * SECTIONS.indexOf(piece.section)
        at.get(piece.record)!.splice(k, 2, start, position - start)
      }
    }
    flush()
    closeSync(fd)
    fd = null
    renameSync(temp, out)
    return { stamp: fileStamp(out) ?? '', pages: records.map((r) => [r.file, r.key, r.notes, r.summary, ...at.get(r)!]) }
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  } finally {
    if (source !== null) closeSync(source)
  }
}
