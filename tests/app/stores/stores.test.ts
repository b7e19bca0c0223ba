import { createPinia, setActivePinia } from 'pinia'
import { createApp, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { useDatasetStore } from '../../../src/app/stores/dataset'
import { useSelectionStore } from '../../../src/app/stores/selection'
import { DATASET } from '../fixtures/dataset'

async function setup(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: {} },
      { path: '/explore', name: 'explore', component: {} },
    ],
  })
  const app = createApp({})
  const pinia = createPinia()
  app.use(router)
  app.use(pinia)
  setActivePinia(pinia)
  await router.push(path)
  return { app, router, pinia }
}

describe('dataset store', () => {
  it('keeps the dataset out of deep reactivity and indexes it once', async () => {
    await setup('/')
    const store = useDatasetStore()
    await store.load(async () => DATASET)
    expect(store.status).toBe('ready')
    // The very object that was loaded, not a reactive proxy of it.
    expect(store.dataset).toBe(DATASET)
    expect(store.index?.figureById.get('gdp-2024')).toBe(DATASET.figures.find((f) => f.id === 'gdp-2024'))
  })

  it('reports a failed load with its message', async () => {
    await setup('/')
    const store = useDatasetStore()
    await store.load(async () => {
      throw new Error('the data file is not valid JSON')
    })
    expect(store.status).toBe('error')
    expect(store.error).toContain('not valid JSON')
  })
})

describe('selection store (derived from the route)', () => {
  it('reads the selection from the URL and filters the figures', async () => {
    const { app } = await setup('/explore?metric=gdp&regions=150200')
    const data = useDatasetStore()
    data.use(DATASET)
    const selection = app.runWithContext(() => useSelectionStore())
    expect(selection.metrics).toEqual(['gdp'])
    expect(selection.matching.map((f) => f.id)).toEqual(['gdp-2024-baotou', 'gdp-2024-kundulun'])
  })

  it('falls back to a core metric the pages report', async () => {
    const { app } = await setup('/explore')
    useDatasetStore().use(DATASET)
    const selection = app.runWithContext(() => useSelectionStore())
    expect(selection.metrics).toEqual(['gdp'])
  })

  it('pushes changes to the URL, so back undoes them', async () => {
    const { app, router } = await setup('/explore?metric=gdp')
    useDatasetStore().use(DATASET)
    const selection = app.runWithContext(() => useSelectionStore())
    await selection.update({ view: 'table', fig: 'gdp-2024' })
    expect(router.currentRoute.value.fullPath).toBe('/explore?metric=gdp&view=table&fig=gdp-2024')
    expect(selection.selection.fig).toBe('gdp-2024')
    router.back()
    await new Promise((r) => setTimeout(r, 0))
    await nextTick()
    expect(selection.selection.view).toBe('time')
    expect(selection.selection.fig).toBeNull()
  })
})
