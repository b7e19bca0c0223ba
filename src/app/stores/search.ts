import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ArticleHit, FigureHit, SearchEngine, SearchFilters, SearchResults } from '../../search/engine.ts'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'
export type FacetKind = keyof SearchFilters
export type SearchHit = FigureHit | ArticleHit

/** Hits shown per group; the totals say how many more there are. */
export const HITS_PER_GROUP = 10

/**
 * Opens the engine: the code comes in by dynamic import and reads the search manifest; each query then fetches
 * the posting shards and stored fields it needs. The dataset is not needed.
 */
async function openEngine(): Promise<SearchEngine> {
  const { loadSearchEngine } = await import('../../search/load.ts')
  return loadSearchEngine()
}

/**
 * What the search box shows: the query, the results grouped into figures and articles, facet filters and the
 * highlighted hit. The engine is loaded the first time search is used, never on page load.
 */
export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const open = ref(false)
  const status = ref<SearchStatus>('idle')
  const error = ref('')
  const results = shallowRef<SearchResults | null>(null)
  /** For a query that found nothing, the name one typo away (货运亮 → 货运量), or null. */
  const suggestion = ref<string | null>(null)
  const filters = ref<SearchFilters>({ metric: null, region: null, year: null })
  /** Position of the highlighted hit in `hits`, or -1. */
  const active = ref(-1)
  let engine: SearchEngine | null = null
  let loading: Promise<void> | null = null

  const hits = computed<SearchHit[]>(() => (results.value ? [...results.value.figures, ...results.value.articles] : []))
  const activeHit = computed<SearchHit | null>(() => hits.value[active.value] ?? null)

  /** Queries answer in the order they were typed: an answer to an older query than the last is dropped. */
  let latest = 0

  /** Searches the current query; resolves once its results (or its error) are shown. */
  async function run(): Promise<void> {
    active.value = -1
    const ticket = ++latest
    if (!engine || query.value.trim() === '') {
      results.value = null
      suggestion.value = null
      return
    }
    const q = query.value
    try {
      const found = await engine.search(q, { filters: filters.value, limit: HITS_PER_GROUP })
      const none = found.totalFigures + found.totalArticles === 0
      const typo = none ? await engine.suggest(q) : null
      if (ticket !== latest) return
      results.value = found
      suggestion.value = typo
      if (status.value === 'error') {
        status.value = 'ready'
        error.value = ''
      }
    } catch (e) {
      if (ticket !== latest) return
      status.value = 'error'
      error.value = (e as Error).message || String(e)
    }
  }

  /** Loads the engine once; later calls wait for the same load. */
  function ensureLoaded(load: () => Promise<SearchEngine> = openEngine): Promise<void> {
    if (engine) return Promise.resolve()
    loading ??= (async () => {
      status.value = 'loading'
      try {
        engine = await load()
        status.value = 'ready'
        error.value = ''
        await run()
      } catch (e) {
        status.value = 'error'
        error.value = (e as Error).message || String(e)
      } finally {
        loading = null
      }
    })()
    return loading
  }

  /** A new query starts unfiltered: the filters of the last one may name nothing it finds. */
  function setQuery(text: string): Promise<void> {
    if (text === query.value) return Promise.resolve()
    query.value = text
    filters.value = { metric: null, region: null, year: null }
    return run()
  }

  function toggleFilter(kind: FacetKind, value: string): Promise<void> {
    filters.value = { ...filters.value, [kind]: filters.value[kind] === value ? null : value }
    return run()
  }

  function clearFilters(): Promise<void> {
    filters.value = { metric: null, region: null, year: null }
    return run()
  }

  /** Moves the highlight through the hits, wrapping around; -1 means the input itself. */
  function move(delta: 1 | -1): void {
    const n = hits.value.length
    if (n === 0) return
    active.value = active.value < 0 ? (delta > 0 ? 0 : n - 1) : (active.value + delta + n) % n
  }

  return { query, open, status, error, results, suggestion, filters, active, hits, activeHit, run, ensureLoaded, setQuery, toggleFilter, clearFilters, move }
})
