import { buildSeries } from '../../../src/series'
import { describe, expect, it } from 'vitest'
import {
  cardIndicators,
  coverageMatrix,
  figurePlace,
  filterFigures,
  indicatorKey,
  findConflicts,
  figuresConflict,
  growthFor,
  headlineFor,
  impliedPriorValue,
  indexDataset,
  overviewRegion,
  summarizeIndicators,
} from '../../../src/app/data/figures'
import { DATASET, FIGURES, figure } from '../fixtures/dataset'

const index = indexDataset(DATASET)

describe('filterFigures', () => {
  it('keeps every figure when nothing is selected', () => {
    expect(filterFigures(FIGURES, { metrics: [], regions: [], years: null, bases: [] })).toHaveLength(FIGURES.length)
  })

  it('selecting a league brings its counties along, but not the province', () => {
    const ids = filterFigures(FIGURES, { metrics: ['gdp'], regions: ['150200'], years: null, bases: [] }).map((f) => f.id)
    expect(ids).toEqual(['gdp-2024-baotou', 'gdp-2024-kundulun'])
  })

  it('filters by years the period touches and drops undated figures then', () => {
    const ids = filterFigures(FIGURES, { metrics: [], regions: [], years: [2023, 2023], bases: [] }).map((f) => f.id)
    expect(ids).toEqual(['gdp-2023', 'gdp-q3-2023'])
  })

  it('filters by period basis', () => {
    const ids = filterFigures(FIGURES, { metrics: ['gdp'], regions: ['150000'], years: null, bases: ['ytd'] }).map((f) => f.id)
    expect(ids).toEqual(['gdp-q3-2024', 'gdp-q3-2024-g', 'gdp-q3-2023'])
  })
})

describe('conflicts', () => {
  it('flags two reports of the same measure with different values', () => {
    const conflicts = findConflicts(buildSeries(FIGURES), new Map(FIGURES.map((f) => [f.id, f])))
    expect(conflicts.get('gdp-2024-ordos')?.map((f) => f.id)).toEqual(['gdp-2024-ordos-b'])
    expect(conflicts.get('gdp-2024-ordos-b')?.map((f) => f.id)).toEqual(['gdp-2024-ordos'])
  })

  it('does not flag “突破300万吨，达302万吨”: a lower bound and a value above it agree', () => {
    expect(figuresConflict(figure('cargo-2024-mandula-min'), figure('cargo-2024-mandula'))).toBe(false)
    expect(findConflicts(buildSeries(FIGURES), new Map(FIGURES.map((f) => [f.id, f]))).has('cargo-2024-mandula')).toBe(false)
  })

  it('flags a value below a reported lower bound', () => {
    const low = { ...figure('cargo-2024-mandula'), value: 2.9e6 }
    expect(figuresConflict(figure('cargo-2024-mandula-min'), low)).toBe(true)
  })

  it('does not flag different indicators of one metric (固定资产投资 11% vs 基础设施投资 12.3%)', () => {
    expect(findConflicts(buildSeries(FIGURES), new Map(FIGURES.map((f) => [f.id, f]))).has('inv-q3-2024-g')).toBe(false)
    expect(findConflicts(buildSeries(FIGURES), new Map(FIGURES.map((f) => [f.id, f]))).has('inv-q3-2024-infra')).toBe(false)
  })

  it('lets “about” cover a tenth either way', () => {
    const about = { ...figure('gdp-2024-ordos'), qualifier: '~' as const }
    expect(figuresConflict(about, figure('gdp-2024-ordos-b'))).toBe(false)
  })
})

describe('growth and implied prior year', () => {
  it('pairs a level with the growth rate from the same sentence', () => {
    expect(growthFor(figure('gdp-q3-2024'), FIGURES)?.id).toBe('gdp-q3-2024-g')
    expect(growthFor(figure('cargo-2024-mandula'), FIGURES)?.id).toBe('cargo-2024-mandula-g')
  })

  it('does not pair across periods or regions', () => {
    expect(growthFor(figure('gdp-2024'), FIGURES)).toBeNull()
    expect(growthFor(figure('gdp-2024-baotou'), FIGURES)).toBeNull()
  })

  it('implies the year-before level as level ÷ (1 + rate)', () => {
    expect(impliedPriorValue(3.02e6, 63)).toBeCloseTo(1852760.74, 1)
    expect(impliedPriorValue(100, -100)).toBeNull()
  })
})

