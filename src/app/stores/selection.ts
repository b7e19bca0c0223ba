import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { defaultIndicatorIn, explorerIndicatorsIn, figureYearsWithin, reportedIn, resolveIndicatorIn } from '../data/catalogue.ts'
import { filterFigures } from '../data/figures.ts'
import { useDatasetStore } from './dataset.ts'
import { explorerQuery, parseExplorerQuery, selectionFilter, type ExplorerSelection } from '../url/explorer.ts'

/**
 * The explorer's selection is derived from the route, never stored beside it: the URL is the state, so a link
 * reproduces the view and the back button undoes a change.
 */
export const useSelectionStore = defineStore('selection', () => {
  const route = useRoute()
  const router = useRouter()
  const data = useDatasetStore()

  const reported = computed(() => (data.catalogue ? reportedIn(data.catalogue) : null))

  /**
   * The URL's selection less the metrics and regions the pages do not report (a route note names them), so a
   * stale or mistyped link shows the defaults rather than empty charts.
   */
  const selection = computed<ExplorerSelection>(() => {
    const parsed = parseExplorerQuery(route.query)
    const known = reported.value
    if (!known) return parsed
    // `metric` names indicators; a family key of an older link (cargo_volume) reads as its main indicator.
    const catalogue = data.catalogue!
    const metrics = [...new Set(parsed.metrics.map((m) => resolveIndicatorIn(m, catalogue)).filter((m): m is string => m !== null))]
    return { ...parsed, metrics, regions: parsed.regions.filter((r) => known.regions.has(r)) }
  })

  /** The indicator shown when the URL names none: a headline indicator the pages report, else the most reported. */
  const defaultMetric = computed<string | null>(() => (data.catalogue ? defaultIndicatorIn(data.catalogue) : null))

  const metrics = computed(() => (data.catalogue ? explorerIndicatorsIn(selection.value.metrics, data.catalogue) : selection.value.metrics))

  /**
   * The years of figures fetched per indicator: the selected ones, or the latest of them that fit FIGURES_BUDGET
   * (`narrowed`), so ten years of a much-reported indicator never land in the page at once.
   */
  const fetched = computed(() => {
    const out = new Map<string, { years: [number, number] | null; narrowed: boolean }>()
    for (const m of metrics.value) out.set(m, data.catalogue && !data.complete ? figureYearsWithin(data.catalogue, m, selection.value.years) : { years: selection.value.years ? [...selection.value.years] : null, narrowed: false })
    return out
  })

  /** True when the figures the selection needs have arrived (see the dataset store): until then `matching` is partial. */
  const figuresReady = computed(() => metrics.value.every((m) => data.hasFigures(m, fetched.value.get(m)?.years ?? null)))

  /** Figures matching the whole selection, of those that have arrived. */
  const matching = computed(() => filterFigures(data.dataset?.figures ?? [], { ...selectionFilter(selection.value), metrics: metrics.value }))

  function update(patch: Partial<ExplorerSelection>, options: { replace?: boolean } = {}) {
    const next = { ...selection.value, ...patch }
    // The search box's query rides along (it is the box's, not the explorer's), so a link keeps both.
    const q = typeof route.query.q === 'string' && route.query.q ? { q: route.query.q } : {}
    const location = { name: 'explore', query: { ...explorerQuery(next), ...q } }
    return options.replace ? router.replace(location) : router.push(location)
  }

  return { selection, metrics, matching, fetched, figuresReady, defaultMetric, update }
})
