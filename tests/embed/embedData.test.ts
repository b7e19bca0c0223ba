import { describe, expect, it } from 'vitest'
import { latestIn, latestOf } from '../../src/app/data/figures'
import { CATALOGUE_PATH, LATEST_PATH, PAGES_PER_INDEX, type LatestFigures } from '../../src/model/shards'
import { shardedCorpus, shardSite } from '../app/data/shardSite'
import { embedDataset, embedLoads } from '../../src/embed/embedData'

// A generated corpus of several indicators over several years, served as the build writes it.
const { dataset, shards, catalogue } = shardedCorpus(120, 7, (d) => ({ latestOf: latestIn(d) }))
const site = () => shardSite(shards)

describe('the data of an embed', () => {
  const [first, second] = catalogue.indicators.map((e) => e.indicator)

  it('is the catalogue and the figure shards of the one indicator it charts, every year of it', async () => {
    const { asked, loader } = site()
    const data = await embedDataset(loader, { chart: 'time', metric: second, period: null })
    expect(asked[0]).toBe(CATALOGUE_PATH)
    expect(asked.slice(1).every((p) => p.startsWith(`data/series/${second}/`))).toBe(true)
    expect(data.figures.map((f) => f.id).sort()).toEqual(dataset.figures.filter((f) => f.indicator === second).map((f) => f.id).sort())
    // Source lines need the cited articles' headlines, not their text.
    const cited = new Set(data.figures.map((f) => f.source.articleId))
    expect(data.articles.map((a) => a.id).sort()).toEqual([...cited].sort())
    expect(data.articles.every((a) => a.text === '' && a.headline !== '')).toBe(true)
  })

  it('fetches only the years an embed names', async () => {
    const { asked, loader } = site()
    const years = catalogue.indicators.find((e) => e.indicator === first)!.years!
    const data = await embedDataset(loader, { chart: 'bar', metric: first, period: [years[1], years[1]] })
    expect(data.figures.length).toBeGreaterThan(0)
    expect(asked.filter((p) => p.startsWith('data/series/'))).toEqual(catalogue.series.filter((e) => e.indicator === first && e.year !== 'undated' && Number(e.year) >= years[1]).map((e) => e.path))
  })

  it('without a metric, or with one the build does not know, is the default indicator', async () => {
    const known = await embedDataset(site().loader, { chart: 'time', metric: null, period: null })
    const unknown = await embedDataset(site().loader, { chart: 'time', metric: 'no_such_indicator', period: null })
    const indicators = new Set(known.figures.map((f) => f.indicator))
    expect(indicators.size).toBe(1)
    expect(new Set(unknown.figures.map((f) => f.indicator))).toEqual(indicators)
  })

  it('is fetched once for embeds that need the same, again for one that needs another indicator', async () => {
    const { asked, loader } = site()
    const loadFor = embedLoads(loader)
    const a = loadFor({ chart: 'time', metric: first, period: null })
    expect(loadFor({ chart: 'time', metric: first, period: null })).toBe(a)
    await Promise.all([a(), a()])
    const once = asked.length
    await loadFor({ chart: 'map', metric: first, period: null })()
    expect(asked.length).toBe(once)
    await loadFor({ chart: 'time', metric: second, period: null })()
    expect(asked.some((p) => p.startsWith(`data/series/${second}/`))).toBe(true)
  })
})

describe('the latest figures', () => {
  it('give each indicator’s latest figure, the one the overview’s table shows, in a file of their own', () => {
    const latest = JSON.parse(shards.get(LATEST_PATH)!) as LatestFigures
    expect(catalogue.latest).toBe(LATEST_PATH)
    expect(Object.keys(latest).sort()).toEqual(catalogue.indicators.map((e) => e.indicator).sort())
    for (const e of catalogue.indicators) {
      const of = dataset.figures.filter((f) => f.indicator === e.indicator)
      expect(latest[e.indicator].id).toBe(latestOf(of, (f) => dataset.articles.find((a) => a.id === f.source.articleId)?.date ?? '').id)
    }
  })
})

describe('the list of articles', () => {
  it('comes in files of a few pages each, every article once, with its figure count', async () => {
    const files = catalogue.articleIndex.files
    expect(files).toBe(Math.ceil(new Set(dataset.articles.map((a) => a.file)).size / PAGES_PER_INDEX))
    const { asked, loader } = site()
    const listed = []
    for (let n = 0; n < files; n++) listed.push(...(await loader.articleIndex(n)).pages.flatMap((p) => p.articles))
    expect(listed.map((a) => a.id)).toEqual(dataset.articles.map((a) => a.id))
    for (const a of listed) expect(a.figures).toBe(dataset.figures.filter((f) => f.source.articleId === a.id).length)
    expect(asked.filter((p) => p !== CATALOGUE_PATH).every((p) => p.startsWith('data/articles/'))).toBe(true)
  })
})
