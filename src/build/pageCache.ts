import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeRecord, encodeRecord, type PageRecord } from './pageRecord'

/** In the project's own node_modules (git-ignored, and removed with it), whatever folder a command runs from. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/nmg', import.meta.url))

/** The cache in `$NMG_CACHE_DIR` (relative to the working folder), else in the default; `off` turns it off. */
export function cacheFromEnv(version: string, warn: (message: string) => void, env: NodeJS.ProcessEnv = process.env): PageCache | null {
  const dir = env.NMG_CACHE_DIR
  if (dir === 'off') return null
  return new PageCache(dir ? resolve(dir) : DEFAULT_CACHE_DIR, version, warn)
}

/**
 * Extracted pages by key (pipeline version + file name + sources.json entry + content), one file each, under a
 * folder per pipeline version. An entry that is damaged or belongs to another key is a miss, never trusted.
 * Writing is best effort: a cache that cannot be written slows the next run, it does not fail this one.
 */
export class PageCache {
  private readonly versionDir: string
  private warned = false

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

  async get(key: string, file: string): Promise<PageRecord | null> {
    const bytes = await readFile(this.path(key)).catch(() => null)
    if (!bytes) return null
    const record = decodeRecord(bytes)
    if (typeof record === 'string' || record.key !== key || record.version !== this.version || record.file !== file) return null
    return record
  }

  async set(record: PageRecord): Promise<void> {
    const path = this.path(record.key)
    // Written aside and renamed: a reader never sees half a file, and a crash leaves no damaged entry behind.
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      await mkdir(join(path, '..'), { recursive: true })
      await writeFile(temp, encodeRecord(record))
      await rename(temp, path)
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {})
      if (!this.warned) this.warn(`cache not written (${this.dir}): ${(error as Error).message}`)
      this.warned = true
    }
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
