import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Article, Dataset } from '../../src/model'
import { DecodedShard } from '../../src/search/shards'
import { foldText, runLookups } from '../../src/search/tokenize'
import { benchQueries, syntheticCorpus } from '../bench/searchCorpus'
import { engineFor, engineOver } from './engineFor'

/** 300 synthetic articles cut into many small shards, so that routing has something to prove. */
const corpus = syntheticCorpus(300)
const { engine, files, order, manifest } = engineFor(corpus.dataset, { shardBytes: 2048 })

/** Articles whose headline and body hold every space-separated part of the query, as a scan finds them. */
function scan(texts: string[], q: string): number[] {
  const parts = foldText(q).split(/\s+/).filter(Boolean)
  const folded = texts.map((t) => foldText(t))
  return folded.flatMap((t, i) => (parts.every((p) => t.includes(p)) ? [i] : []))
}

async function found(e: typeof engine, o: typeof order, q: string): Promise<Set<number>> {
  const m = await e.match(q)
  return new Set([...m.docs].filter((d) => d < e.manifest.articles).map((d) => o.articles[d]))
}

const freshEngine = () => engineOver(manifest, files)

describe('search shards', () => {
  it('cuts the index into many shards and a small manifest', () => {
    expect(manifest.shards.first.length).toBeGreaterThan(50)
    const manifestBytes = (files.get('manifest.json') as string).length
    const total = [...files.values()].reduce((n, f) => n + f.length, 0)
    expect(manifestBytes).toBeLessThan(total / 20)
  })

  it('fetches only the shards holding a query’s keys, and the stored fields of the hits it shows', async () => {
    for (const q of ['鄂尔多斯', '300万吨', corpus.places[3], '12.5', '产值 增长']) {
      const e = freshEngine()
      const r = await e.search(q, { limit: 5 })
      const postings = e.fetched.filter((f) => f.path.includes('/p/'))
      const keys = e.lookupsFor(q)
      expect(keys.length).toBeGreaterThan(0)
      // Every shard fetched holds one of the query's keys (or a key beginning with a one-character run).
      for (const { path } of postings) {
        const shard = new DecodedShard(files.get(path) as Uint8Array, path)
        const holds = keys.some((l) => (l.kind === 'chain' ? l.keys.some((k) => shard.find(k) >= 0) : shard.keys.some((k) => k.startsWith(l.prefix))))
        expect(holds, `${q}: ${path}`).toBe(true)
      }
      expect(postings.length).toBeLessThanOrEqual(keys.reduce((n, l) => n + (l.kind === 'chain' ? l.keys.length : 2), 0))
      expect(postings.length).toBeLessThan(manifest.shards.first.length / 10)
      // Stored fields: only the chunks of the hits shown.
      const chunks = e.fetched.filter((f) => /\/[af]\/\d+\.json$/.test(f.path)).map((f) => f.path)
      const shown = r.figures.length + r.articles.length
      expect(chunks.length).toBeLessThanOrEqual(shown)
      if (shown > 0) expect(chunks.length).toBeGreaterThan(0)
    }
  })

  it('fetches positions only for a chain of two or more keys, and finds the same as with them', async () => {
    // 鄂尔 alone, 2024 as trigrams 202 and 024, 12.5% as 12. and .5%: chains that need positions; 发展 is one key.
    for (const [q, needsPositions] of [['发展', false], ['0.7', false], ['鄂尔多斯', true], ['2024', true], ['12.5%', true]] as const) {
      const e = freshEngine()
      await e.search(q, { limit: 5 })
      const positions = e.fetched.filter((f) => f.path.includes('/x/')).map((f) => f.path)
      expect(positions.length > 0, q).toBe(needsPositions)
      expect(positions.sort()).toEqual(e.positionShardsFor(e.lookupsFor(q)).map((s) => `${manifest.id}/x/${s}.bin`).sort())
    }
  })

  it('does not fetch a shard twice', async () => {
    const e = freshEngine()
    await e.search('鄂尔多斯')
    const before = e.fetched.length
    await e.search('鄂尔多斯')
    expect(e.fetched.length).toBe(before)
  })

  it('finds every document a String.includes scan finds, for every query kind of the bench', { timeout: 120_000 }, async () => {
    const misses: string[] = []
    for (const { q, kind } of benchQueries(corpus)) {
      const got = await found(engine, order, q)
      for (const doc of scan(corpus.texts, q)) if (!got.has(doc)) misses.push(`${kind} ${q}: ${corpus.dataset.articles[doc].id}`)
    }
    expect(misses).toEqual([])
  })

  it('finds every document a scan finds for any substring of any document (property)', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(corpus.texts.length - 1), fc.nat(2000), fc.integer({ min: 1, max: 10 }), async (doc, start, length) => {
        const text = corpus.texts[doc]
        const at = start % text.length
        const q = text.slice(at, at + length)
        fc.pre(/[\p{Script=Han}a-z0-9]/iu.test(q))
        const got = await found(engine, order, q)
        for (const d of scan(corpus.texts, q.trim() ? q : 'x')) expect(got.has(d), `${q} in ${corpus.dataset.articles[d].id}`).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('finds numbers with and without their units, inside longer numbers too, as a scan does (property)', { timeout: 120_000 }, async () => {
    const alphabet = ['1', '2', '3', '0', '.', ',', '万', '吨', '亿', '元', '%', '增', '长', ' ', '包', '头']
    const textArb = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''))
    await fc.assert(
      fc.asyncProperty(fc.array(textArb, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 }), async (texts, qChars) => {
        const q = qChars.join('')
        fc.pre(/[0-9万吨亿元增长包头]/.test(q))
        const articles: Article[] = texts.map((text, i) => ({
          id: `t${i}`, file: `t${i}.txt`, headline: '', kicker: '', byline: '', dateline: '', date: null, paper: '',
          region: { code: '150000', name: '内蒙古自治区' }, start: 0, end: text.length, text, continuation: [],
        }))
        const dataset: Dataset = { schemaVersion: 1, figures: [], articles, files: [], metrics: [], indicators: [] }
        const built = engineFor(dataset, { shardBytes: 64 })
        const got = await found(built.engine, built.order, q)
        for (const d of scan(texts, q)) expect(got.has(d), `${JSON.stringify(q)} in ${JSON.stringify(texts[d])}`).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('names the shard that could not be fetched', async () => {
    const built = { manifest, files: new Map(files) }
    const e = engineOver(built.manifest, built.files)
    const key = runLookups('鄂尔多斯')[0]
    const shard = e.shardFor(key.kind === 'chain' ? key.keys[0] : key.prefix)
    const path = `${built.manifest.id}/p/${shard}.bin`
    built.files.delete(path)
    await expect(e.search('鄂尔多斯')).rejects.toThrow(`search shard data/search/${path} could not be loaded: /data/search/${path} answered 404`)
    // The shard is asked for again once it is back.
    built.files.set(path, files.get(path)!)
    expect((await e.search('鄂尔多斯')).totalArticles).toBeGreaterThan(0)
  })

  it('names a damaged shard', async () => {
    const damaged = new Map(files)
    const e = engineOver(manifest, damaged)
    const key = runLookups('鄂尔多斯')[0]
    const path = `${manifest.id}/p/${e.shardFor(key.kind === 'chain' ? key.keys[0] : key.prefix)}.bin`
    damaged.set(path, (files.get(path) as Uint8Array).slice(0, 10))
    await expect(e.search('鄂尔多斯')).rejects.toThrow(`search shard data/search/${path} is damaged`)
    // Its positions, too.
    const positions = path.replace('/p/', '/x/')
    damaged.set(path, files.get(path)!)
    damaged.set(positions, (files.get(positions) as Uint8Array).slice(0, 10))
    await expect(engineOver(manifest, damaged).search('鄂尔多斯')).rejects.toThrow(`search shard data/search/${positions} is damaged`)
  })
})
