import type { Article, Dataset, Figure, FigureKind, PeriodBasis, Qualifier, Region } from '../../model/index.ts'
import { periodKey, periodYears } from '../format/period.ts'
import { compareText } from './compare.ts'
import { compareRegions, leagueOf, regionLevel } from './regions.ts'

/** What the explorer shows: empty lists mean “all”. */
export interface FigureFilter {
  metrics: string[]
  regions: string[]
  /** Inclusive range of calendar years, or null for every period (undated ones included). */
  years: [number, number] | null
  bases: PeriodBasis[]
}

/** A selected league also selects the county-level figures inside it (they stay separate, never summed). */
export function regionSelected(region: Region, selected: readonly string[]): boolean {
  if (selected.length === 0) return true
  if (selected.includes(region.code)) return true
  const league = leagueOf(region.code)
  return regionLevel(region.code) === 'county' && league !== null && selected.includes(league)
}

export function periodInYears(figure: Figure, years: [number, number] | null): boolean {
  if (!years) return true
  const span = periodYears(figure.period)
  if (!span) return false
  return span[1] >= years[0] && span[0] <= years[1]
}

export function filterFigures(figures: readonly Figure[], filter: FigureFilter): Figure[] {
  return figures.filter(
    (f) =>
      (filter.metrics.length === 0 || filter.metrics.includes(f.metric)) &&
      regionSelected(f.region, filter.regions) &&
      periodInYears(f, filter.years) &&
      (filter.bases.length === 0 || filter.bases.includes(f.period.basis)),
  )
}

/** The value range a qualified figure asserts: `≥400万吨` is compatible with `450万吨`. */
function valueRange(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case '>=':
    case '>':
      return [value, Infinity]
    case '<':
    case '<=':
      return [-Infinity, value]
    case '~': {
      const margin = Math.abs(value) * 0.1
      return [value - margin, value + margin]
    }
    default:
      return [value, value]
  }
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

export function figuresConflict(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false
  if (a.qualifier === '=' && b.qualifier === '=') return !sameValue(a.value, b.value)
  const [aLow, aHigh] = valueRange(a.value, a.qualifier)
  const [bLow, bHigh] = valueRange(b.value, b.qualifier)
  const strictLow = (q: Qualifier) => q === '>'
  const strictHigh = (q: Qualifier) => q === '<'
  const low = Math.max(aLow, bLow)
  const high = Math.min(aHigh, bHigh)
  if (low < high) return false
  if (low > high && !sameValue(low, high)) return true
  // Ranges meet at one point: compatible unless a strict bound excludes it.
  const excluded =
    (sameValue(low, aLow) && strictLow(a.qualifier)) ||
    (sameValue(low, bLow) && strictLow(b.qualifier)) ||
    (sameValue(high, aHigh) && strictHigh(a.qualifier)) ||
    (sameValue(high, bHigh) && strictHigh(b.qualifier))
  return excluded
}

const SCOPE_PREFIX = /^(全自治区|全区|全市|全盟|全旗|全县|全省|全国|我区|我市|我盟|本市|该市|该区|该旗|全)/

/**
 * The indicator as written, normalised: scope words (全区, 我市), the region's own name and parenthesised notes
 * dropped, so “全区固定资产投资（不含农户）” and “固定资产投资” match while “第一产业投资” stays apart.
 * A metric key groups many indicators (投资 covers 基础设施投资 and 工业投资); figures are only compared,
 * joined or flagged as conflicting within one indicator.
 */
export function indicatorKey(f: Figure): string {
  let label = (f.label ?? '').replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '')
  const name = f.region.name
  const stem = name.replace(/(自治区|自治旗|市|盟|旗|县|区)$/, '')
  if (name && label.startsWith(name)) label = label.slice(name.length)
  else if (stem.length >= 2 && label.startsWith(stem)) label = label.slice(stem.length)
  label = label.replace(SCOPE_PREFIX, '')
  return label || f.metric
}

/** The place a figure is about, unless it only repeats its region (内蒙古 for 内蒙古自治区). */
export function figurePlace(f: Figure): string | null {
  const place = f.place?.trim()
  if (!place) return null
  const name = f.region.name
  if (name === place || name.startsWith(place) || place.startsWith(name)) return null
  return place
}

/** Identity of what a figure measures: two figures with the same key should report the same value. */
export function measureKey(f: Figure): string {
  return `${f.metric}|${indicatorKey(f)}|${f.kind}|${f.region.code}|${figurePlace(f) ?? ''}|${periodKey(f.period)}|${f.unit}`
}

/**
 * Conflicting reports: same metric, kind, region and period but incompatible values.
 * Maps each conflicting figure's id to the figures that disagree with it.
 */
