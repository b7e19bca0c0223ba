import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type { Dataset } from '../model/index.ts'
import { validateDataset } from '../model/validate.ts'
import { mergePages } from '../pipeline/dataset.ts'
import { buildSeries } from '../series/index.ts'
import { buildSearchFiles, type SearchFiles } from '../search/build.ts'
import { SEARCH_DIR } from '../search/load.ts'
import { listCorpusDir } from './corpus.ts'
import { dataShards } from './dataShards.ts'
import { cardsOf } from '../app/data/catalogue.ts'
import { latestIn } from '../app/data/figures.ts'
import { extractPages } from './extractPages.ts'
import { cacheFromEnv, codeDirFromEnv } from './pageCache.ts'
import { fromRecord } from './pageRecord.ts'
import { pipelineVersion } from './pipelineVersion.ts'
import { regionNameGroups } from './searchRegionNames.ts'

export const DATASET_PATH = 'data/dataset.json'
/** The search's manifest, posting shards and stored fields live under this folder (src/search/schema.ts). */
export const SEARCH_PATH = SEARCH_DIR

/**
 * The whole dataset is written as one file (data/dataset.json, for the embeds, search and the single-file build)
 * only up to this many bytes: past it the app reads the per-view shards alone, and one string of the whole
 * dataset would near V8's longest string anyway. A 1,000-page corpus is about 56 MB.
 */
export const WHOLE_DATASET_BUDGET = 64 * 1024 * 1024

export interface DataAssets {
  dataset: Dataset
  /** null when the dataset is over WHOLE_DATASET_BUDGET (then data/dataset.json is not written). */
  datasetJson: string | null
  /** The search's files by path under data/search/ (manifest, posting shards, stored fields). */
  searchFiles: SearchFiles['files']
  /** The catalogue and the series and provenance shards by path (data/…), see dataShards.ts. */
  shards: Map<string, string>
}

/**
 * The one typed path from seeds/ to the app: run the pipeline, serialize the dataset and the search index.
 * Pages whose extraction is in the cache (`$NMG_CACHE_DIR`, see pageCache.ts) are not extracted again.
 */
export async function buildDataAssets(seedsDir: string, log: (m: string) => void = () => {}): Promise<DataAssets> {
  const corpus = await listCorpusDir(seedsDir)
  const version = pipelineVersion()
  const cache = cacheFromEnv(version, log)
  const { records } = await extractPages(corpus.pages, { sources: await corpus.sources(), cache, version, codeDir: codeDirFromEnv() })
  // Lines are joined here, once, so the app and the embeds draw them without regrouping thousands of figures.
  const dataset: Dataset = mergePages(records.map(fromRecord), log)
  dataset.series = buildSeries(dataset.figures)
  // The app trusts this file: a schema violation is a pipeline bug and must stop the build, not reach users.
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)))
  if (!checked.ok) throw new Error(`dataset from ${seedsDir} violates its schema:\n  ${checked.errors.slice(0, 20).join('\n  ')}`)
  // The page shards hold every figure and article once: their size tells whether the whole file may be written.
  const pageBytes = estimateBytes(dataset)
  const whole = pageBytes <= WHOLE_DATASET_BUDGET
  if (!whole) log(`${DATASET_PATH} is not written: the dataset is about ${(pageBytes / 1e6).toFixed(0)} MB, over ${WHOLE_DATASET_BUDGET / 1024 / 1024} MiB; the app reads data/catalogue.json and the shards it needs`)
  return {
    dataset,
    datasetJson: whole ? JSON.stringify(dataset) : null,
    searchFiles: buildSearchFiles(dataset, { regions: searchRegions(dataset) }).files,
    shards: dataShards(dataset, { whole: whole ? DATASET_PATH : null, latestOf: latestIn(dataset), cardsOf }),
  }
}

/** Region name groups for the search: every division of Inner Mongolia and any other region the dataset names. */
export function searchRegions(dataset: Dataset) {
  const regions = new Map<string, string>()
  for (const a of dataset.articles) regions.set(a.region.code, a.region.name)
  for (const f of dataset.figures) regions.set(f.region.code, f.region.name)
  return regionNameGroups([...regions].map(([code, name]) => ({ code, name })))
}

/** Bytes of the dataset's JSON, counted figure by figure and article by article (never one string). */
function estimateBytes(dataset: Dataset): number {
  let n = 0
  for (const f of dataset.figures) n += Buffer.byteLength(JSON.stringify(f)) + 1
  for (const a of dataset.articles) n += Buffer.byteLength(JSON.stringify(a)) + 1
  for (const s of dataset.series ?? []) n += Buffer.byteLength(JSON.stringify(s)) + 1
  return n
}

/**
 * Emits `data/dataset.json` and the search files (`data/search/…`) at build time and serves them in dev,
 * regenerating both whenever a file in seeds/ changes (then the page reloads).
 * The pages come from `options.seedsDir`, else `$NMG_SEEDS_DIR` (a build from another folder of pages, such as
 * the browser tests' fixtures), else `seeds/`; relative paths are read from the project root.
 */
export function datasetPlugin(options: { seedsDir?: string } = {}): Plugin {
  let seedsDir = ''
  let assets: Promise<DataAssets> | null = null
  const load = () => (assets ??= buildDataAssets(seedsDir, (m) => console.warn(`[dataset] ${m}`)))

  return {
    name: 'nmg-dataset',
    configResolved(config) {
      seedsDir = resolve(config.root, options.seedsDir ?? (process.env.NMG_SEEDS_DIR || 'seeds'))
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(seedsDir)
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(seedsDir)) return
        assets = null
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]
        const which = path.endsWith('/' + DATASET_PATH) ? 'datasetJson' : null
        const shard = !which && path.includes('/data/') ? path.slice(path.lastIndexOf('/data/') + 1) : null
        if (!which && !shard) return next()
        try {
          const assets = await load()
          const body = (which ? assets[which] : shard!.startsWith(SEARCH_PATH) ? assets.searchFiles.get(shard!.slice(SEARCH_PATH.length)) : assets.shards.get(shard!)) ?? undefined
          if (body === undefined) return next()
          res.setHeader('Content-Type', typeof body === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream')
          res.setHeader('Cache-Control', 'no-store')
          res.end(body)
        } catch (error) {
          assets = null
          res.statusCode = 500
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          res.end(`dataset build failed: ${(error as Error).message}`)
        }
      })
    },
    async generateBundle() {
      const { datasetJson, searchFiles, shards } = await load()
      if (datasetJson !== null) this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: datasetJson })
      for (const [path, source] of searchFiles) this.emitFile({ type: 'asset', fileName: SEARCH_PATH + path, source })
      for (const [fileName, source] of shards) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
