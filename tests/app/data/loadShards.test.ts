import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { DatasetError, OFFLINE_HEADER } from '../../../src/app/data/loadDataset'
import { figureShardsFor } from '../../../src/app/data/catalogue'
import { fetchLoader, fetchReader, ShardLoader } from '../../../src/app/data/loadShards'
import { useDatasetStore } from '../../../src/app/stores/dataset'
import { shardedCorpus, shardSite, SITE } from './shardSite'
import { CATALOGUE_PATH, linesPath, provenancePath, stemOfId } from '../../../src/model/shards'

// A small corpus over several years: several indicators, each in several year shards, and many pages.
const { corpus, dataset, shards, catalogue } = shardedCorpus(40, 12)
const BASE = SITE
const site = (damage: Record<string, number | string> = {}) => shardSite(shards, damage)

const indicator = catalogue.indicators[0].indicator
const dated = catalogue.series.filter((e) => e.indicator === indicator && e.year !== 'undated').map((e) => Number(e.year))
const lastYear = Math.max(...dated)

describe('shard loader: what each view fetches', () => {
  it('has a multi-shard corpus to work on (several indicators, each over several years)', () => {
    expect(catalogue.indicators.length).toBeGreaterThan(3)
    expect(new Set(dated).size).toBeGreaterThan(2)
    expect(shards.size).toBeGreaterThan(50)
  })

  it('the first chart: the catalogue, then the lines of the indicator shown, nothing else', async () => {
    const { asked, loader } = site()
    const lines = await loader.lines(indicator)
    expect(asked).toEqual([CATALOGUE_PATH, linesPath(indicator)])
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((l) => l.indicator === indicator)).toBe(true)
  })

  it("the explorer's figures for a year range: only that indicator's shards of those years", async () => {
    const { asked, loader } = site()
    const { figures } = await loader.figures(indicator, [lastYear, lastYear])
    const expected = figureShardsFor(catalogue, indicator, [lastYear, lastYear]).map((e) => e.path)
    expect(asked).toEqual([CATALOGUE_PATH, ...expected])
    expect(expected.length).toBeLessThan(catalogue.series.filter((e) => e.indicator === indicator).length)
    // Every figure of the indicator touching that year, and no other figure.
    const touching = dataset.figures.filter((f) => f.indicator === indicator && (f.period.end ?? f.period.start)?.startsWith(String(lastYear)))
    expect(figures.map((f) => f.id).sort()).toEqual(touching.map((f) => f.id).sort())
  })

  it('all years of an indicator: its shards, undated included, never another indicator’s', async () => {
    const { asked, loader } = site()
    const { figures } = await loader.figures(indicator, null)
    expect(asked.slice(1).every((p) => catalogue.series.some((e) => e.path === p && e.indicator === indicator))).toBe(true)
    expect(figures.length).toBe(dataset.figures.filter((f) => f.indicator === indicator).length)
  })

  it('opening a source: the page of that figure only, with its quote and its article’s text', async () => {
    const { asked, loader } = site()
    const figure = dataset.figures[dataset.figures.length - 1]
    const page = await loader.page(figure.id)
    expect(asked).toEqual([CATALOGUE_PATH, provenancePath(stemOfId(figure.id)!)])
    expect(page!.figures.find((f) => f.id === figure.id)?.source.quote).toBe(figure.source.quote)
    expect(page!.articles.find((a) => a.id === figure.source.articleId)?.text.length).toBeGreaterThan(0)
  })

  it('reads each shard once, however many views ask', async () => {
    const { asked, loader } = site()
    await Promise.all([loader.lines(indicator), loader.lines(indicator), loader.figures(indicator, null), loader.figures(indicator, null)])
    expect(asked.length).toBe(new Set(asked).size)
  })

  it('everything (the whole-dataset download): every page, in page order, with progress', async () => {
    const { loader } = site()
    const progress: number[] = []
    const whole = await loader.all((done, total) => progress.push(total - done))
    expect(whole.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id))
    expect(whole.articles.map((a) => a.id)).toEqual(dataset.articles.map((a) => a.id))
    expect(progress.at(-1)).toBe(0)
    expect(progress.length).toBeGreaterThan(corpus.pages.length / 2)
  })
})

