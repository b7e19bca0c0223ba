import type { Article, Dataset, Figure } from '../../model/index.ts'
import {
  articleIndexPath,
  articleIndexShards,
  CATALOGUE_PATH,
  latestFigures,
  dataShards,
  provenancePath,
  sketchLine,
  stemOfId,
  type ArticleIndexShard,
  type CardsFile,
  type Catalogue,
  type FigureShard,
  type LatestFigures,
  type LineSketch,
  type ProvenanceShard,
} from '../../model/shards.ts'
import { validateFigures } from '../../model/validate.ts'
import { figureShardsFor } from './catalogue.ts'
import { latestIn } from './figures.ts'
import { DatasetError, fetchText, INLINE_DATASET_ID, parseDataset, schemaError } from './loadDataset.ts'

/** How the loader reads a shard: over the network next to the page, or from a dataset the page carries. */
export type ShardReader = (path: string) => Promise<unknown>

/** Reads `path` relative to the page; a failure is a DatasetError naming the path. */
export function fetchReader(baseURI: string, fetchImpl: typeof fetch = fetch, onOffline?: () => void): ShardReader {
  return async (path) => {
    const url = new URL(path, baseURI)
    const text = await fetchText(url, fetchImpl, onOffline)
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      const cause = `${url.pathname}: ${(error as Error).message}`
      throw new DatasetError(`${url.pathname} is not valid JSON, perhaps cut short (${cause})`, { reason: 'parse', cause })
    }
  }
}

function shapeError(path: string, cause: string | DatasetError): DatasetError {
  // A schema violation names the file, then the fields (figures[3].period.start) as the validator does.
  if (cause instanceof DatasetError && cause.failure.reason === 'shape') {
    const problems = `${path}: ${cause.failure.problems}`
    return new DatasetError(`${path}: ${cause.message}`, { ...cause.failure, problems })
  }
  const text = String(cause instanceof Error ? cause.message : cause)
  return new DatasetError(`${path} is not what the app expects (${text})`, { reason: 'shard', path, cause: text })
}

/**
 * The data of one build, fetched a piece at a time: the catalogue first, then the lines, figures and pages a view
 * asks for. Each path is read once (a failed read may be tried again); `fetched` lists the paths read, in order.
 */
export class ShardLoader {
  readonly fetched: string[] = []
  /** True once a file came from the service worker's cache because the network failed (OFFLINE_HEADER). */
  servedOffline = false
  private readonly pending = new Map<string, Promise<unknown>>()
  private cataloguePromise: Promise<Catalogue> | null = null

  constructor(
    private readonly read: ShardReader,
    /** The whole dataset when the page carries it (standalone.html): then nothing is fetched. */
    private readonly inline: Dataset | null = null,
  ) {}

  /** The whole dataset the page carries, if any. */
  async inlineDataset(): Promise<Dataset | null> {
    return this.inline
  }

  private get<T>(path: string, check: (value: unknown) => string | DatasetError | null): Promise<T> {
    let promise = this.pending.get(path)
    if (!promise) {
      this.fetched.push(path)
      promise = this.read(path).then((value) => {
        const problem = check(value)
        if (problem) throw shapeError(path, problem)
        return value
      })
      promise.catch(() => this.pending.delete(path))
      this.pending.set(path, promise)
    }
    return promise as Promise<T>
  }

  catalogue(): Promise<Catalogue> {
    this.cataloguePromise ??= this.inline
      ? Promise.resolve(JSON.parse(dataShards(this.inline, { catalogueOnly: true }).get(CATALOGUE_PATH)!) as Catalogue)
      : this.get<Catalogue>(CATALOGUE_PATH, (v) => {
          const c = v as Partial<Catalogue> | null
          if (typeof c !== 'object' || c === null || Array.isArray(c)) return 'not a JSON object'
          if (c.schemaVersion !== 2) return `schemaVersion ${String(c.schemaVersion)}, expected 2`
          for (const key of ['indicators', 'regions', 'series', 'lines', 'metrics', 'names', 'years'] as const) if (!Array.isArray(c[key])) return `no ${key} list`
          return null
        })
    const promise = this.cataloguePromise
    promise.catch(() => (this.cataloguePromise = null))
    return promise
  }

  /** The lines of an indicator as the first chart draws them; [] for an indicator without lines. */
  async lines(indicator: string): Promise<LineSketch[]> {
    const catalogue = await this.catalogue()
    const entry = catalogue.lines.find((l) => l.indicator === indicator)
    if (!entry) return []
    if (this.inline) {
      return (this.inline.series ?? []).filter((s) => s.indicator === indicator).map(sketchLine)
    }
    return this.get<LineSketch[]>(entry.path, (v) => (Array.isArray(v) && v.every((s) => Array.isArray((s as LineSketch)?.points)) ? null : 'not a list of lines'))
  }

  /** The figures of an indicator whose periods may touch `years` (all when null), quotes included, and their articles' headlines. */
  async figures(indicator: string, years: readonly [number, number] | null): Promise<FigureShard> {
    const catalogue = await this.catalogue()
    const entries = figureShardsFor(catalogue, indicator, years)
    if (this.inline) {
      const paths = new Set(entries.map((e) => e.year))
      const yearOf = (f: Figure) => (f.period.end ?? f.period.start)?.slice(0, 4) ?? 'undated'
      return { figures: this.inline.figures.filter((f) => f.indicator === indicator && paths.has(yearOf(f))), articles: this.inline.articles }
    }
    const shards = await Promise.all(entries.map((e) => this.get<FigureShard>(e.path, (v) => checkFigures(v, e.figures))))
    return { figures: shards.flatMap((s) => s.figures), articles: shards.flatMap((s) => s.articles) }
  }

