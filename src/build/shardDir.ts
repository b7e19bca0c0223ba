import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dataset } from '../model/index.ts'
import type { PreviousPage } from './outputIndex.ts'
import { decodeRecord, encodeRecord, type PageRecord, type Summary } from './pageRecord.ts'

/**
 * A folder of per-page results (`<page>.page`, see pageRecord.ts) and a manifest naming the pages it was asked
 * for, so `merge` can tell a missing result or shard from a complete run.
 */
export const RECORD_EXT = '.page'

export interface ShardManifest {
  /** `i/n` when the pages were one shard of the folder's, else null (a list of files, or the whole folder). */
  shard: string | null
  version: string
  /** The pipeline's dataset of no pages (see corpusFields): merge takes the corpus-wide fields from the shards. */
  fields: Dataset
  files: string[]
  /**
   * Each page's key, notes and summary, as written: the next run into the same folder (with the cache on) leaves
   * a page whose key is unchanged where it is, so a one-page change writes one page. Absent in older folders.
   */
  pages?: Array<[file: string, key: string, notes: string[], summary: Summary]>
}

export class MergeError extends Error {}

export function manifestName(manifest: Pick<ShardManifest, 'shard'>): string {
  return manifest.shard ? `shard-${manifest.shard.replace('/', '-of-')}.json` : 'pages.json'
}

/**
 * The pages the folder already holds from the last run of the same job (the same manifest name), when its
 * manifest says what each is and its `.page` file is there; else null. A page whose key is unchanged is then
 * neither read from the cache nor written again (its record is marked `inPrevious`; the spans are unused here).
 */
export function previousShardPages(dir: string, name: string): Map<string, PreviousPage> | null {
  let manifest: ShardManifest
  let present: Set<string>
  try {
    manifest = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ShardManifest
    present = new Set(readdirSync(dir))
  } catch {
    return null
  }
  if (!Array.isArray(manifest.pages)) return null
  const pages = new Map<string, PreviousPage>()
  const none: [number, number] = [0, 0]
  for (const entry of manifest.pages) {
    if (!Array.isArray(entry)) return null
    const [file, key, notes, summary] = entry
    if (typeof file !== 'string' || typeof key !== 'string' || !Array.isArray(notes) || typeof summary !== 'object' || summary === null) return null
    if (present.has(file + RECORD_EXT)) pages.set(file, { key, notes, summary, sections: { figures: none, articles: none, fileReport: none } })
  }
  return pages
}

/**
 * Writes the pages' results and then the manifest. A record marked `inPrevious` is already in the folder and is
 * not written again; a page the last run of this job wrote and this one no longer has (its file was deleted) is
 * removed, so a merge does not bring it back. Pages other jobs wrote into the same folder are left alone.
 */
export async function writeShardDir(dir: string, records: readonly PageRecord[], manifest: Omit<ShardManifest, 'pages'>): Promise<void> {
  await mkdir(dir, { recursive: true })
  const manifestPath = join(dir, manifestName(manifest))
  const before = await readFile(manifestPath, 'utf8').then((text) => (JSON.parse(text) as ShardManifest).files, () => null)
  // First: a folder whose run is cut short from here on has no manifest, and its next run writes every page again.
  await rm(manifestPath, { force: true })
  for (const record of records) if (!record.inPrevious) await writeFile(join(dir, record.file + RECORD_EXT), encodeRecord(record))
  if (Array.isArray(before)) {
    const now = new Set(records.map((r) => r.file))
    for (const file of before) if (typeof file === 'string' && !now.has(file)) await rm(join(dir, file + RECORD_EXT), { force: true })
  }
  // Last: a folder with a manifest has all its pages, one without was cut short.
  const pages = records.map((r): [string, string, string[], Summary] => [r.file, r.key, r.notes, r.summary])
  await writeFile(manifestPath, JSON.stringify({ ...manifest, pages }, null, 1) + '\n')
}

/**
 * Every page result in the folders, checked: readable, one pipeline version, no page twice, every page a
 * manifest names present, and, for shards, all n shards there. Returned in file-name order.
 */
export async function readShardDirs(dirs: string[]): Promise<{ records: PageRecord[]; fields: Dataset }> {
  if (dirs.length === 0) throw new MergeError('no folders to merge')
  const records = new Map<string, { record: PageRecord; path: string }>()
  const manifests: Array<{ manifest: ShardManifest; path: string }> = []
  for (const dir of dirs) {
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new MergeError(error.code === 'ENOENT' ? `folder not found: ${dir}` : `cannot read ${dir}: ${error.message}`)
    })
    const manifestNames = names.filter((n) => n.endsWith('.json')).sort()
    if (manifestNames.length === 0) throw new MergeError(`${dir} has no manifest (shard-*.json or pages.json): not an extract --out-dir folder, or its run did not finish`)
    for (const name of manifestNames) {
      const path = join(dir, name)
      try {
        const manifest = JSON.parse(await readFile(path, 'utf8')) as ShardManifest
        if (!Array.isArray(manifest.files) || typeof manifest.version !== 'string' || typeof manifest.fields !== 'object') throw new Error('not a manifest')
        manifests.push({ manifest, path })
      } catch (error) {
        throw new MergeError(`${path} is not a shard manifest: ${(error as Error).message}`)
      }
    }
    for (const name of names.filter((n) => n.endsWith(RECORD_EXT)).sort()) {
      const path = join(dir, name)
      const record = decodeRecord(await readFile(path))
      if (typeof record === 'string') throw new MergeError(`${path} is not a page result (${record})`)
      const seen = records.get(record.file)
      if (seen) throw new MergeError(`${record.file} is in two folders: ${seen.path} and ${path}`)
      records.set(record.file, { record, path })
    }
  }
  const versions = new Set([...manifests.map((m) => m.manifest.version), ...[...records.values()].map((r) => r.record.version)])
  if (versions.size > 1) throw new MergeError(`the results come from ${versions.size} pipeline versions: extract all shards with the same code`)
  for (const { manifest, path } of manifests) {
    const missing = manifest.files.filter((f) => !records.has(f))
    if (missing.length > 0) throw new MergeError(`${path} names ${missing.length} page(s) without a result: ${missing.slice(0, 5).join(', ')}`)
  }
  const shards = manifests.map((m) => m.manifest.shard).filter((s): s is string => s !== null)
  if (shards.length > 0) {
    const counts = new Set(shards.map((s) => s.split('/')[1]))
    if (counts.size > 1) throw new MergeError(`shards of different splits: ${[...new Set(shards)].join(', ')}`)
    const n = Number([...counts][0])
    const absent = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter((s) => !shards.includes(s))
    if (absent.length > 0) throw new MergeError(`missing shard(s) ${absent.join(', ')} of ${n}`)
  }
  const names = [...records.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { records: names.map((name) => records.get(name)!.record), fields: manifests[0].manifest.fields }
}
