import { describe, expect, it } from 'vitest'
import { CATALOGUE_PATH, dataShards, pathSegment, provenancePath, type Catalogue, type ProvenanceShard } from '../../src/build/dataShards'
import type { Figure } from '../../src/model'
import { fileStem, stemOfId, type FigureShard } from '../../src/model/shards'
import { extractCorpus } from '../../src/pipeline/dataset'
import { generateCorpus } from '../bench/corpus'
import { testCorpus } from './helpers'

const { files, sources } = testCorpus()
const dataset = extractCorpus(files, { sources })
const shards = dataShards(dataset)
const catalogue = JSON.parse(shards.get(CATALOGUE_PATH)!) as Catalogue

function generated(pages: number) {
  const corpus = generateCorpus(pages, { pageBytes: 3000, seed: 5 })
  const encoder = new TextEncoder()
  return extractCorpus(corpus.pages.map((p) => ({ name: p.name, bytes: encoder.encode(p.text) })), { sources: corpus.sources })
}

describe('data shards', () => {
  it('lose nothing: the figure shards give back every figure, the page shards every figure and article', () => {
    const figures: Figure[] = []
    for (const entry of catalogue.series) figures.push(...(JSON.parse(shards.get(entry.path)!) as FigureShard).figures)
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
    expect(plain(figures.sort(byId))).toEqual(plain([...dataset.figures].sort(byId)))
    const pages = (JSON.parse(shards.get(catalogue.pages)!) as string[]).map((stem) => JSON.parse(shards.get(provenancePath(stem))!) as ProvenanceShard)
    expect(plain(pages.flatMap((p) => p.articles))).toEqual(plain(dataset.articles))
    expect(plain(pages.flatMap((p) => p.figures).sort(byId))).toEqual(plain([...dataset.figures].sort(byId)))
  })

  it("name a page's shard by the stem its figure and article ids carry", () => {
    for (const f of dataset.figures.slice(0, 50)) {
      expect(stemOfId(f.id)).toBe(fileStem(f.source.file))
      expect(stemOfId(f.source.articleId)).toBe(fileStem(f.source.file))
      const page = JSON.parse(shards.get(provenancePath(stemOfId(f.id)!))!) as ProvenanceShard
      expect(page.figures.some((g) => g.id === f.id && g.source.quote === f.source.quote)).toBe(true)
      expect(page.articles.some((a) => a.id === f.source.articleId && a.text.length > 0)).toBe(true)
    }
  })

  it('cut figures by indicator and year, and say in the catalogue how many figures and bytes each holds', () => {
    expect(catalogue.coverage).toMatchObject({ files: files.length, articles: dataset.articles.length, figures: dataset.figures.length })
    for (const entry of catalogue.series) {
      const text = shards.get(entry.path)!
      const shard = JSON.parse(text) as FigureShard
      expect(shard.figures.length).toBe(entry.figures)
      expect(new TextEncoder().encode(text).length).toBe(entry.bytes)
      expect(shard.figures.every((f) => f.indicator === entry.indicator && f.metric === (entry.indicator ? f.metric : entry.metric))).toBe(true)
      // The headlines of the articles cited come along, not their text.
      expect(new Set(shard.articles.map((a) => a.id))).toEqual(new Set(shard.figures.map((f) => f.source.articleId)))
      expect(shard.articles.every((a) => !('text' in a))).toBe(true)
    }
    expect(catalogue.series.reduce((s, e) => s + e.figures, 0)).toBe(dataset.figures.length)
    expect(new Set(catalogue.series.map((e) => e.year)).size).toBeGreaterThan(5)
  })

  it('keep the catalogue small whatever the number of pages: three times the pages, about the same catalogue', () => {
    // Bounded by indicators × regions × years: once a corpus reports most of them, more pages add nothing.
    const small = dataShards(generated(150)).get(CATALOGUE_PATH)!.length
    const large = dataShards(generated(450)).get(CATALOGUE_PATH)!.length
    expect(large).toBeLessThan(small * 1.3)
    expect(large).toBeLessThan(50_000)
  }, 120_000)

  it('name shards by paths that are the same on disk and in a URL, and never the same for two names', () => {
    const names = ['page 1.txt', '第1版.txt', 'a~b.txt', 'a%7eb.txt', '../x.txt', '.hidden.txt', 'a/b.txt']
    const segments = names.map(pathSegment)
    expect(new Set(segments).size).toBe(names.length)
    for (const s of segments) {
      expect(s).toMatch(/^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*$/)
      expect(encodeURIComponent(s)).toBe(s)
    }
  })
})
