/**
 * Registers the service worker on the hosted site. Never on file:// (the single-file build is offline already and
 * browsers refuse service workers there) and never in development (it would serve stale modules).
 */
export function shouldRegister(protocol: string, supported: boolean, dev: boolean): boolean {
  return supported && !dev && (protocol === 'https:' || protocol === 'http:')
}

if (typeof window !== 'undefined' && shouldRegister(location.protocol, 'serviceWorker' in navigator, import.meta.env.DEV)) {
  window.addEventListener('load', () => {
    // Relative: the site may live under any path; the worker's scope is its folder.
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('offline cache unavailable:', error))
  })
}
