/**
 * The offline cache of the hosted dashboard, as plain functions shared by the service worker and the build:
 * which files are cached, under which name, how a request is answered.
 */

/** Written into sw.js at build time: every file of the build (paths relative to the site's folder) and a hash of them all. */
export interface PrecacheManifest {
  version: string
  urls: string[]
}

export const CACHE_PREFIX = 'nmg-dashboard'

/**
 * Set on a page or data file answered from the cache because the network failed or was too slow: the app then
 * reads the precached whole dataset instead of shards it could not fetch, rather than asking the network for each
 * (navigator.onLine says true behind a dead server or a captive network). src/app/data/loadDataset.ts reads it
 * under the same name (that folder imports nothing from this one; a test checks the two agree).
 */
export const OFFLINE_HEADER = 'x-nmg-offline'

/**
 * Files the service worker does not cache: itself, the single-file build (it is for file://, not for the site), and
 * the scripts other sites include (embed/): the worker never sees their requests, which come from other pages.
 */
export const NOT_PRECACHED = new Set(['sw.js', 'standalone.html'])
/**
 * The figure and page shards are one file per indicator-year and per page, so their number grows with the corpus:
 * fetched when a view needs them, never precached, nor are the lines (up to a megabyte per indicator). The catalogue
 * is; so is data/dataset.json when the build wrote one (a corpus small enough), which the app reads in place of a
 * shard it cannot fetch offline.
 */
const NOT_PRECACHED_FOLDERS = ['embed/', 'data/series/', 'data/provenance/', 'data/lines/', 'data/articles/']

/**
 * One cache per scope and build. The scope is part of the name because several copies of the dashboard may live
 * under different paths of one origin, and each must delete only its own old caches.
 */
export function cacheName(scope: string, version: string): string {
  return `${CACHE_PREFIX}:${scope}:${version}`
}

/** Caches of earlier builds of this copy of the site: deleted once the new build is active. */
export function staleCaches(names: readonly string[], scope: string, version: string): string[] {
  const own = `${CACHE_PREFIX}:${scope}:`
  const current = cacheName(scope, version)
  return names.filter((n) => n.startsWith(own) && n !== current)
}

/** The URLs to precache for the files of a build: the folder itself (its index.html) and every file but the excluded. */
export function precacheUrls(files: readonly string[]): string[] {
  const urls = files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !NOT_PRECACHED.has(f) && !NOT_PRECACHED_FOLDERS.some((d) => f.startsWith(d)) && !f.endsWith('.map'))
  return ['./', ...urls.sort()]
}

/** Content-hashed files never change under their name, so the cache answers them without asking the network. */
export function isImmutable(path: string): boolean {
  return path.startsWith('assets/')
}

export interface CacheLike {
  match(request: Request | string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined>
}

export interface RespondEnv {
  /** The registration's scope, e.g. `https://example.org/some/sub/path/`. */
  scope: string
  precached: ReadonlySet<string>
  cache: () => Promise<CacheLike>
  fetch: (request: Request) => Promise<Response>
  /** How long a page or data request waits for the network before the cached copy is used. */
  networkTimeoutMs: number
}

/** The precached URL a request stands for, or null when the service worker should leave it to the browser. */
export function precacheKey(request: Pick<Request, 'url' | 'method' | 'mode'>, env: Pick<RespondEnv, 'scope' | 'precached'>): string | null {
  if (request.method !== 'GET') return null
  const url = new URL(request.url)
  url.hash = ''
  // Pages are the same whatever their query; data and code are cached by exact URL.
  if (request.mode === 'navigate') url.search = ''
  const key = url.href
  if (!key.startsWith(env.scope)) return null
  return env.precached.has(key) ? key : null
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms)
    promise.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(timer)
        reject(e)
      },
    )
  })
}

/**
 * Answers a precached request. Content-hashed code comes from the cache first. Pages and data ask the network
 * first, so a new deployment shows at once, and fall back to the cache when it fails or is slow. The cache is
 * written only when a build is installed, so what it holds is always one consistent build.
 */
export async function respond(request: Request, key: string, env: RespondEnv): Promise<Response> {
  const cache = await env.cache()
  const path = key.slice(env.scope.length)
  if (isImmutable(path)) {
    const hit = await cache.match(key)
    return hit ?? env.fetch(request)
  }
  const network = env.fetch(request)
  // When the cache answers first, a late network failure is nobody's error.
  network.catch(() => undefined)
  try {
    const response = await withTimeout(network, env.networkTimeoutMs)
    if (response.ok) return response
    return (await cache.match(key)) ?? response
  } catch {
    // Offline or slow: the cached copy, marked; with none, the network is all there is (still pending or failed).
    const hit = await cache.match(key)
    return hit ? markedOffline(hit) : network
  }
}

function markedOffline(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set(OFFLINE_HEADER, '1')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
