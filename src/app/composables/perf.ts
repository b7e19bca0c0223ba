/** Performance marks read by the benchmark (tests/bench/app.bench.ts); each is set once per page load. */
export const FIRST_VIEW_MARK = 'nmg:first-view'
export const FIRST_CHART_MARK = 'nmg:first-chart'
export const DATA_READY_MARK = 'nmg:data-ready'

export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(name).length === 0) performance.mark(name)
}

/** Resolves once the mark is set (at once if it is), or after `timeoutMs` whatever happens. */
export function afterMark(name: string, timeoutMs: number): Promise<void> {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return Promise.resolve()
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null
    const done = () => {
      observer?.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(name).length > 0) done()
      })
      observer.observe({ type: 'mark' })
    } catch {
      // No observer: the timeout alone.
    }
  })
}
