import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ArticleHit, FigureHit, SearchEngine, SearchFilters, SearchResults } from '../../search/engine.ts'
import { useDatasetStore } from './dataset.ts'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'
export type FacetKind = keyof SearchFilters
export type SearchHit = FigureHit | ArticleHit

/** Hits shown per group; the totals say how many more there are. */
export const HITS_PER_GROUP = 10

/** Opens the engine: waits for the dataset, then fetches the index. The code comes in by dynamic import. */
async function openEngine(): Promise<SearchEngine> {
  const data = useDatasetStore()
  await data.load()
  // The engine indexes every figure and article: search needs the whole dataset.
  await data.loadAll()
  if (!data.dataset || !data.complete) throw new Error(data.shardError?.message || data.error || 'dataset not loaded')
  const { loadSearchEngine } = await import('../../search/load.ts')
  return loadSearchEngine(data.dataset)
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
  const filters = ref<SearchFilters>({ metric: null, region: null, year: null })
  /** Position of the highlighted hit in `hits`, or -1. */
  const active = ref(-1)
  let engine: SearchEngine | null = null
  let loading: Promise<void> | null = null

  const hits = computed<SearchHit[]>(() => (results.value ? [...results.value.figures, ...results.value.articles] : []))
  const activeHit = computed<SearchHit | null>(() => hits.value[active.value] ?? null)

  function run(): void {
    active.value = -1
    if (!engine || query.value.trim() === '') {
      results.value = null
      return
    }
    results.value = engine.search(query.value, { filters: filters.value, limit: HITS_PER_GROUP })
  }

  /** Loads the engine once; later calls wait for the same load. */
  function ensureLoaded(load: () => Promise<SearchEngine> = openEngine): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
    loading ??= (async () => {
      status.value = 'loading'
      try {
        engine = await load()
        status.value = 'ready'
        error.value = ''
        run()
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
  function setQuery(text: string): void {
    if (text === query.value) return
    query.value = text
    filters.value = { metric: null, region: null, year: null }
    run()
  }

  function toggleFilter(kind: FacetKind, value: string): void {
    filters.value = { ...filters.value, [kind]: filters.value[kind] === value ? null : value }
    run()
  }

  function clearFilters(): void {
    filters.value = { metric: null, region: null, year: null }
    run()
  }

  /** Moves the highlight through the hits, wrapping around; -1 means the input itself. */
  function move(delta: 1 | -1): void {
    const n = hits.value.length
    if (n === 0) return
    active.value = active.value < 0 ? (delta > 0 ? 0 : n - 1) : (active.value + delta + n) % n
  }

  return { query, open, status, error, results, filters, active, hits, activeHit, run, ensureLoaded, setQuery, toggleFilter, clearFilters, move }
})
