import { fetchReader, ShardLoader } from '../../../src/app/data/loadShards'
import type { Dataset } from '../../../src/model'
import { CATALOGUE_PATH, dataShards, type Catalogue } from '../../../src/model/shards'
import { extractCorpus } from '../../../src/pipeline/dataset'
import { buildSeries } from '../../../src/series'
import { generateCorpus } from '../../bench/corpus'

export const SITE = 'https://example.org/site/'

/**
 * A generated corpus over several years (several indicators, each in several year shards, many pages), extracted
 * and cut into shards as the build does; `options` gives dataShards' for the dataset (the build's latestOf …).
 */
export function shardedCorpus(pages: number, seed: number, options: (dataset: Dataset) => Parameters<typeof dataShards>[1] = () => ({})) {
  const corpus = generateCorpus(pages, { pageBytes: 2500, seed, years: 4 })
  const encoder = new TextEncoder()
  const dataset: Dataset = extractCorpus(
    corpus.pages.map((p) => ({ name: p.name, bytes: encoder.encode(p.text) })),
    { sources: corpus.sources },
  )
  dataset.series = buildSeries(dataset.figures)
  const shards = dataShards(dataset, options(dataset))
  const catalogue = JSON.parse(shards.get(CATALOGUE_PATH)!) as Catalogue
  return { corpus, dataset, shards, catalogue }
}

/** A server of `shards` under SITE that records what is asked of it; `damage` changes a path's answer. */
export function shardSite(shards: ReadonlyMap<string, string>, damage: Record<string, number | string> = {}) {
  const asked: string[] = []
  const fetchImpl = (async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname.slice('/site/'.length)
    asked.push(path)
    const damaged = damage[path]
    if (typeof damaged === 'number') return new Response('gone', { status: damaged, statusText: 'Not Found' })
    if (typeof damaged === 'string') return new Response(damaged, { status: 200 })
    const body = shards.get(path)
    return body === undefined ? new Response('not found', { status: 404, statusText: 'Not Found' }) : new Response(body, { status: 200 })
  }) as typeof fetch
  return { asked, loader: new ShardLoader(fetchReader(SITE, fetchImpl)) }
}