  /** Each indicator's latest figure (LATEST_PATH); {} when the build wrote none. */
  async latest(): Promise<LatestFigures> {
    const catalogue = await this.catalogue()
    if (this.inline) return latestFigures(this.inline, latestIn(this.inline))
    if (!catalogue.latest) return {}
    return this.get<LatestFigures>(catalogue.latest, (v) => (v && typeof v === 'object' && !Array.isArray(v) ? null : 'not an object of figures'))
  }

  /** The overview's cards as the build computed them; null when the build wrote none. */
  async cards(): Promise<CardsFile | null> {
    const catalogue = await this.catalogue()
    if (this.inline || !catalogue.cards) return null
    return this.get<CardsFile>(catalogue.cards, (v) => (Array.isArray((v as Partial<CardsFile> | null)?.cards) && Array.isArray((v as CardsFile).articles) ? null : 'not a list of cards'))
  }

  /** File `n` of the article list (a few pages' articles with their headlines and figure counts). */
  async articleIndex(n: number): Promise<ArticleIndexShard> {
    await this.catalogue()
    if (this.inline) return articleIndexShards(this.inline)[n] ?? { pages: [] }
    return this.get<ArticleIndexShard>(articleIndexPath(n), (v) => (Array.isArray((v as Partial<ArticleIndexShard> | null)?.pages) ? null : 'not a list of pages'))
  }

  /** The page of a figure or article id: its articles (with their text) and every figure on it. */
  async page(id: string): Promise<ProvenanceShard | null> {
    const stem = stemOfId(id)
    if (stem === null) return null
    await this.catalogue()
    if (this.inline) {
      const figures = this.inline.figures.filter((f) => stemOfId(f.id) === stem)
      const articles = this.inline.articles.filter((a) => stemOfId(a.id) === stem)
      if (!figures.length && !articles.length) return null
      return { file: (articles[0]?.file ?? figures[0]?.source.file)!, articles, figures }
    }
    return this.get<ProvenanceShard>(provenancePath(stem), (v) => {
      const p = v as Partial<ProvenanceShard> | null
      return p && Array.isArray(p.articles) && Array.isArray(p.figures) ? null : 'not a page of articles and figures'
    })
  }

  /**
   * Every figure and article: the whole dataset's file when the build wrote one, else every page's shard
   * (`onProgress(done, total)` after each). For the whole-dataset download and search.
   */
  async all(onProgress: (done: number, total: number) => void = () => {}): Promise<Dataset> {
    if (this.inline) return this.inline
    const catalogue = await this.catalogue()
    if (catalogue.whole) {
      onProgress(0, 1)
      const value = await this.get<unknown>(catalogue.whole, () => null)
      onProgress(1, 1)
      return parseDataset(JSON.stringify(value))
    }
    const stems = await this.get<string[]>(catalogue.pages, (v) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : 'not a list of pages'))
    const figures: Figure[] = []
    const articles: Article[] = []
    let done = 0
    onProgress(0, stems.length)
    // A few at a time, in page order: the dataset's order is the pages' order.
    const CONCURRENT = 6
    const pages: (ProvenanceShard | null)[] = new Array<ProvenanceShard | null>(stems.length).fill(null)
    let next = 0
    const worker = async () => {
      while (next < stems.length) {
        const i = next++
        pages[i] = await this.get<ProvenanceShard>(provenancePath(stems[i]), (v) => (v && typeof v === 'object' ? null : 'not a page'))
        onProgress(++done, stems.length)
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENT, stems.length) }, worker))
    for (const p of pages) {
      if (!p) continue
      for (const a of p.articles) articles.push(a)
      for (const f of p.figures) figures.push(f)
    }
    return { schemaVersion: 1, figures, articles, files: [], metrics: catalogue.metrics, indicators: catalogue.names }
  }
}

/** A figure shard as the catalogue lists it, each figure checked against the dataset's schema (src/model/validate.ts). */
function checkFigures(shard: unknown, expected: number): string | DatasetError | null {
  const value = (shard as Partial<FigureShard> | null)?.figures
  if (!Array.isArray(value) || !Array.isArray((shard as FigureShard).articles)) return 'not a list of figures and articles'
  if (value.length !== expected) return `${value.length} figures, the catalogue says ${expected}`
  const errors = validateFigures(value)
  return errors.length ? schemaError(errors) : null
}

/** The loader of this page: the dataset inlined in the document (offline single-file build), else the shards next to it. */
export function pageLoader(doc: Document = document, fetchImpl: typeof fetch = fetch): ShardLoader {
  const inline = doc.getElementById(INLINE_DATASET_ID)
  if (inline?.textContent) return new ShardLoader(() => Promise.reject(new Error('offline build')), parseDataset(inline.textContent))
  return fetchLoader(doc.baseURI, fetchImpl)
}

/** A loader of the shards next to `baseURI`, which notes when the service worker answered from its offline cache. */
export function fetchLoader(baseURI: string, fetchImpl: typeof fetch = fetch): ShardLoader {
  const loader: ShardLoader = new ShardLoader(fetchReader(baseURI, fetchImpl, () => (loader.servedOffline = true)))
  return loader
}
