/**
 * Registers the service worker on the hosted site. Never on file:// (the single-file build is offline already and
 * browsers refuse service workers there) and never in development (it would serve stale modules).
 */
export function shouldRegister(protocol: string, supported: boolean, dev: boolean): boolean {
  return supported && !dev && (protocol === 'https:' || protocol === 'http:')
}

/**
 * Performance marks the app sets once its first view or first chart is on screen (src/app/composables/perf.ts
 * names them; this folder imports nothing of the app's, so the names are matched here by their prefix).
 */
export const FIRST_PAINT_MARK_PREFIX = 'nmg:first-'

/** Longest wait for such a mark: a view without one (an article, the about page) still gets its offline copy. */
export const REGISTER_AFTER_MS = 4000

/**
 * Resolves once the page has shown what it was opened for: a `nmg:first-…` mark is set (at once if one is), or
 * `maxMs` have passed. Installing the worker precaches every file of the build, which on a first visit would
 * compete with the first chart for the CPU and the network (measured: a fifth of the busy time before it on a slow
 * device), so it waits for this and then for an idle moment.
 */
export function afterFirstPaint(maxMs: number, perf: Performance | undefined = globalThis.performance, everyMs = 200): Promise<void> {
  const started = Date.now()
  const marked = () => perf?.getEntriesByType('mark').some((m) => m.name.startsWith(FIRST_PAINT_MARK_PREFIX)) ?? false
  // A look every 200 ms: a few cheap calls while the page loads, and no observer to set up and tear down.
  return new Promise((resolve) => {
    const look = () => (marked() || Date.now() - started >= maxMs ? resolve() : setTimeout(look, everyMs))
    look()
  })
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 })
    else setTimeout(resolve, 0)
  })
}

if (typeof window !== 'undefined' && shouldRegister(location.protocol, 'serviceWorker' in navigator, import.meta.env.DEV)) {
  window.addEventListener('load', () => {
    void afterFirstPaint(REGISTER_AFTER_MS)
      .then(whenIdle)
      // Relative: the site may live under any path; the worker's scope is its folder.
      .then(() => navigator.serviceWorker.register('./sw.js'))
      .catch((error: unknown) => console.warn('offline cache unavailable:', error))
  })
}
