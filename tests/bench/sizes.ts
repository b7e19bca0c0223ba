import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** What the build weighs: read from a dist/ folder, shared by the size benchmark and the budget test. */

export const EMBED_BUDGET_GZIP = 250 * 1024
export const LOADER_BUDGET_GZIP = 2 * 1024

export interface FileSize {
  file: string
  bytes: number
  gzip: number
}

export interface SizeReport {
  dist: { files: number; bytes: number }
  standalone: FileSize
  /** nmg-chart.js and what it imports statically: what a host page downloads for a chart. */
  element: { files: FileSize[]; gzip: number; bytes: number }
  /** Chunks the element loads only when needed (the map, pinyin for English county names). */
  elementLazy: FileSize[]
  loader: FileSize
  /** The iframe page's own script and styles with their static imports. */
  frame: { files: FileSize[]; gzip: number; bytes: number }
}

export function fileSize(dist: string, file: string): FileSize {
  const content = readFileSync(join(dist, file))
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

/** Relative modules a script imports statically (`import … from"./x.js"`, `import"./x.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>()
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.add(m[1])
  return [...found]
}

export function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))]
}

/** A script and every module it needs before it runs, as paths relative to dist. */
export function staticClosure(dist: string, entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const spec of staticImports(code)) visit(relative(dist, resolve(dist, dirname(file), spec)))
  }
  visit(entry)
  return [...seen]
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

function total(files: FileSize[]) {
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }
}

export function measureDist(dist: string): SizeReport {
  const all = walk(dist)
  const elementFiles = staticClosure(dist, 'embed/nmg-chart.js')
  const lazy = new Set<string>()
  for (const file of elementFiles) {
    for (const spec of dynamicImports(readFileSync(join(dist, file), 'utf8'))) lazy.add(relative(dist, resolve(dist, dirname(file), spec)))
  }
  const frameHtml = readFileSync(join(dist, 'embed.html'), 'utf8')
  const frameRefs = [...frameHtml.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const frameFiles = [...new Set(frameRefs.flatMap((f) => (f.endsWith('.js') ? staticClosure(dist, f) : [f])))]
  return {
    dist: { files: all.length, bytes: all.reduce((s, f) => s + statSync(f).size, 0) },
    standalone: fileSize(dist, 'standalone.html'),
    element: total(elementFiles.map((f) => fileSize(dist, f))),
    elementLazy: [...lazy].filter((f) => !elementFiles.includes(f)).map((f) => fileSize(dist, f)),
    loader: fileSize(dist, 'embed/loader.js'),
    frame: total(frameFiles.map((f) => fileSize(dist, f))),
  }
}
