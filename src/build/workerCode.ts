import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('./extractWorker.ts', import.meta.url))

/**
 * The extraction worker as one plain JavaScript file, kept in `dir` by pipeline version. A worker started through
 * tsx loads each of its TypeScript modules through the loader's hooks, one round trip to the loader's thread a
 * module: two workers were ready after about 0.54 s, against 0.25 s from one bundled file, and on a corpus of a
 * thousand pages that difference is a tenth of a parallel run. The file is built once (esbuild, about 0.25 s) and
 * named by a hash of the pipeline version, the worker's own source and the bundler's version, so any change that
 * could change what it computes gives a new file. Returns null when it cannot be built or written: the caller then
 * starts the worker from its TypeScript, which gives the same results, only later.
 */
export async function workerBundle(dir: string, version: string): Promise<string | null> {
  try {
    const esbuild = await import('esbuild')
    const key = createHash('sha256').update(`${version}\0${esbuild.version}\0${readFileSync(ENTRY, 'utf8')}`).digest('hex').slice(0, 24)
    const path = join(dir, `extract-worker-${key}.mjs`)
    if (existsSync(path)) return path
    const built = await esbuild.build({ entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'silent' })
    await mkdir(dir, { recursive: true })
    // Aside then renamed: two runs building at once each write a whole file, and a reader never sees half of one.
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      await writeFile(temp, built.outputFiles[0].contents)
      await rename(temp, path)
    } finally {
      await rm(temp, { force: true })
    }
    await pruneBundles(dir)
    return path
  } catch {
    return null
  }
}

/** Old pipelines' bundles go, but the two newest and any made in the last hour (a run may be starting from it). */
async function pruneBundles(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^extract-worker-[0-9a-f]+\.mjs$/.test(n))
  const files = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })))
  files.sort((a, b) => b.mtime - a.mtime)
  const hourAgo = Date.now() - 3_600_000
  for (const old of files.slice(2)) if (old.mtime < hourAgo) await rm(join(dir, old.name), { force: true })
}