describe('headlineFor (the overview cards)', () => {
  it('takes the latest region-wide level, with what else was reported', () => {
    const gdp = headlineFor('gdp', FIGURES, index.articleDate)!
    expect(gdp.main.id).toBe('gdp-2024')
    expect(gdp.trend.map((f) => f.id)).toEqual(['gdp-2023', 'gdp-2024'])
    expect(gdp.also.map((f) => f.id)).toContain('gdp-q3-2024')
  })

  it('shows the growth rate reported with the level', () => {
    const cargo = headlineFor('port_cargo', FIGURES, index.articleDate)!
    expect(cargo.main.id).toBe('cargo-2024-nmg')
    expect(cargo.also.map((f) => f.id)).toContain('cargo-2024-mandula')
    // “突破300万吨，达302万吨”: the bound adds nothing next to the exact figure.
    expect(cargo.also.map((f) => f.id)).not.toContain('cargo-2024-mandula-min')
    const q3 = headlineFor('gdp', FIGURES.filter((f) => f.period.basis === 'ytd'), index.articleDate)!
    expect(q3.main.id).toBe('gdp-q3-2024')
    expect(q3.growth?.value).toBe(5.8)
  })

  it('falls back to a growth rate when the region has no level, and never to a part (基础设施投资)', () => {
    const investment = headlineFor('fixed_asset_investment', FIGURES, index.articleDate)!
    expect(investment.main.id).toBe('inv-q3-2024-g')
    expect(investment.main.kind).toBe('growth')
  })

  it('returns null for a metric nobody reported', () => {
    expect(headlineFor('gdp_per_capita', FIGURES)).toBeNull()
  })
})

describe('the overview', () => {
  it('gives a card only to an indicator reported as a whole: parts alone leave no value to show', () => {
    expect(cardIndicators(FIGURES)).toEqual(['gdp', 'port_cargo', 'fixed_asset_investment'])
    // 规上工业增加值 reported only for 装备制造业: no card claims a value for the whole.
    const part = { ...figure('gdp-2024'), id: 'iva-part', indicator: 'industrial_value_added', metric: 'value_added', kind: 'growth' as const, unit: '%', value: 9, breakdown: { sector: '装备制造业' } }
    expect(cardIndicators([...FIGURES, part])).not.toContain('industrial_value_added')
    expect(cardIndicators([...FIGURES, { ...part, breakdown: null }])).toContain('industrial_value_added')
  })

  it('charts the broadest region with a line of the whole, not every league\'s single points', () => {
    expect(overviewRegion(index.series, 'gdp')).toBe('150000')
    const leaguesOnly = buildSeries(FIGURES.filter((f) => f.region.code !== '150000'))
    // Without the province, a league (most points, then by code), never 昆都仑区 below 包头市.
    expect(overviewRegion(leaguesOnly, 'gdp')).toBe('150100')
    expect(overviewRegion(index.series, 'gdp_per_capita')).toBeNull()
  })
})

describe('indicators and places', () => {
  it('normalises the indicator as written', () => {
    expect(indicatorKey(figure('inv-q3-2024-g'))).toBe('固定资产投资')
    expect(indicatorKey(figure('inv-q3-2024-infra'))).toBe('基础设施投资')
    expect(indicatorKey({ ...figure('gdp-2024-baotou'), label: '包头市地区生产总值' })).toBe('地区生产总值')
    expect(indicatorKey({ ...figure('gdp-2024-baotou'), label: '' })).toBe('gdp')
  })

  it('drops a place that only repeats the region', () => {
    expect(figurePlace({ ...figure('gdp-2024'), place: '内蒙古' })).toBeNull()
    expect(figurePlace(figure('cargo-2024-mandula'))).toBe('满都拉口岸')
  })
})

describe('summaries', () => {
  it('lists metrics by how often they are reported', () => {
    const summary = summarizeIndicators([...FIGURES, { ...figure('funding-baotou'), id: 'unnamed', metric: 'count', indicator: null }])
    expect(summary[0].indicator).toBe('gdp')
    // A figure of no named indicator (a count of unnamed things) is not offered as one.
    expect(summary.map((s) => s.indicator).sort()).toEqual(['fixed_asset_investment', 'gdp', 'government_funding', 'port_cargo', 'project_total_investment'])
  })

  it('counts figures per metric, region and year', () => {
    const coverage = coverageMatrix(FIGURES, ['gdp', 'port_cargo', 'fixed_asset_investment'])
    expect(coverage.years).toEqual([2023, 2024])
    expect(coverage.hasUndated).toBe(true)
    const nmgGdp = coverage.rows.find((r) => r.metric === 'gdp' && r.region.code === '150000')!
    expect(nmgGdp.byYear.get(2024)).toBe(3)
    expect(nmgGdp.byYear.get(2023)).toBe(2)
    expect(coverage.rows[0].metric).toBe('gdp')
    expect(coverage.rows[coverage.rows.length - 1].metric).toBe('project_total_investment')
    const funding = coverage.rows.find((r) => r.metric === 'government_funding')!
    expect(funding.undated).toBe(1)
  })

  it('indexes articles, years and regions', () => {
    expect(index.figuresByArticle.get('a1')?.map((f) => f.id)[0]).toBe('gdp-q3-2024')
    expect(index.years).toEqual([2023, 2024])
    expect(index.regions[0].code).toBe('150000')
  })
})
