import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Dataset, Figure } from '../../src/model'
import { CORE_METRICS } from '../../src/model'
import { extractCorpus, type CorpusFile } from '../../src/pipeline/dataset'

const SEEDS = join(import.meta.dirname, '../../seeds')
const files: CorpusFile[] = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }))
const texts = new Map(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]))

let dataset: Dataset
beforeAll(() => {
  dataset = extractCorpus(files)
})

function find(pred: (f: Figure) => boolean): Figure[] {
  return dataset.figures.filter(pred)
}

describe('extractCorpus over seeds/', () => {
  it('reads every seed page into articles and figures', () => {
    expect(dataset.files.map((f) => f.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    expect(dataset.articles.length).toBeGreaterThan(30)
    expect(dataset.figures.length).toBeGreaterThan(200)
  })

  it('finds the region GDP of the first three quarters of 2024 in a headline', () => {
    const [gdp] = find((f) => f.metric === 'gdp' && f.raw === '17875.5亿元')
    expect(gdp).toMatchObject({
      kind: 'level', value: 1787550000000, unit: 'CNY', qualifier: '=',
      region: { code: '150000' },
      period: { start: '2024-01-01', end: '2024-09-30', basis: 'ytd' },
    })
  })

  it('finds the 2024 full-year GDP as at least 2.6 trillion yuan', () => {
    const [gdp] = find((f) => f.metric === 'gdp' && f.value === 2.6e12)
    expect(gdp).toMatchObject({ kind: 'level', qualifier: '>=', unit: 'CNY', region: { code: '150000' }, period: { start: '2024-01-01', end: '2024-12-31', basis: 'year' } })
  })

  it('finds the Mandula port cargo volume with its growth, in the banner the port belongs to', () => {
    const levels = find((f) => f.metric === 'cargo_volume' && f.kind === 'level' && f.place === '满都拉口岸')
    const exact = levels.find((f) => f.raw === '302万吨')!
    expect(exact).toMatchObject({ value: 3020000, unit: 't', qualifier: '=', region: { code: '150223' }, period: { start: '2024-01-01', basis: 'ytd' } })
    // 突破300万吨 appears in the headline and in the body: two figures, two sources.
    const atLeast = levels.filter((f) => f.raw === '300万吨')
    expect(atLeast).toHaveLength(2)
    expect(new Set(atLeast.map((f) => f.source.offset)).size).toBe(2)
    expect(atLeast.every((f) => f.qualifier === '>=')).toBe(true)
    const growth = find((f) => f.metric === 'cargo_volume' && f.kind === 'growth' && f.place === '满都拉口岸')
    expect(growth.map((f) => f.value)).toEqual([63])
    expect(growth[0].period).toEqual(exact.period)
    const target = find((f) => f.metric === 'cargo_volume' && f.kind === 'target')
    expect(target.map((f) => f.value)).toContain(1e7)
  })

  it('finds the land ports cargo volume of the whole region as at least 120 million tonnes', () => {
    const [f] = find((x) => x.metric === 'cargo_volume' && x.value === 1.2e8)
    expect(f).toMatchObject({ qualifier: '>=', unit: 't', region: { code: '150000' }, period: { basis: 'year', start: '2024-01-01' } })
  })

  it("records projects' total investment as stocks at the article date", () => {
    const total = find((f) => f.metric === 'investment' && f.label.includes('总投资'))
    const byValue = new Map<number, Figure[]>()
    for (const f of total) byValue.set(f.value, [...(byValue.get(f.value) ?? []), f])
    expect(byValue.get(5.3e9)).toHaveLength(2)
    expect(byValue.get(3e9)).toHaveLength(1)
    for (const f of total) {
      expect(f.period.basis).toBe('point')
      expect(f.period.start).toBeNull()
    }
    expect(byValue.get(5.3e9)![0].period.end).toBe('2024-10-21')
    expect(byValue.get(5.3e9)![0].region.name).toBe('锡林浩特市')
  })

  it('reads investment growth under its period, and a change in points as no growth rate', () => {
    const [fai] = find((f) => f.metric === 'investment' && f.label.startsWith('固定资产投资'))
    expect(fai).toMatchObject({ kind: 'growth', value: 11, unit: '%', period: { end: '2024-09-30', basis: 'ytd' } })
    const points = find((f) => f.unit === 'pp')
    expect(points.length).toBeGreaterThan(0)
    for (const f of points) expect(CORE_METRICS as readonly string[]).not.toContain(f.metric)
  })

  it('reads value added implied by a list', () => {
    const va = find((f) => f.metric === 'value_added' && f.kind === 'growth')
    expect(va.find((f) => f.value === 11.3)?.label).toBe('战略性新兴产业')
    expect(va.find((f) => f.value === 29.4)?.label).toBe('高技术制造业')
  })

  it('keeps coal output and emissions out of cargo', () => {
    for (const f of find((x) => x.metric === 'cargo_volume')) expect(f.label).toMatch(/货运量|过货量|吞吐量|货物/)
    expect(find((f) => f.label === '原煤产量' && f.kind === 'level')[0]).toMatchObject({ metric: 'coal_output', value: 9.5e8 })
  })

  it('reads funding paid out, with shares of it', () => {
    const paid = find((f) => f.metric === 'funding' && f.value === 1463808500)
    expect(paid).toHaveLength(2)
    expect(paid[0]).toMatchObject({ region: { code: '150100' }, period: { end: '2024-08-31', basis: 'point' } })
    const share = find((f) => f.metric === 'funding' && f.kind === 'share' && f.value === 94.23)
    expect(share).toHaveLength(1)
  })

  it('never reports a phone number, a date or an age as a figure', () => {
    for (const f of dataset.figures) {
      expect(f.raw).not.toMatch(/^0\d{2,3}-\d{7,8}/)
      expect(f.raw).not.toMatch(/^\d{1,2}月\d{1,2}日$|岁$/)
    }
    const phones = dataset.files.flatMap((r) => r.setAside.filter((s) => s.reason === 'phone'))
    expect(phones.map((s) => s.raw)).toContain('0471-6635350')
  })

  it('keeps exact provenance: quote and number are verbatim at their offsets', () => {
    for (const f of dataset.figures) {
      const text = texts.get(f.source.file)!
      expect(text.slice(f.source.quoteOffset, f.source.quoteOffset + f.source.quote.length)).toBe(f.source.quote)
      expect(text.slice(f.source.offset, f.source.offset + f.raw.length)).toBe(f.raw)
      expect(f.source.offset).toBeGreaterThanOrEqual(f.source.quoteOffset)
      const article = dataset.articles.find((a) => a.id === f.source.articleId)!
      expect(f.source.offset).toBeGreaterThanOrEqual(article.start)
      expect(f.source.offset).toBeLessThan(article.end)
    }
  })

  it('dates every article of a dated page and names a region for every figure', () => {
    for (const a of dataset.articles) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const f of dataset.figures) expect(f.region.code).toMatch(/^\d{6}$/)
  })

  it('is deterministic: the same input gives byte-identical output', () => {
    expect(JSON.stringify(extractCorpus([...files].reverse()))).toBe(JSON.stringify(dataset))
  })
})

describe('the dataset the build emits', () => {
  it('passes its schema check', async () => {
    const { validateDataset } = await import('../../src/model/validate')
    const checked = validateDataset(JSON.parse(JSON.stringify(extractCorpus(files))))
    expect(checked.ok ? [] : checked.errors).toEqual([])
  })
})