export function findConflicts(figures: readonly Figure[]): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    if (f.period.basis === 'unknown') continue
    const key = measureKey(f)
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  const conflicts = new Map<string, Figure[]>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    for (const a of group) {
      const others = group.filter((b) => b !== a && figuresConflict(a, b))
      if (others.length) conflicts.set(a.id, others)
    }
  }
  return conflicts
}

/**
 * The growth rate reported with a level: same metric, region and period, in percent,
 * from the same sentence if there is one there, else from the same article (nearest after the level).
 */
export function growthFor(level: Figure, figures: readonly Figure[]): Figure | null {
  if (level.kind !== 'level') return null
  const key = periodKey(level.period)
  const candidates = figures.filter(
    (g) =>
      g.kind === 'growth' &&
      g.unit === '%' &&
      g.metric === level.metric &&
      g.region.code === level.region.code &&
      g.source.articleId === level.source.articleId &&
      periodKey(g.period) === key &&
      figurePlace(g) === figurePlace(level),
  )
  if (candidates.length === 0) return null
  const indicator = indicatorKey(level)
  const sameIndicator = candidates.filter((g) => indicatorKey(g) === indicator)
  const byIndicator = sameIndicator.length ? sameIndicator : candidates
  const sameSentence = byIndicator.filter((g) => g.source.quoteOffset === level.source.quoteOffset)
  const pool = sameSentence.length ? sameSentence : byIndicator
  const distance = (g: Figure) => {
    const d = g.source.offset - level.source.offset
    return d >= 0 ? d : 1e9 - d
  }
  return [...pool].sort((a, b) => distance(a) - distance(b))[0]
}

/** The level a year before, implied by a level and its growth rate: level ÷ (1 + rate/100). Derived, never reported. */
export function impliedPriorValue(level: number, ratePercent: number): number | null {
  const factor = 1 + ratePercent / 100
  if (!(factor > 0)) return null
  return level / factor
}

const KIND_RANK: Record<FigureKind, number> = { level: 0, growth: 1, share: 2, target: 3 }

function periodEnd(f: Figure): string {
  return f.period.end ?? f.period.start ?? ''
}

/**
 * Orders figures for “the latest figure” of a metric: broadest region first (a decision-maker's card is about
 * the region, not a project), levels before rates, then the latest period, then the figure about the region as a
 * whole before one about a place in it, then the newest article.
 */
export function compareForHeadline(articleDate: (f: Figure) => string) {
  return (a: Figure, b: Figure): number => {
    const region = compareRegionBreadth(a.region, b.region)
    if (region) return region
    const kind = KIND_RANK[a.kind] - KIND_RANK[b.kind]
    if (kind) return kind
    const end = compareText(periodEnd(b), periodEnd(a))
    if (end) return end
    const place = Number(figurePlace(a) !== null) - Number(figurePlace(b) !== null)
    if (place) return place
    return compareText(articleDate(b), articleDate(a))
  }
}

function compareRegionBreadth(a: Region, b: Region): number {
  const rank = (code: string) => ['country', 'province', 'league', 'county'].indexOf(regionLevel(code))
  return rank(a.code) - rank(b.code)
}

export interface MetricHeadline {
  metric: string
  main: Figure
  growth: Figure | null
  /** The figures on the same line as the main one (same region, kind, unit and comparable periods), oldest first. */
  trend: Figure[]
  /** Other recent figures of the metric (other periods or regions), for context. */
  also: Figure[]
  count: number
}

export function headlineFor(
  metric: string,
  figures: readonly Figure[],
  articleDate: (f: Figure) => string = () => '',
  alsoLimit = 2,
): MetricHeadline | null {
  const ofMetric = figures.filter((f) => f.metric === metric && f.kind !== 'target')
  if (ofMetric.length === 0) return null
  const sorted = ofMetric.filter((f) => !supersededBound(f, ofMetric)).sort(compareForHeadline(articleDate))
  const main = sorted[0]
  const lineKey = (f: Figure) => `${indicatorKey(f)}|${f.kind}|${f.region.code}|${f.unit}|${figurePlace(f) ?? ''}|${trendClass(f)}`
  const trend = ofMetric
    .filter((f) => lineKey(f) === lineKey(main) && trendClass(f) !== null)
    .sort((a, b) => compareText(periodEnd(a), periodEnd(b)))
  const seen = new Set([measureKey(main) + '|' + main.value])
  const also: Figure[] = []
  for (const f of sorted.slice(1)) {
    if (also.length >= alsoLimit) break
    if (f.kind === 'growth' && sorted.some((l) => l.kind === 'level')) continue
    const key = measureKey(f) + '|' + f.value
    if (seen.has(key)) continue
    seen.add(key)
    also.push(f)
  }
  return { metric, main, growth: growthFor(main, figures), trend, also, count: ofMetric.length }
}

