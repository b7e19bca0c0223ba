import { describe, expect, it } from 'vitest'
import type { Segment } from '../../src/search/highlight'
import { engineFor } from './engineFor'
import { fixtureDataset } from './fixtures/dataset'

const { engine } = engineFor(fixtureDataset)
const ids = async (q: string) => {
  const r = await engine.search(q)
  return { figures: r.figures.map((h) => h.id), articles: r.articles.map((h) => h.id) }
}
const marked = (segments: Segment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')

describe('search engine on a hand-made dataset', () => {
  it('finds figures and articles for a Chinese indicator name', async () => {
    expect(await ids('货运量')).toEqual({ figures: ['f1'], articles: ['a1'] })
    expect((await ids('固定资产投资')).figures.sort()).toEqual(['f3', 'f4'])
  })

  it('finds a region by its full name, its short name and its aliases, in both directions', async () => {
    for (const q of ['达茂旗', '达尔罕茂明安联合旗', '达茂']) expect((await ids(q)).figures).toEqual(['f1'])
    expect((await ids('首府')).figures).toEqual(['f4'])
    expect((await ids('呼和浩特')).articles).toEqual(['a3'])
    expect((await ids('鄂尔多斯')).figures.sort()).toEqual(['f5', 'f6'])
  })

  it('finds Chinese names from English metric names and pinyin, with a prefix or a typo', async () => {
    expect((await ids('GDP')).figures[0]).toBe('f2')
    expect((await ids('cargo')).figures).toEqual(['f1'])
    expect((await ids('investment')).figures.sort()).toEqual(['f3', 'f4'])
    expect((await ids('eerduosi')).figures.sort()).toEqual(['f5', 'f6'])
    expect((await ids('baotou')).articles[0]).toBe('a5')
    expect((await ids('baotuo')).articles[0]).toBe('a5')
    expect((await ids('eerduo')).articles[0]).toBe('a4')
  })

  it('finds a figure by its value as written', async () => {
    expect((await ids('17875.5')).figures).toEqual(['f2'])
    expect((await ids('302万吨')).figures).toEqual(['f1'])
  })

  it('needs every term of a query, in any field', async () => {
    expect((await ids('包头 氢能')).articles).toEqual(['a5'])
    expect((await ids('呼和浩特 投资')).figures).toEqual(['f4'])
    expect(await ids('鄂尔多斯 货运量')).toEqual({ figures: [], articles: [] })
  })

  it('does not match when only scattered bigrams of the term are present', async () => {
    expect((await ids('产量稳')).articles).toEqual(['a4'])
    expect(await ids('氢能投资')).toEqual({ figures: [], articles: [] })
  })

  it('highlights the matched terms and their aliases in titles and snippets', async () => {
    const r = await engine.search('达茂旗')
    expect(marked(r.articles[0].snippet)).toContain('位于[达茂旗]的满都拉口岸')
    expect(marked((await engine.search('cargo')).figures[0].title)).toBe('进出口[货运量]')
    expect(marked((await engine.search('首府')).articles[0].snippet)).toContain('[呼和浩特市]')
  })

  it('points a figure to the explorer and an article to its page with the query', async () => {
    const f = (await engine.search('货运量')).figures[0]
    expect(f.target.href).toBe('#/explore?metric=cargo_volume&region=150223&fig=f1')
    const a = (await engine.search('货运量')).articles[0]
    expect(a.target.href).toBe('#/article/a1?q=%E8%B4%A7%E8%BF%90%E9%87%8F')
  })

  it('counts facets by metric, region and year, and filters by them', async () => {
    const r = await engine.search('投资')
    expect(r.facets.metric).toEqual([{ value: 'investment', label: '投资', count: 2 }])
    expect(r.facets.region.map((f) => f.value).sort()).toEqual(['150000', '150100'])
    const hohhot = await engine.search('投资', { filters: { region: '150100' } })
    expect(hohhot.figures.map((h) => h.id)).toEqual(['f4'])
    expect(hohhot.articles.map((h) => h.id)).toEqual(['a3'])
    expect(hohhot.facets).toEqual(r.facets)
    expect((await engine.search('鄂尔多斯', { filters: { year: '2025' } })).figures).toEqual([])
  })

  it('reads a percent sign as part of its number', async () => {
    const { engine: e } = engineFor({
      ...fixtureDataset,
      figures: [],
      articles: ['增长12%', '增长12.5', '增长12 %'].map((text, i) => ({ ...fixtureDataset.articles[0], id: `p${i}`, headline: `p${i}`, text })),
    })
    const found = async (q: string) => (await e.search(q)).articles.map((h) => h.id).sort()
    expect(await found('12%')).toEqual(['p0'])
    expect(await found('12')).toEqual(['p0', 'p1', 'p2'])
  })

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect(await ids('')).toEqual({ figures: [], articles: [] })
    expect(await ids('，。 ')).toEqual({ figures: [], articles: [] })
  })
})
