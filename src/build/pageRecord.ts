import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import type { FileReport, SourceMeta } from '../model'
import type { CorpusFile, FileExtraction } from '../pipeline/dataset'

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

export interface PageRecord {
  file: string
  /** The pipeline version that extracted it. */
  version: string
  /** Hash of the pipeline version, file name, sources.json entry and file content: what the cache looks up. */
  key: string
  notes: string[]
  report: FileReport
  /** The page's items as dataset text: `  {…},\n  {…}` (no trailing separator), empty when it has none. */
  figures: Uint8Array
  articles: Uint8Array
  fileReport: Uint8Array
}

interface Header {
  file: string
  version: string
  key: string
  lengths: [number, number, number, number]
  crc32: number
}

export function pageKey(version: string, file: CorpusFile, meta: SourceMeta): string {
  const content = createHash('sha256').update(file.bytes).digest('hex')
  return createHash('sha256').update(JSON.stringify([version, file.name, meta, content])).digest('hex')
}

/** Items as the dataset file holds them at depth 2. JSON strings never hold a raw line break, so re-indenting is exact. */
export function datasetItems(items: readonly unknown[]): string {
  return items.map((item) => `  ${JSON.stringify(item, null, 1).replace(/\n/g, '\n  ')}`).join(',\n')
}

export function toRecord(page: FileExtraction, version: string, key: string): PageRecord {
  const encoder = new TextEncoder()
  return {
    file: page.report.file,
    version,
    key,
    notes: page.notes,
    report: page.report,
    figures: encoder.encode(datasetItems(page.figures)),
    articles: encoder.encode(datasetItems(page.articles)),
    fileReport: encoder.encode(datasetItems([page.report])),
  }
}

/** The page's objects back from the record's text (for callers that need the dataset in memory). */
export function fromRecord(record: PageRecord): FileExtraction {
  const decoder = new TextDecoder()
  return {
    notes: record.notes,
    report: record.report,
    figures: JSON.parse(`[${decoder.decode(record.figures)}]`),
    articles: JSON.parse(`[${decoder.decode(record.articles)}]`),
  }
}

export function encodeRecord(record: PageRecord): Uint8Array {
  const encoder = new TextEncoder()
  const meta = encoder.encode(JSON.stringify({ notes: record.notes, report: record.report }))
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
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const magic = new TextEncoder().encode(MAGIC)
  if (bytes.length < magic.length || magic.some((b, i) => bytes[i] !== b)) return 'not a page record'
  const end = bytes.indexOf(0x0a, magic.length)
  if (end < 0) return 'truncated header'
  let header: Header
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(magic.length, end))) as Header
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
  let meta: { notes: string[]; report: FileReport }
  try {
    meta = JSON.parse(decoder.decode(sections[0])) as typeof meta
  } catch {
    return 'unreadable report'
  }
  if (!Array.isArray(meta?.notes) || meta.report?.file !== header.file) return 'report does not match the header'
  return { file: header.file, version: header.version, key: header.key, notes: meta.notes, report: meta.report, figures: sections[1], articles: sections[2], fileReport: sections[3] }
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
