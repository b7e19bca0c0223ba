import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import type { Article, Dataset, Figure } from '../../model/index.ts'
import { articleIndexShards, articleOfStub, CATALOGUE_PATH, dataShards, latestFigures, sketchLine, stemOfId, type ArticleIndexShard, type CardsFile, type Catalogue, type LatestFigures, type LineSketch } from '../../model/shards.ts'
import { indexDataset, latestIn, type DatasetIndex, type MetricHeadline } from '../data/figures.ts'
import { DatasetError, type DatasetFailure } from '../data/loadDataset.ts'
import { pageLoader, type ShardLoader } from '../data/loadShards.ts'
import { DATA_READY_MARK, markOnce } from '../composables/perf.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** A year range of the explorer, or null for every year. */
export type Years = readonly [number, number] | null

function yearsKey(indicator: string, years: Years): string {
  return `${indicator}|${years ? years.join('-') : '*'}`
}

/** Figures in the dataset's order: by page, then by place on the page. */
function byPlace(a: Figure, b: Figure): number {
  return a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.offset - b.source.offset
}

/**
 * The data of the dashboard, loaded a piece at a time (see src/model/shards.ts): `ready` once the catalogue is in
 * (what exists: indicators, regions, years, counts); then each view asks for what it shows: an indicator's lines
 * (`needLines`, enough for the first chart), its figures for a year range (`needFigures`), a page's articles and
 * figures (`needPage`), or everything (`loadAll`). `dataset` holds what has arrived so far; `complete` says when it
 * is the whole dataset. Kept in shallowRefs and marked raw: thousands of figures gain nothing from deep reactivity.
 */
