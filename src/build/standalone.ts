import { bootShell } from './bootShell.ts'
import vue from '@vitejs/plugin-vue'
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { build, type LogLevel, type Rolldown } from 'vite'
import { INLINE_DATASET_ID } from '../app/data/loadDataset.ts'
import { searchBundleJson } from '../search/build.ts'
import { INLINE_SEARCH_INDEX_ID } from '../search/load.ts'
import { MANIFEST_FILE, type SearchManifest } from '../search/schema.ts'
import { DATASET_PATH, SEARCH_PATH } from './datasetPlugin.ts'

export const STANDALONE_FILE = 'standalone.html'

/**
 * Most data the single-file build inlines (the dataset and the search index): a browser opens a file of this size
 * from disk in a few seconds; past it, the page would take minutes or fail to open, so none is written.
 */
export const STANDALONE_BUDGET = 64 * 1024 * 1024

/** What the build says when the corpus does not fit in standalone.html. */
export function standaloneTooLarge(bytes: number | null): string {
  const size = bytes === null ? `more than ${STANDALONE_BUDGET / 1024 / 1024} MiB (the whole dataset file was not written)` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  return (
    `${STANDALONE_FILE} was not written: the corpus's data is ${size}, over the single-file budget of ` +
    `${STANDALONE_BUDGET / 1024 / 1024} MiB. Use the hosted static build instead: serve the built folder (index.html ` +
    `and data/) from any web server (e.g. npx vite preview, or any static host); it loads only the data each view needs.`
  )
}

/**
 * Script text made safe inside `<script>…</script>`: `</script` would end the element early and `<!--` would
 * change how the parser reads it. `\x3C` is `<` in every JavaScript string, template and regular expression.
 */
export function inlineScriptText(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1')
}

/** JSON made safe inside `<script type="application/json">`: `<` appears only in strings, where `\u003c` is the same text. */
export function inlineJsonText(json: string): string {
  return json.replace(/</g, '\\u003c')
}

/** CSS made safe inside `<style>`: `\/` is `/` in CSS. */
export function inlineStyleText(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style')
}

export interface StandaloneParts {
  /** The built index.html, with its script and stylesheet tags still pointing at files. */
  html: string
  script: string
  styles: string[]
  datasetJson: string
  /** Every search file in one JSON document (`searchBundleJson`): file:// cannot fetch shards. */
  searchIndexJson: string
  /** data: URL of the icon, or null to drop it. */
  iconDataUrl: string | null
}

/**
 * One HTML file holding the app, its styles and its data: module scripts and fetch do not work on file://, so
 * nothing may be loaded from a file. The data comes first so it is in the document when the app starts.
 */
export function composeStandalone(parts: StandaloneParts): string {
  let html = parts.html
    .replace(/\s*<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, '')
    .replace(/\s*<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload|preload)["']?[^>]*>/gi, '')
  html = html.replace(/<link\b([^>]*)\brel=["']?icon["']?([^>]*)>/gi, (tag) =>
    parts.iconDataUrl ? tag.replace(/\bhref=["'][^"']*["']/, `href="${parts.iconDataUrl}"`) : '',
  )
  const styles = parts.styles.map((css) => `<style>${inlineStyleText(css)}</style>`).join('\n')
  const body = [
    `<script type="application/json" id="${INLINE_DATASET_ID}">${inlineJsonText(parts.datasetJson)}</script>`,
    `<script type="application/json" id="${INLINE_SEARCH_INDEX_ID}">${inlineJsonText(parts.searchIndexJson)}</script>`,
    `<script type="module">${inlineScriptText(parts.script)}</script>`,
  ].join('\n')
  if (!/<\/head>/i.test(html) || !/<\/body>/i.test(html)) throw new Error('index.html has no </head> or </body>')
  return html.replace(/<\/head>/i, () => `${styles}\n</head>`).replace(/<\/body>/i, () => `${body}\n</body>`)
}

/**
 * Builds dist/standalone.html from the app's index.html in one chunk (every dynamic import inlined, no worker),
 * with the dataset and search index that the main build wrote to `outDir`.
 */
export async function buildStandalone(root: string, outDir: string, logLevel: LogLevel = 'warn'): Promise<{ file: string; bytes: number } | { file: null; message: string }> {
  const file = join(outDir, STANDALONE_FILE)
  const datasetBytes = await stat(join(outDir, DATASET_PATH)).then((s) => s.size, () => null)
  const total = datasetBytes === null ? null : datasetBytes + (await folderBytes(join(outDir, SEARCH_PATH)))
  if (total === null || total > STANDALONE_BUDGET) {
    const message = standaloneTooLarge(total)
    await rm(file, { force: true })
    console.warn(`\n[standalone] ${message}\n`)
    return { file: null, message }
  }
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel,
    publicDir: false,
    plugins: [vue(), bootShell()],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      cssCodeSplit: false,
      copyPublicDir: false,
      assetsInlineLimit: () => true,
      // One file by design.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: join(root, 'index.html'), output: { codeSplitting: false } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const files = outputs.flatMap((o) => o.output)
  const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk')
  const assets = files.filter((f): f is Rolldown.OutputAsset => f.type === 'asset')
  const htmlAsset = assets.find((a) => a.fileName === 'index.html')
  if (!htmlAsset || chunks.length !== 1) throw new Error(`standalone build: expected index.html and one chunk, got ${files.map((f) => f.fileName).join(', ')}`)
  const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source))
  const icon = await readFile(join(root, 'public/favicon.svg'), 'utf8').catch(() => null)
  const html = composeStandalone({
    html: text(htmlAsset.source),
    script: chunks[0].code,
    styles: assets.filter((a) => a.fileName.endsWith('.css')).map((a) => text(a.source)),
    datasetJson: await readFile(join(outDir, DATASET_PATH), 'utf8'),
    searchIndexJson: await readSearchBundle(join(outDir, SEARCH_PATH)),
    iconDataUrl: icon ? `data:image/svg+xml,${encodeURIComponent(icon)}` : null,
  })
  await writeFile(file, html)
  return { file, bytes: Buffer.byteLength(html) }
}

/** Bytes of the files under a folder (0 when it is not there). */
async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)))
  return sizes.reduce((a, b) => a + b, 0)
}

/** The search files of a build (its manifest and the folder it names) as the bundle the single file inlines. */
export async function readSearchBundle(dir: string): Promise<string> {
  const manifestText = await readFile(join(dir, MANIFEST_FILE), 'utf8')
  const manifest = JSON.parse(manifestText) as SearchManifest
  const files = new Map<string, Uint8Array | string>([[MANIFEST_FILE, manifestText]])
  const entries = await readdir(join(dir, manifest.id), { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')
    files.set(path, path.endsWith('.bin') ? new Uint8Array(await readFile(join(dir, path))) : await readFile(join(dir, path), 'utf8'))
  }
  return searchBundleJson(files)
}
