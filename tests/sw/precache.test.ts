import { describe, expect, it } from 'vitest'
import { OFFLINE_HEADER as APP_OFFLINE_HEADER } from '../../src/app/data/loadDataset'
import { cacheName, isImmutable, OFFLINE_HEADER, precacheKey, precacheUrls, respond, staleCaches, type CacheLike, type RespondEnv } from '../../src/sw/precache'
import { shouldRegister } from '../../src/sw/register'

const SCOPE = 'https://data.example.cn/some/sub/path/'

describe('precache list and cache names', () => {
  it('lists the site’s files, not the worker, the single-file build or the scripts for other sites, plus the folder itself', () => {
    const files = ['sw.js', 'standalone.html', 'index.html', 'embed.html', 'assets/index-abc.js', 'data/dataset.json', 'assets/x.js.map', 'embed\\loader.js', 'embed/chunks/map-1.js']
    expect(precacheUrls(files)).toEqual(['./', 'assets/index-abc.js', 'data/dataset.json', 'embed.html', 'index.html'])
  })

  it('leaves the per-view data shards (a file per indicator-year and per page) to be fetched when needed, but caches the catalogue', () => {
    const files = ['index.html', 'data/catalogue.json', 'data/series/gdp/2024.json', 'data/provenance/page-000001.txt.json']
    expect(precacheUrls(files)).toEqual(['./', 'data/catalogue.json', 'index.html'])
  })

  it('deletes only the older caches of the same copy of the site', () => {
    const names = [cacheName(SCOPE, 'v1'), cacheName(SCOPE, 'v2'), cacheName('https://data.example.cn/other/', 'v1'), 'someone-else']
    expect(staleCaches(names, SCOPE, 'v2')).toEqual([cacheName(SCOPE, 'v1')])
    expect(staleCaches(names, SCOPE, 'v3')).toEqual([cacheName(SCOPE, 'v1'), cacheName(SCOPE, 'v2')])
  })

  it('treats content-hashed files as never changing', () => {
    expect(isImmutable('assets/index-abc.js')).toBe(true)
    expect(isImmutable('index.html')).toBe(false)
    expect(isImmutable('data/dataset.json')).toBe(false)
    expect(isImmutable('embed/nmg-chart.js')).toBe(false)
  })
})

describe('which requests the worker answers', () => {
  const precached = new Set([SCOPE, SCOPE + 'index.html', SCOPE + 'data/dataset.json'])
  const env = { scope: SCOPE, precached }
  const request = (url: string, mode: RequestMode = 'cors', method = 'GET') => ({ url, mode, method })

  it('matches pages whatever their query or hash', () => {
    expect(precacheKey(request(SCOPE + '?utm=x#/explore?metric=gdp', 'navigate'), env)).toBe(SCOPE)
    expect(precacheKey(request(SCOPE + 'index.html', 'navigate'), env)).toBe(SCOPE + 'index.html')
  })

  it('matches data by exact URL, and leaves everything else to the browser', () => {
    expect(precacheKey(request(SCOPE + 'data/dataset.json'), env)).toBe(SCOPE + 'data/dataset.json')
    expect(precacheKey(request(SCOPE + 'data/dataset.json?v=2'), env)).toBeNull()
    expect(precacheKey(request(SCOPE + 'data/dataset.json', 'cors', 'POST'), env)).toBeNull()
    expect(precacheKey(request('https://data.example.cn/other/index.html', 'navigate'), env)).toBeNull()
    expect(precacheKey(request('https://cdn.example.com/x.js'), env)).toBeNull()
  })
})

function memoryCache(entries: Record<string, string>): CacheLike {
  return { match: async (key) => (typeof key === 'string' && key in entries ? new Response(entries[key]) : undefined) }
}

function envWith(cache: Record<string, string>, fetchImpl: RespondEnv['fetch'], timeout = 50): RespondEnv {
  return { scope: SCOPE, precached: new Set(Object.keys(cache)), cache: async () => memoryCache(cache), fetch: fetchImpl, networkTimeoutMs: timeout }
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'))
const never = () => new Promise<Response>(() => {})

describe('how the worker answers', () => {
  const page = SCOPE + 'index.html'
  const code = SCOPE + 'assets/index-abc.js'

  it('serves pages and data from the network when it answers', async () => {
    const response = await respond(new Request(page), page, envWith({ [page]: 'old' }, async () => new Response('new')))
    expect(await response.text()).toBe('new')
  })

  it('serves the cached copy when offline, or when the network is too slow', async () => {
    expect(await (await respond(new Request(page), page, envWith({ [page]: 'cached' }, offline))).text()).toBe('cached')
    expect(await (await respond(new Request(page), page, envWith({ [page]: 'cached' }, never))).text()).toBe('cached')
  })

  it('marks a copy it served because the network failed, so the app stops asking the network for shards', async () => {
    const offlineCopy = await respond(new Request(page), page, envWith({ [page]: 'cached' }, offline))
    expect(offlineCopy.headers.get(OFFLINE_HEADER)).toBe('1')
    const fromNetwork = await respond(new Request(page), page, envWith({ [page]: 'cached' }, async () => new Response('new')))
    expect(fromNetwork.headers.get(OFFLINE_HEADER)).toBeNull()
    // A server's error is no sign of being offline.
    const afterError = await respond(new Request(page), page, envWith({ [page]: 'cached' }, async () => new Response('gone', { status: 500 })))
    expect(afterError.headers.get(OFFLINE_HEADER)).toBeNull()
    // The app reads the header under the same name (it imports nothing from the worker's folder).
    expect(APP_OFFLINE_HEADER).toBe(OFFLINE_HEADER)
  })

  it('serves the cached copy when the server answers with an error', async () => {
    const response = await respond(new Request(page), page, envWith({ [page]: 'cached' }, async () => new Response('gone', { status: 404 })))
    expect(await response.text()).toBe('cached')
  })

  it('serves content-hashed code from the cache without asking the network', async () => {
    let asked = 0
    const response = await respond(new Request(code), code, envWith({ [code]: 'cached code' }, async () => (asked++, new Response('net'))))
    expect(await response.text()).toBe('cached code')
    expect(asked).toBe(0)
  })

  it('fails like the network when nothing is cached', async () => {
    await expect(respond(new Request(page), page, envWith({}, offline))).rejects.toThrow('Failed to fetch')
  })
})

describe('registration', () => {
  it('happens on the hosted site only: never on file://, in development or without support', () => {
    expect(shouldRegister('https:', true, false)).toBe(true)
    expect(shouldRegister('http:', true, false)).toBe(true)
    expect(shouldRegister('file:', true, false)).toBe(false)
    expect(shouldRegister('https:', true, true)).toBe(false)
    expect(shouldRegister('https:', false, false)).toBe(false)
  })
})
