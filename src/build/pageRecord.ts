import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import type { FileReport, SourceMeta } from '../model/index.ts'
import type { FileExtraction } from '../pipeline/dataset.ts'

/**
 * One page's extraction as stored in the cache and in shard folders. Besides the report, the page's figures,
 * articles and file report are kept as the exact text the dataset file holds for them (items indented as
 * `JSON.stringify(dataset, null, 1)` indents them), so a dataset is assembled by concatenating bytes: parsing
 * and re-serializing ten thousand cached pages would cost more than the target for a one-page change.
 *
 *     NMG-PAGE 1\n
 *     {"file","version","key","lengths":[meta, figures, articles, file],"crc32"}\n
 *     <meta: {"notes","report"} as compact JSON><figures><articles><file report>
 */
const MAGIC = 'NMG-PAGE 1\n'
const MAGIC_BYTES = new TextEncoder().encode(MAGIC)
const utf8 = new TextDecoder()
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export interface PageRecord {
  file: string
  /** The pipeline version that extracted it. */
  version: string
  /** Hash of the pipeline version, file name, sources.json entry and file content: what the cache looks up. */
  key: string
  notes: string[]
  /** What a summary line needs; the whole report is in `fileReport` (see recordReport). */
  summary: Summary
  /** The page's items as dataset text: `  {…},\n  {…}` (no trailing separator), empty when it has none. */
  figures: Uint8Array
  articles: Uint8Array
  fileReport: Uint8Array
  /**
   * Set instead of the three sections' bytes (then empty) for a page whose items are copied from the previous
   * output of the same command (see outputIndex.ts): where each section lies in that file, [start, length].
   */
  inPrevious?: Record<RecordSection, [start: number, length: number]>
}

export type RecordSection = 'figures' | 'articles' | 'fileReport'

export type Summary = Pick<FileReport, 'status' | 'articles' | 'figures'>

interface Header {
  file: string
  version: string
  key: string
  lengths: [number, number, number, number]
  crc32: number
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function pageKey(version: string, name: string, meta: SourceMeta, content: string): string {
  return createHash('sha256').update(JSON.stringify([version, name, meta, content])).digest('hex')
}

/** One item as the dataset file holds it at depth 2. JSON strings never hold a raw line break, so re-indenting is exact. */
export function datasetItem(item: unknown): string {
  return `  ${JSON.stringify(item, null, 1).replace(/\n/g, '\n  ')}`
}

/**
 * Items as dataset text, encoded one by one: the figures of a 100 MB page as one string would pass V8's
 * longest string.
 */
function datasetItemBytes(items: readonly unknown[]): Uint8Array {
  const encoder = new TextEncoder()
  const separator = encoder.encode(',\n')
  return concat(items.flatMap((item, i) => (i === 0 ? [encoder.encode(datasetItem(item))] : [separator, encoder.encode(datasetItem(item))])))
}

export function toRecord(page: FileExtraction, version: string, key: string): PageRecord {
  return {
    file: page.report.file,
    version,
    key,
    notes: page.notes,
    summary: { status: page.report.status, articles: page.report.articles, figures: page.report.figures },
    figures: datasetItemBytes(page.figures),
    articles: datasetItemBytes(page.articles),
    fileReport: datasetItemBytes([page.report]),
  }
}

export function recordReport(record: PageRecord): FileReport {
  return JSON.parse(utf8.decode(record.fileReport)) as FileReport
}

/** The page's objects back from the record's text (for callers that need the dataset in memory). */
export function fromRecord(record: PageRecord): FileExtraction {
  return {
    notes: record.notes,
    report: recordReport(record),
    figures: JSON.parse(`[${utf8.decode(record.figures)}]`),
    articles: JSON.parse(`[${utf8.decode(record.articles)}]`),
  }
}

export function encodeRecord(record: PageRecord): Uint8Array {
  const encoder = new TextEncoder()
  const meta = encoder.encode(JSON.stringify({ file: record.file, notes: record.notes, summary: record.summary }))
  const sections = [meta, record.figures, record.articles, record.fileReport]
  const body = concat(sections)
  const header: Header = {
    file: record.file,
    version: record.version,
    key: record.key,
    lengths: sections.map((s) => s.length) as Header['lengths'],
    crc32: crc32(body),
  }
  return concat([encoder.encode(MAGIC + JSON.stringify(header) + '\n'), body])
}

/**
 * The record in `bytes`, or the reason it is not one: truncated, altered (checksum), or not a page record at all.
 * Never throws: a damaged cache entry is a miss, a damaged shard file an error the caller names.
 */
export function decodeRecord(bytes: Uint8Array): PageRecord | string {
  const magic = MAGIC_BYTES
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return 'not a page record'
  const end = bytes.indexOf(0x0a, magic.length)
  if (end < 0) return 'truncated header'
  let header: Header
  try {
    header = JSON.parse(strictUtf8.decode(bytes.subarray(magic.length, end))) as Header
  } catch {
    return 'unreadable header'
  }
  const lengths = header?.lengths
  if (typeof header.file !== 'string' || typeof header.key !== 'string' || typeof header.version !== 'string' || !Array.isArray(lengths) || lengths.length !== 4)
    return 'unreadable header'
  const body = bytes.subarray(end + 1)
  if (lengths.reduce((s, n) => s + n, 0) !== body.length) return 'truncated or extended body'
  if (crc32(body) !== header.crc32) return 'checksum mismatch'
  const sections: Uint8Array[] = []
  let at = 0
  for (const n of lengths) sections.push(body.subarray(at, (at += n)))
  let meta: { file: string; notes: string[]; summary: Summary }
  try {
    meta = JSON.parse(strictUtf8.decode(sections[0])) as typeof meta
  } catch {
    return 'unreadable summary'
  }
  if (!Array.isArray(meta?.notes) || typeof meta.summary !== 'object' || meta.file !== header.file) return 'summary does not match the header'
  return { file: header.file, version: header.version, key: header.key, notes: meta.notes, summary: meta.summary, figures: sections[1], articles: sections[2], fileReport: sections[3] }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
