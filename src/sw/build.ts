import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { build, type LogLevel } from 'vite'
import { precacheUrls, type PrecacheManifest } from './precache.ts'

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
}

/** The precache list of a built site and a hash of every listed file's path and bytes: a new build, a new cache. */
export async function precacheManifest(outDir: string): Promise<PrecacheManifest> {
  const urls = precacheUrls(await listFiles(outDir))
  const hash = createHash('sha256')
  for (const url of urls) {
    if (url === './') continue
    hash.update(url + '\0')
    hash.update(await readFile(join(outDir, url)))
  }
  return { version: hash.digest('hex').slice(0, 16), urls }
}

/** Compiles src/sw/sw.ts with the manifest of `outDir` inlined and writes it as `outDir/sw.js`. */
export async function writeServiceWorker(root: string, outDir: string, logLevel: LogLevel = 'warn'): Promise<PrecacheManifest> {
  const manifest = await precacheManifest(outDir)
  const result = await build({
    configFile: false,
    root,
    logLevel,
    publicDir: false,
    define: { __NMG_PRECACHE__: JSON.stringify(manifest) },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'nmgServiceWorker', fileName: () => 'sw.js' },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('service worker build produced no code')
  await writeFile(join(outDir, 'sw.js'), chunk.code)
  return manifest
}
