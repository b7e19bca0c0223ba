/**
 * The service worker of the hosted dashboard (built into dist/sw.js with the list of files of its build).
 * After one visit the site works offline; a new build installs a new cache and deletes the old one.
 */
import { cacheName, precacheKey, respond, staleCaches, type PrecacheManifest } from './precache.ts'

declare const __NMG_PRECACHE__: PrecacheManifest

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}

interface WorkerScope {
  readonly registration: { readonly scope: string }
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
}

const worker = self as unknown as WorkerScope
const manifest = __NMG_PRECACHE__
const scope = worker.registration.scope
const CACHE = cacheName(scope, manifest.version)
const precached = new Set(manifest.urls.map((u) => new URL(u, scope).href))

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: the HTTP cache may hold files of an earlier build under the same name (index.html, data).
      .then((cache) => cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  )
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(staleCaches(names, scope, manifest.version).map((name) => caches.delete(name)))),
  )
})

worker.addEventListener('fetch', (event) => {
  const key = precacheKey(event.request, { scope, precached })
  if (!key) return
  event.respondWith(
    respond(event.request, key, {
      scope,
      precached,
      cache: () => caches.open(CACHE),
      fetch: (request) => fetch(request),
      networkTimeoutMs: 4000,
    }),
  )
})
