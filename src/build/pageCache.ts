import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../model/index.ts'
import type { OutputIndex } from './outputIndex.ts'
import { decodeRecord, encodeRecord, type PageRecord } from './pageRecord.ts'

const FIELDS = 'dataset-fields.json'
/** Content hashes of page files by path and stamp, for all versions: an unchanged page is not read again. */
const HASHES = 'content-hashes.json'
/** A stamp this recent could be followed by an edit within the clock's resolution: such a hash is not kept. */
const RACY_MS = 2_000

/** In the project's own node_modules (git-ignored, and removed with it), whatever folder a command runs from. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/nmg', import.meta.url))

/** The cache in `$NMG_CACHE_DIR` (relative to the working folder), else in the default; `off` turns it off. */
export function cacheFromEnv(version: string, warn: (message: string) => void, env: NodeJS.ProcessEnv = process.env): PageCache | null {
  const dir = env.NMG_CACHE_DIR
  if (dir === 'off') return null
  return new PageCache(dir ? resolve(dir) : DEFAULT_CACHE_DIR, version, warn)
}

/**
 * Where the extraction worker's bundled code is kept (see workerCode.ts): beside the cache, also for
 * `extract --no-cache`, which re-extracts every page but need not bundle the same code again; none with
 * `NMG_CACHE_DIR=off`.
 */
export function codeDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.NMG_CACHE_DIR
  if (dir === 'off') return null
  return join(dir ? resolve(dir) : DEFAULT_CACHE_DIR, 'code')
}

/**
 * Extracted pages by key (pipeline version + file name + sources.json entry + content), one file each, under a
 * folder per pipeline version. An entry that is damaged or belongs to another key is a miss, never trusted.
 * Writing is best effort: a cache that cannot be written slows the next run, it does not fail this one.
 */
export class PageCache {
  private readonly versionDir: string
  private warned = false
  private hashes: Map<string, [stamp: string, hash: string]> | null = null
  private hashesChanged = false

  constructor(
    readonly dir: string,
    readonly version: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.versionDir = join(dir, version.slice(0, 16))
  }

  private path(key: string): string {
    return join(this.versionDir, key.slice(0, 2), key)
  }

  /** Synchronous: ten thousand small reads take a quarter of the time they take through the thread pool. */
  get(key: string, file: string): PageRecord | null {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(this.path(key))
    } catch {
      return null
    }
    const record = decodeRecord(bytes)
    if (typeof record === 'string' || record.key !== key || record.version !== this.version || record.file !== file) return null
    return record
  }

  set(record: PageRecord): Promise<void> {
    return this.write(this.path(record.key), encodeRecord(record))
  }

  private async write(path: string, content: Uint8Array | string): Promise<void> {
    // Written aside and renamed: a reader never sees half a file, and a crash leaves no damaged entry behind.
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      await mkdir(join(path, '..'), { recursive: true })
      await writeFile(temp, content)
      await rename(temp, path)
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {})
      if (!this.warned) this.warn(`cache not written (${this.dir}): ${(error as Error).message}`)
      this.warned = true
    }
  }

  /** The content hash of the file at `path` when it still has this stamp, else null. */
  knownHash(path: string, stamp: string): string | null {
    if (!this.hashes) {
      this.hashes = new Map()
      try {
        const entries = JSON.parse(readFileSync(join(this.dir, HASHES), 'utf8')) as Array<[string, string, string]>
        for (const [p, s, h] of entries) if (typeof p === 'string' && typeof s === 'string' && /^[0-9a-f]{64}$/.test(h)) this.hashes.set(p, [s, h])
      } catch {
        // Absent or damaged: every page is read and hashed, and the index written again.
      }
    }
    const entry = this.hashes.get(path)
    return entry && entry[0] === stamp ? entry[1] : null
  }

  rememberHash(path: string, stamp: string, hash: string): void {
    const [, , mtimeNs, ctimeNs] = stamp.split(':').map(BigInt)
    const changedMs = Number((mtimeNs > ctimeNs ? mtimeNs : ctimeNs) / 1_000_000n)
    if (Date.now() - changedMs < RACY_MS) return
    this.hashes?.set(path, [stamp, hash])
    this.hashesChanged = true
  }

  async saveHashes(): Promise<void> {
    if (!this.hashes || !this.hashesChanged) return
    await this.write(join(this.dir, HASHES), JSON.stringify([...this.hashes].map(([p, [s, h]]) => [p, s, h])))
    this.hashesChanged = false
  }

  private outputIndexPath(out: string): string {
    return join(this.versionDir, 'outputs', `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32)}.json`)
  }

  /** Where each page's items lie in the output file `out` as this version last wrote it (see outputIndex.ts), or null. */
  getOutputIndex(out: string): OutputIndex | null {
    try {
      const index = JSON.parse(readFileSync(this.outputIndexPath(out), 'utf8')) as OutputIndex & { out?: string }
      return index.out === resolve(out) ? index : null
    } catch {
      return null
    }
  }

  async setOutputIndex(out: string, index: OutputIndex): Promise<void> {
    await this.write(this.outputIndexPath(out), JSON.stringify({ out: resolve(out), ...index }))
  }

  /** The dataset of no pages for this version (see corpusFields), or null when absent or damaged. */
  getFields(): Dataset | null {
    try {
      const fields = JSON.parse(readFileSync(join(this.versionDir, FIELDS), 'utf8')) as Dataset
      const empty = (v: unknown) => Array.isArray(v) && v.length === 0
      return empty(fields.figures) && empty(fields.articles) && empty(fields.files) ? fields : null
    } catch {
      return null
    }
  }

  async setFields(fields: Dataset): Promise<void> {
    await this.write(join(this.versionDir, FIELDS), JSON.stringify(fields))
  }

  /** Removes the entries of older pipeline versions but the most recent other one (a branch switch back is cheap). */
  async prune(): Promise<void> {
    const now = new Date()
    await utimes(this.versionDir, now, now).catch(() => {})
    const entries = await readdir(this.dir).catch(() => [] as string[])
    const others = await Promise.all(
      entries
        .filter((name) => name !== this.version.slice(0, 16) && /^[0-9a-f]{16}$/.test(name))
        .map(async (name) => ({ name, mtime: (await stat(join(this.dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
    )
    others.sort((a, b) => b.mtime - a.mtime)
    for (const old of others.slice(1)) await rm(join(this.dir, old.name), { recursive: true, force: true }).catch(() => {})
  }
}
