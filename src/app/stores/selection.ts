import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { CORE_METRICS } from '../../model'
import { filterFigures, summarizeMetrics } from '../data/figures'
import { useDatasetStore } from './dataset'
import { explorerQuery, parseExplorerQuery, selectionFilter, type ExplorerSelection } from './explorerQuery'

/**
 * The explorer's selection is derived from the route, never stored beside it: the URL is the state, so a link
 * reproduces the view and the back button undoes a change.
 */
export const useSelectionStore = defineStore('selection', () => {
  const route = useRoute()
  const router = useRouter()
  const data = useDatasetStore()

  const selection = computed<ExplorerSelection>(() => parseExplorerQuery(route.query))

  const reported = computed(() => new Set((data.dataset?.figures ?? []).map((f) => f.metric)))

  /** The metric shown when the URL names none: a core metric the pages report, else the most reported. */
  const defaultMetric = computed<string | null>(() => {
    const core = CORE_METRICS.find((m) => reported.value.has(m))
    return core ?? summarizeMetrics(data.dataset?.figures ?? [])[0]?.metric ?? null
  })

  /** The metrics shown: those of the URL the pages report (a stale or mistyped one gets a route note), else the default. */
  const metrics = computed(() => {
    const asked = data.dataset ? selection.value.metrics.filter((m) => reported.value.has(m)) : selection.value.metrics
    return asked.length ? asked : defaultMetric.value ? [defaultMetric.value] : []
  })

  /** Figures matching the whole selection. */
  const matching = computed(() => filterFigures(data.dataset?.figures ?? [], { ...selectionFilter(selection.value), metrics: metrics.value }))

  function update(patch: Partial<ExplorerSelection>, options: { replace?: boolean } = {}) {
    const next = { ...selection.value, ...patch }
    // The search box's query rides along (it is the box's, not the explorer's), so a link keeps both.
    const q = typeof route.query.q === 'string' && route.query.q ? { q: route.query.q } : {}
    const location = { name: 'explore', query: { ...explorerQuery(next), ...q } }
    return options.replace ? router.replace(location) : router.push(location)
  }

  return { selection, metrics, matching, defaultMetric, update }
})