describe('shard loader: a damaged build says which file', () => {
  it('a missing shard: its path and the status', async () => {
    const path = figureShardsFor(catalogue, indicator, [lastYear, lastYear])[0].path
    const { loader } = site({ [path]: 404 })
    const error = await loader.figures(indicator, [lastYear, lastYear]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as DatasetError).message).toContain(`/site/${path}`)
    expect((error as DatasetError).message).toContain('404')
    expect((error as DatasetError).failure).toMatchObject({ reason: 'http', path: `/site/${path}` })
  })

  it('a truncated shard: its path, read as cut short', async () => {
    const path = linesPath(indicator)
    const text = shards.get(path)!
    const { loader } = site({ [path]: text.slice(0, text.length / 2) })
    const error = (await loader.lines(indicator).catch((e: unknown) => e)) as DatasetError
    expect(error.failure.reason).toBe('parse')
    expect(error.failure).toMatchObject({ cause: expect.stringContaining(`/site/${path}`) as unknown })
    expect(error.message).toMatch(/not valid JSON, perhaps cut short/)
  })

  it('a shard holding fewer figures than the catalogue says: its path and both counts', async () => {
    const entry = figureShardsFor(catalogue, indicator, null)[0]
    const shard = JSON.parse(shards.get(entry.path)!) as { figures: unknown[]; articles: unknown[] }
    const { loader } = site({ [entry.path]: JSON.stringify({ ...shard, figures: shard.figures.slice(1) }) })
    const error = (await loader.figures(indicator, null).catch((e: unknown) => e)) as DatasetError
    expect(error.message).toContain(entry.path)
    expect(error.message).toContain(`${entry.figures - 1} figures, the catalogue says ${entry.figures}`)
  })

  it('a figure that breaks the schema: the file, then the field by its path', async () => {
    const entry = figureShardsFor(catalogue, indicator, null)[0]
    const shard = JSON.parse(shards.get(entry.path)!) as { figures: Array<{ period: { start: unknown } }>; articles: unknown[] }
    shard.figures[0].period.start = '2023-13-45'
    const { loader } = site({ [entry.path]: JSON.stringify(shard) })
    const error = (await loader.figures(indicator, null).catch((e: unknown) => e)) as DatasetError
    expect(error.failure.reason).toBe('shape')
    expect(error.message).toContain(entry.path)
    expect(error.message).toContain('figures[0].period.start: expected YYYY-MM-DD or null')
  })

  it('a missing catalogue fails the load with its path; a later try may succeed', async () => {
    let down = true
    const fetchImpl = (async (input: URL | RequestInfo) => {
      if (down) return new Response('', { status: 503, statusText: 'Service Unavailable' })
      return new Response(shards.get(new URL(String(input)).pathname.slice('/site/'.length))!, { status: 200 })
    }) as typeof fetch
    const loader = new ShardLoader(fetchReader(BASE, fetchImpl))
    await expect(loader.catalogue()).rejects.toThrow(`/site/${CATALOGUE_PATH} answered 503 Service Unavailable`)
    down = false
    await expect(loader.catalogue()).resolves.toMatchObject({ schemaVersion: 2 })
  })
})

describe('dataset store over shards', () => {
  it('is ready with the catalogue alone, then holds only what views asked for', async () => {
    setActivePinia(createPinia())
    const store = useDatasetStore()
    const { asked, loader } = site()
    await store.load(loader)
    expect(store.status).toBe('ready')
    expect(store.dataset?.figures).toEqual([])
    expect(asked).toEqual([CATALOGUE_PATH])
    await store.needFigures([indicator], [lastYear, lastYear])
    expect(store.hasFigures(indicator, [lastYear, lastYear])).toBe(true)
    expect(store.hasFigures(indicator, null)).toBe(false)
    expect(store.dataset!.figures.length).toBeGreaterThan(0)
    expect(store.dataset!.figures.every((f) => f.indicator === indicator)).toBe(true)
    // The cited articles' headlines came along, for source lines and exports.
    const f = store.dataset!.figures[0]
    expect(store.index!.articleById.get(f.source.articleId)?.headline).toBe(dataset.articles.find((a) => a.id === f.source.articleId)!.headline)
  })

  it('says which shard failed beside the view, and keeps the catalogue', async () => {
    setActivePinia(createPinia())
    const store = useDatasetStore()
    const { loader } = site({ [linesPath(indicator)]: 404 })
    await store.load(loader)
    await store.needLines([indicator])
    expect(store.status).toBe('ready')
    expect(store.shardError?.message).toContain(linesPath(indicator))
  })

  it('reads the whole dataset, not the shards, once the service worker says it answered from its offline cache', async () => {
    // The build wrote the whole dataset's file; offline, the worker holds it (and the catalogue), not the shards.
    const withWhole = shardedCorpus(40, 12, () => ({ whole: 'data/dataset.json' }))
    const files = new Map(withWhole.shards).set('data/dataset.json', JSON.stringify(withWhole.dataset))
    const asked: string[] = []
    const precached = new Set([CATALOGUE_PATH, 'data/dataset.json'])
    const fetchImpl = (async (input: URL | RequestInfo) => {
      const path = new URL(String(input)).pathname.slice('/site/'.length)
      asked.push(path)
      // What the worker does when the network fails: the cached copy, marked; nothing for a file it never cached.
      if (!precached.has(path)) throw new TypeError('Failed to fetch')
      return new Response(files.get(path)!, { status: 200, headers: { [OFFLINE_HEADER]: '1' } })
    }) as typeof fetch
    setActivePinia(createPinia())
    const store = useDatasetStore()
    await store.load(fetchLoader(BASE, fetchImpl))
    await store.needLines([indicator])
    await store.needFigures([indicator], null)
    expect(asked).toEqual([CATALOGUE_PATH, 'data/dataset.json'])
    expect(store.complete).toBe(true)
    expect(store.shardError).toBeNull()
    expect(store.dataset!.figures.length).toBe(withWhole.dataset.figures.length)
  })

  it('takes an unknown page for a mistyped link, not a broken build', async () => {
    setActivePinia(createPinia())
    const store = useDatasetStore()
    const { loader } = site()
    await store.load(loader)
    await store.needPage('no-such-page:12')
    expect(store.hasPage('no-such-page:12')).toBe(true)
    expect(store.shardError).toBeNull()
    expect(store.index?.figureById.has('no-such-page:12')).toBe(false)
  })
})
