import { describe, expect, it } from 'vitest'
import { CATALOGUE_PATH, dataShards, pathSegment, provenancePath, type Catalogue, type ProvenanceShard, type SeriesFigure } from '../../src/build/dataShards'
import type { Figure } from '../../src/model'
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
  it('lose nothing: the series shards with the provenance shards give back every figure and article', () => {
    const figures: Figure[] = []
    for (const entry of catalogue.series) {
      for (const f of JSON.parse(shards.get(entry.path)!) as SeriesFigure[]) {
        const page = JSON.parse(shards.get(provenancePath(f.source.file))!) as ProvenanceShard
        figures.push({ ...f, source: { ...f.source, ...page.quotes[f.id] } } as Figure)
      }
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect(JSON.parse(JSON.stringify(figures.sort(byId)))).toEqual(JSON.parse(JSON.stringify([...dataset.figures].sort(byId))))
    const articles = files.flatMap((f) => (shards.has(provenancePath(f.name)) ? (JSON.parse(shards.get(provenancePath(f.name))!) as ProvenanceShard).articles : []))
    expect(JSON.parse(JSON.stringify(articles))).toEqual(JSON.parse(JSON.stringify(dataset.articles)))
  })

  it('cut series by indicator and year, and say in the catalogue how many figures and bytes each holds', () => {
    expect(catalogue.coverage).toMatchObject({ files: files.length, articles: dataset.articles.length, figures: dataset.figures.length })
    for (const entry of catalogue.series) {
      const text = shards.get(entry.path)!
      const figs = JSON.parse(text) as SeriesFigure[]
      expect(figs.length).toBe(entry.figures)
      expect(new TextEncoder().encode(text).length).toBe(entry.bytes)
      expect(figs.every((f) => f.metric === entry.metric && ('quote' in f.source) === false)).toBe(true)
    }
    expect(catalogue.series.reduce((s, e) => s + e.figures, 0)).toBe(dataset.figures.length)
    expect(new Set(catalogue.series.map((e) => e.year)).size).toBeGreaterThan(5)
  })

  it('keep the catalogue small whatever the number of pages: five times the pages, about the same catalogue', () => {
    const small = dataShards(generated(30)).get(CATALOGUE_PATH)!.length
    const large = dataShards(generated(150)).get(CATALOGUE_PATH)!.length
    expect(large).toBeLessThan(small * 1.3)
    expect(large).toBeLessThan(30_000)
  }, 60_000)

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
