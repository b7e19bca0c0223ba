import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildDataAssets } from '../../src/build/datasetPlugin'
import { CATALOGUE_PATH } from '../../src/build/dataShards'
import type { LineSketch } from '../../src/model/shards'
import { extractCorpus } from '../../src/pipeline/dataset'
import { buildSeries } from '../../src/series'
import { SEEDS, seedFiles } from '../robustness/helpers'

let cache: string
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'nmg-plugin-cache-'))
  vi.stubEnv('NMG_CACHE_DIR', cache)
})
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(cache, { recursive: true, force: true })
})

describe('the dev and build dataset (buildDataAssets)', { timeout: 60_000 }, () => {
  it('is the pipeline\'s dataset and its series whether its pages come from the pipeline or from the cache', async () => {
    const dataset = extractCorpus(seedFiles())
    const expected = JSON.stringify({ ...dataset, series: buildSeries(dataset.figures) })
    const cold = await buildDataAssets(SEEDS)
    expect(readdirSync(cache).length).toBeGreaterThan(0)
    const warm = await buildDataAssets(SEEDS)
    expect(cold.datasetJson).toBe(expected)
    expect(warm.datasetJson).toBe(expected)
    expect(warm.searchFiles).toEqual(cold.searchFiles)
  })

  it('comes with a catalogue whose series shards hold every figure', async () => {
    const assets = await buildDataAssets(SEEDS)
    const catalogue = JSON.parse(assets.shards.get(CATALOGUE_PATH)!) as { series: Array<{ path: string; figures: number }> }
    expect(catalogue.series.every((s) => assets.shards.has(s.path))).toBe(true)
    expect(catalogue.series.reduce((n, s) => n + s.figures, 0)).toBe(assets.dataset.figures.length)
  })

  it('comes with a lines shard per indicator holding every series the dataset joined', async () => {
    const assets = await buildDataAssets(SEEDS)
    const catalogue = JSON.parse(assets.shards.get(CATALOGUE_PATH)!) as { lines: Array<{ indicator: string; path: string; series: number }> }
    const all = assets.dataset.series ?? []
    expect(all.length).toBeGreaterThan(0)
    const shipped = catalogue.lines.flatMap((l) => JSON.parse(assets.shards.get(l.path)!) as LineSketch[])
    expect(shipped.map((s) => s.key).sort()).toEqual(all.map((s) => s.key).sort())
    for (const l of catalogue.lines) expect(l.series).toBe(all.filter((s) => s.indicator === l.indicator).length)
    // Each point keeps its value, its first figure and how many report it: the chart's, not every id.
    const byKey = new Map(all.map((s) => [s.key, s]))
    for (const line of shipped) {
      const full = byKey.get(line.key)!
      expect(line.points.map((p) => [p.end, p.value, p.figureId, p.reports])).toEqual(full.points.map((p) => [p.end, p.value, p.figureIds[0], p.figureIds.length]))
    }
  })
})
