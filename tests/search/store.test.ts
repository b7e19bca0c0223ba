import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useSearchStore } from '../../src/app/stores/search'
import { engineFor } from './engineFor'
import { fixtureDataset } from './fixtures/dataset'

const openFixture = async () => engineFor(fixtureDataset).engine

describe('search store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('loads the engine once, on first use, and searches what was typed meanwhile', async () => {
    const store = useSearchStore()
    let loads = 0
    const load = () => (loads++, openFixture())
    expect(store.status).toBe('idle')
    void store.setQuery('货运量')
    expect(store.results).toBeNull()
    await Promise.all([store.ensureLoaded(load), store.ensureLoaded(load)])
    expect(loads).toBe(1)
    expect(store.status).toBe('ready')
    expect(store.results?.figures.map((h) => h.id)).toEqual(['f1'])
  })

  it('reports a failed load instead of throwing', async () => {
    const store = useSearchStore()
    await store.ensureLoaded(() => Promise.reject(new Error('data/search/manifest.json answered 404')))
    expect(store.status).toBe('error')
    expect(store.error).toContain('404')
  })

  it('moves the highlight through figures then articles, wrapping around', async () => {
    const store = useSearchStore()
    await store.ensureLoaded(openFixture)
    await store.setQuery('达茂旗')
    expect(store.hits.map((h) => h.kind)).toEqual(['figure', 'article'])
    store.move(1)
    expect(store.activeHit?.kind).toBe('figure')
    store.move(1)
    expect(store.activeHit?.kind).toBe('article')
    store.move(1)
    expect(store.activeHit?.kind).toBe('figure')
    store.move(-1)
    expect(store.activeHit?.kind).toBe('article')
  })

  it('filters by a facet, and a new query starts unfiltered', async () => {
    const store = useSearchStore()
    await store.ensureLoaded(openFixture)
    await store.setQuery('投资')
    expect(store.results?.figures).toHaveLength(2)
    await store.toggleFilter('region', '150100')
    expect(store.results?.figures.map((h) => h.id)).toEqual(['f4'])
    await store.toggleFilter('region', '150100')
    expect(store.results?.figures).toHaveLength(2)
    await store.toggleFilter('region', '150100')
    await store.setQuery('固定资产投资')
    expect(store.filters.region).toBeNull()
    expect(store.results?.figures).toHaveLength(2)
  })
})