/**
 * A bound made redundant by an exact figure for the same measure (“突破400万吨，达450万吨”: the 450 says more).
 * Listing both would read as two reports.
 */
export function supersededBound(f: Figure, figures: readonly Figure[]): boolean {
  if (f.qualifier === '=') return false
  const key = measureKey(f)
  return figures.some((g) => g !== f && g.qualifier === '=' && measureKey(g) === key && !figuresConflict(f, g))
}

function trendClass(f: Figure): string | null {
  const p = f.period
  if (!p.end) return null
  return p.basis === 'ytd' ? `ytd:${p.end.slice(5)}` : p.basis === 'span' ? null : p.basis
}

export interface MetricSummary {
  metric: string
  count: number
  regions: number
  latest: Figure
}

/** Every metric the pages report, most reported first. */
export function summarizeMetrics(figures: readonly Figure[], articleDate: (f: Figure) => string = () => ''): MetricSummary[] {
  const byMetric = new Map<string, Figure[]>()
  for (const f of figures) {
    const list = byMetric.get(f.metric)
    if (list) list.push(f)
    else byMetric.set(f.metric, [f])
  }
  return [...byMetric.entries()]
    .map(([metric, list]) => ({
      metric,
      count: list.length,
      regions: new Set(list.map((f) => f.region.code)).size,
      latest: [...list].sort(compareForHeadline(articleDate))[0],
    }))
    .sort((a, b) => b.count - a.count || compareText(a.metric, b.metric))
}

export interface CoverageRow {
  metric: string
  region: Region
  /** Count of figures per year (end of their period); `undated` for figures with no date. */
  byYear: Map<number, number>
  undated: number
  total: number
}

export interface Coverage {
  years: number[]
  hasUndated: boolean
  rows: CoverageRow[]
  max: number
}

/** Where data exists: metric × region × year, with counts. */
export function coverageMatrix(figures: readonly Figure[], metricOrder: readonly string[] = []): Coverage {
  const rows = new Map<string, CoverageRow>()
  const years = new Set<number>()
  let hasUndated = false
  for (const f of figures) {
    const key = `${f.metric}|${f.region.code}`
    let row = rows.get(key)
    if (!row) {
      row = { metric: f.metric, region: f.region, byYear: new Map(), undated: 0, total: 0 }
      rows.set(key, row)
    }
    row.total++
    const span = periodYears(f.period)
    if (!span) {
      row.undated++
      hasUndated = true
      continue
    }
    years.add(span[1])
    row.byYear.set(span[1], (row.byYear.get(span[1]) ?? 0) + 1)
  }
  const rank = (m: string) => {
    const i = metricOrder.indexOf(m)
    return i < 0 ? metricOrder.length : i
  }
  const metricTotals = new Map<string, number>()
  for (const row of rows.values()) metricTotals.set(row.metric, (metricTotals.get(row.metric) ?? 0) + row.total)
  const sorted = [...rows.values()].sort(
    (a, b) =>
      rank(a.metric) - rank(b.metric) ||
      metricTotals.get(b.metric)! - metricTotals.get(a.metric)! ||
      compareText(a.metric, b.metric) ||
      compareRegions(a.region, b.region),
  )
  let max = 0
  for (const row of sorted) {
    for (const n of row.byYear.values()) max = Math.max(max, n)
    max = Math.max(max, row.undated)
  }
  return { years: [...years].sort((a, b) => a - b), hasUndated, rows: sorted, max }
}

/** Lookups over a loaded dataset, built once and kept out of Vue's reactivity. */
export interface DatasetIndex {
  figureById: Map<string, Figure>
  articleById: Map<string, Article>
  figuresByArticle: Map<string, Figure[]>
  conflicts: Map<string, Figure[]>
  articleDate: (f: Figure) => string
  years: number[]
  regions: Region[]
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]))
  const figureById = new Map(dataset.figures.map((f) => [f.id, f]))
  const figuresByArticle = new Map<string, Figure[]>()
  const years = new Set<number>()
  const regions = new Map<string, Region>()
  for (const f of dataset.figures) {
    const list = figuresByArticle.get(f.source.articleId)
    if (list) list.push(f)
    else figuresByArticle.set(f.source.articleId, [f])
    const span = periodYears(f.period)
    if (span) for (let y = span[0]; y <= span[1]; y++) years.add(y)
    if (!regions.has(f.region.code)) regions.set(f.region.code, f.region)
  }
  for (const list of figuresByArticle.values()) list.sort((a, b) => a.source.offset - b.source.offset)
  return {
    figureById,
    articleById,
    figuresByArticle,
    conflicts: findConflicts(dataset.figures),
    articleDate: (f) => articleById.get(f.source.articleId)?.date ?? '',
    years: [...years].sort((a, b) => a - b),
    regions: [...regions.values()].sort(compareRegions),
  }
}
