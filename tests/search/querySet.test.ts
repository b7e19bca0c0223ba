import { describe, expect, it } from 'vitest'
import { buildDataAssets } from '../../src/build/datasetPlugin'
import type { Dataset } from '../../src/model'
import { SearchEngine } from '../../src/search/engine'
import { MANIFEST_FILE, type SearchManifest } from '../../src/search/schema'
import { QUERY_SET, type Expected } from './querySet'

/** recall@10 and MRR of the query set on the real dataset, built from seeds/ the way the app gets it. */
describe('query set on the dataset built from seeds/', async () => {
  const assets = await buildDataAssets(new URL('../../seeds', import.meta.url).pathname)
  const dataset: Dataset = assets.dataset
  const files = assets.searchFiles
  const engine = new SearchEngine(JSON.parse(files.get(MANIFEST_FILE) as string) as SearchManifest, async (path) => files.get(path)!)

  const idsOf = (e: Expected): { group: 'figures' | 'articles'; ids: Set<string> } =>
    'article' in e
      ? { group: 'articles', ids: new Set(dataset.articles.filter((a) => a.headline.includes(e.article)).map((a) => a.id)) }
      : { group: 'figures', ids: new Set(dataset.figures.filter((f) => f.raw === e.figure && f.label.includes(e.label)).map((f) => f.id)) }

  it('has at least 40 queries of every kind', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40)
    expect(new Set(QUERY_SET.map((c) => c.kind)).size).toBe(6)
  })

  it('names only documents the dataset has', () => {
    const missing = QUERY_SET.flatMap((c) => c.expect.filter((e) => idsOf(e).ids.size === 0).map((e) => `${c.q}: ${JSON.stringify(e)}`))
    expect(missing).toEqual([])
  })

  it('returns every expected document in the top 10 of its group (recall@10 = 1), and reports MRR', async () => {
    const rows: string[] = []
    const misses: string[] = []
    let found = 0
    let total = 0
    let reciprocal = 0
    for (const c of QUERY_SET) {
      const r = await engine.search(c.q, { limit: 10 })
      const lists = { figures: r.figures.map((h) => h.id), articles: r.articles.map((h) => h.id) }
      let best = Infinity
      for (const e of c.expect) {
        const { group, ids } = idsOf(e)
        const rank = lists[group].findIndex((id) => ids.has(id)) + 1
        total++
        if (rank > 0) {
          found++
          best = Math.min(best, rank)
        } else misses.push(`${c.q} → ${JSON.stringify(e)}`)
      }
      reciprocal += best === Infinity ? 0 : 1 / best
      rows.push(`${c.kind.padEnd(7)} ${c.q.padEnd(12)} first relevant at ${best === Infinity ? '-' : best}`)
    }
    const recall = found / total
    const mrr = reciprocal / QUERY_SET.length
    console.log(`${QUERY_SET.length} queries, ${total} expected documents: recall@10 ${recall.toFixed(3)}, MRR ${mrr.toFixed(3)}`)
    if (process.env.SEARCH_QUERY_REPORT) console.log(rows.join('\n'))
    expect(misses).toEqual([])
    expect(recall).toBe(1)
    expect(mrr).toBeGreaterThanOrEqual(0.8)
  })
})
