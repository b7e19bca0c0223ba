/** Performance marks read by the benchmark (tests/bench/app.bench.ts); each is set once per page load. */
export const FIRST_VIEW_MARK = 'nmg:first-view'
export const FIRST_CHART_MARK = 'nmg:first-chart'
export const DATA_READY_MARK = 'nmg:data-ready'

export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(name).length === 0) performance.mark(name)
}