export const useDatasetStore = defineStore('dataset', () => {
  const catalogue = shallowRef<Catalogue | null>(null)
  const dataset = shallowRef<Dataset | null>(null)
  const index = shallowRef<DatasetIndex | null>(null)
  const lines = shallowRef<ReadonlyMap<string, LineSketch[]>>(new Map())
  /** Keys of what has arrived: `indicator|years` for figures, `page:<stem>` for pages. */
  const arrived = shallowRef<ReadonlySet<string>>(new Set())
  const complete = ref(false)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  /** Why loading failed, for the interface to say in the reader's language; null when not a DatasetError. */
  const failure = shallowRef<DatasetFailure | null>(null)
  /** A shard a view asked for that could not be read (the catalogue was): said beside the view, not instead of it. */
  const shardError = shallowRef<{ message: string; failure: DatasetFailure | null } | null>(null)
  /** Progress of `loadAll`: pages read of pages to read, or null when not loading everything. */
  const progress = shallowRef<{ done: number; total: number } | null>(null)
  let loader: ShardLoader | null = null
  let pending: Promise<void> | null = null
  const figureMap = new Map<string, Figure>()
  const articleMap = new Map<string, Article>()
  /** Articles known by their headline only (from figure shards), until their page arrives. */
  const stubMap = new Map<string, Article>()

  function reset() {
    figureMap.clear()
    articleMap.clear()
    stubMap.clear()
    lines.value = new Map()
    arrived.value = new Set()
    complete.value = false
  }

  /** Rebuilds the dataset and its index from what has arrived. */
  function publish() {
    const c = catalogue.value!
    const figures = [...figureMap.values()].sort(byPlace)
    const stubs = [...stubMap.values()].filter((a) => !articleMap.has(a.id))
    const loaded: Dataset = { schemaVersion: 1, figures, articles: [...articleMap.values(), ...stubs], files: [], metrics: c.metrics, indicators: c.names }
    dataset.value = markRaw(loaded)
    index.value = markRaw(indexDataset(loaded))
  }

  /** The whole dataset at once (the offline build, tests, a completed `loadAll`). */
  function use(whole: Dataset) {
    reset()
    catalogue.value = markRaw(JSON.parse(dataShards(whole, { catalogueOnly: true }).get(CATALOGUE_PATH)!) as Catalogue)
    const byIndicator = new Map<string, LineSketch[]>()
    for (const s of whole.series ?? []) byIndicator.set(s.indicator, [...(byIndicator.get(s.indicator) ?? []), sketchLine(s)])
    lines.value = byIndicator
    dataset.value = markRaw(whole)
    index.value = markRaw(indexDataset(whole))
    for (const f of whole.figures) figureMap.set(f.id, f)
    for (const a of whole.articles) articleMap.set(a.id, a)
    complete.value = true
    status.value = 'ready'
    error.value = ''
    failure.value = null
    markOnce(DATA_READY_MARK)
  }

  function fail(e: unknown) {
    status.value = 'error'
    error.value = (e as Error).message || String(e)
    failure.value = e instanceof DatasetError ? e.failure : null
  }

  /**
   * A shard that could not be fetched (offline, the service worker holding only the precached files): when the
   * build wrote the whole dataset's file, it stands in for every shard. True when it did.
   */
  async function fallBackToWhole(e: unknown): Promise<boolean> {
    if (!(e instanceof DatasetError) || e.failure.reason !== 'network' || !catalogue.value?.whole) return false
    await loadAll()
    return complete.value
  }

  function shardFailed(e: unknown) {
    shardError.value = { message: (e as Error).message || String(e), failure: e instanceof DatasetError ? e.failure : null }
  }

  /**
   * Loads the catalogue (or, given a function, a whole dataset). The inlined dataset of the offline build is used
   * whole: nothing is fetched.
   */
  function load(source: ShardLoader | (() => Promise<Dataset>) = pageLoader()): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
    pending ??= (async () => {
      status.value = 'loading'
      shardError.value = null
      try {
        if (typeof source === 'function') return use(await source())
        loader = source
        const inline = await source.inlineDataset()
        if (inline) return use(inline)
        reset()
        catalogue.value = markRaw(await source.catalogue())
        publish()
        status.value = 'ready'
        error.value = ''
        failure.value = null
        markOnce(DATA_READY_MARK)
      } catch (e) {
        fail(e)
      } finally {
        pending = null
      }
    })()
    return pending
  }

  async function needLines(indicators: readonly string[]): Promise<void> {
    if (!loader || complete.value) return
    const missing = indicators.filter((i) => !lines.value.has(i))
    if (!missing.length || (await wholeWhenOffline())) return
    try {
      const got = await Promise.all(missing.map(async (i) => [i, await loader!.lines(i)] as const))
      const next = new Map(lines.value)
      for (const [i, l] of got) next.set(i, markRaw(l))
      lines.value = next
    } catch (e) {
      if (!(await fallBackToWhole(e))) shardFailed(e)
    }
  }

  /** True when the figures of `indicator` over `years` have arrived (or a wider range holding them). */
  function hasFigures(indicator: string, years: Years): boolean {
    if (complete.value) return true
    const set = arrived.value
    if (set.has(yearsKey(indicator, null)) || set.has(yearsKey(indicator, years))) return true
    if (!years) return false
    for (const key of set) {
      const m = /^(.*)\|(\d+)-(\d+)$/.exec(key)
      if (m && m[1] === indicator && Number(m[2]) <= years[0] && Number(m[3]) >= years[1]) return true
    }
    return false
  }

  async function needFigures(indicators: readonly string[], years: Years = null): Promise<void> {
    if (!loader || complete.value) return
    const missing = indicators.filter((i) => !hasFigures(i, years))
    if (!missing.length || (await wholeWhenOffline())) return
    try {
      const got = await Promise.all(missing.map((i) => loader!.figures(i, years)))
      for (const shard of got) {
        for (const f of shard.figures) figureMap.set(f.id, f)
        for (const a of shard.articles) if (!stubMap.has(a.id)) stubMap.set(a.id, articleOfStub(a))
      }
      const next = new Set(arrived.value)
      for (const i of missing) next.add(yearsKey(i, years))
      arrived.value = next
      publish()
    } catch (e) {
      if (!(await fallBackToWhole(e))) shardFailed(e)
    }
  }

  /** True when the page of an id has arrived, or when the id cannot name a page (a mistyped link: nothing to wait for). */
  function hasPage(id: string): boolean {
    const stem = stemOfId(id)
    return complete.value || stem === null || arrived.value.has(`page:${stem}`)
  }

  /**
   * Offline (the browser says so, or the service worker answered from its cache because the network failed), with
   * the whole dataset's file precached: read it rather than shards the browser cannot fetch.
   */
  async function wholeWhenOffline(): Promise<boolean> {
    const offline = loader?.servedOffline || (typeof navigator !== 'undefined' && navigator.onLine === false)
    if (!offline || !catalogue.value?.whole) return false
    await loadAll()
    return complete.value
  }

  /** The page of a figure or article id: its articles' text and every figure on it. */
  async function needPage(id: string): Promise<void> {
    if (!loader || hasPage(id) || (await wholeWhenOffline())) return
    const stem = stemOfId(id)
    try {
      const page = await loader.page(id)
      if (page) {
        for (const a of page.articles) articleMap.set(a.id, a)
        for (const f of page.figures) figureMap.set(f.id, f)
      }
      arrived.value = new Set(arrived.value).add(`page:${stem}`)
      publish()
    } catch (e) {
      // No file for that page: the id names no page (a mistyped link), which the view says as “not found”.
      if (e instanceof DatasetError && e.failure.reason === 'http' && e.failure.status.startsWith('404')) arrived.value = new Set(arrived.value).add(`page:${stem}`)
      else if (!(await fallBackToWhole(e))) shardFailed(e)
    }
  }

  /** Files of the article list that have arrived, by number. */
  const articleIndex = shallowRef<ReadonlyMap<number, ArticleIndexShard>>(new Map())

  /** File `n` of the article list (from the whole dataset when it is in). */
  async function needArticleIndex(n: number): Promise<void> {
    if (articleIndex.value.has(n)) return
    let shard: ArticleIndexShard | undefined
    try {
      if (complete.value && dataset.value) shard = articleIndexShards(dataset.value)[n] ?? { pages: [] }
      else if (loader) shard = await loader.articleIndex(n)
    } catch (e) {
      if (!(await fallBackToWhole(e))) return shardFailed(e)
      shard = articleIndexShards(dataset.value!)[n] ?? { pages: [] }
    }
    if (shard) articleIndex.value = new Map(articleIndex.value).set(n, markRaw(shard))
  }

  /** The overview's cards as the build wrote them (CARDS_PATH); null until they arrive or when there are none. */
  const cards = shallowRef<CardsFile<MetricHeadline> | null>(null)
  /** True once the cards were asked for and answered (with cards, or with none to read). */
  const cardsKnown = ref(false)
  async function needCards(): Promise<void> {
    if (cardsKnown.value || !loader) return
    try {
      const file = (await loader.cards()) as CardsFile<MetricHeadline> | null
      if (file) {
        for (const a of file.articles) if (!stubMap.has(a.id)) stubMap.set(a.id, articleOfStub(a))
        for (const c of file.cards) for (const f of [c.headline.main, c.headline.growth, c.headline.yearEarlier, ...c.headline.trend, ...c.headline.also]) if (f && !figureMap.has(f.id)) figureMap.set(f.id, f)
        cards.value = markRaw(file)
        publish()
      }
      cardsKnown.value = true
    } catch (e) {
      if (!(await fallBackToWhole(e))) shardFailed(e)
    }
  }

  /** Each indicator's latest figure, once asked for (the overview's table of indicators); null until then. */
  const latest = shallowRef<LatestFigures | null>(null)
  async function needLatest(): Promise<void> {
    if (latest.value) return
    try {
      if (complete.value && dataset.value) latest.value = markRaw(latestFigures(dataset.value, latestIn(dataset.value)))
      else if (loader) latest.value = markRaw(await loader.latest())
    } catch (e) {
      if (await fallBackToWhole(e)) latest.value = markRaw(latestFigures(dataset.value!, latestIn(dataset.value!)))
      else shardFailed(e)
    }
  }

  let all: Promise<void> | null = null
  /** Everything, with progress (the whole-dataset download, search). */
  function loadAll(): Promise<void> {
    if (complete.value || !loader) return Promise.resolve()
    all ??= (async () => {
      try {
        const whole = await loader!.all((done, total) => (progress.value = { done, total }))
        const keepLines = lines.value
        use(whole)
        if (!whole.series) lines.value = new Map([...keepLines, ...lines.value])
      } catch (e) {
        shardFailed(e)
      } finally {
        progress.value = null
        all = null
      }
    })()
    return all
  }

  return {
    catalogue,
    dataset,
    index,
    lines,
    complete,
    status,
    error,
    failure,
    shardError,
    progress,
    load,
    use,
    needLines,
    needFigures,
    hasFigures,
    needPage,
    hasPage,
    loadAll,
    articleIndex,
    needArticleIndex,
    latest,
    needLatest,
    cards,
    cardsKnown,
    needCards,
  }
})
