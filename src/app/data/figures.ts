import type { Article, Dataset, Figure, FigureKind, PeriodBasis, Region, Series } from '../../model/index.ts'
import { CORE_METRICS } from '../../model/index.ts'
import { breakdownKey, buildSeries, figurePlace, figuresConflict, seriesConflicts, seriesKeyOf } from '../../series/index.ts'
import { periodKey, periodYears } from '../format/period.ts'
import { compareText } from './compare.ts'
import { compareRegions, leagueOf, regionLevel } from './regions.ts'

export { figurePlace, figuresConflict }

/** What the explorer shows: empty lists mean “all”. */
export interface FigureFilter {
  /** Indicator keys of the catalogue (`port_cargo`); figures of no named indicator are never selected by one. */
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
      (filter.metrics.length === 0 || (f.indicator !== null && filter.metrics.includes(f.indicator))) &&
      regionSelected(f.region, filter.regions) &&
      periodInYears(f, filter.years) &&
      (filter.bases.length === 0 || filter.bases.includes(f.period.basis)),
  )
}

/**
 * Whether the filter keeps a point of a line before its figures have arrived: the line's region, the point's
 * period and the line's period type stand for the figures' (filterFigures, metrics aside).
 */
export function pointSelected(line: Pick<Series, 'region' | 'periodType'>, point: { start: string | null; end: string }, filter: FigureFilter): boolean {
  if (!regionSelected(line.region, filter.regions)) return false
  if (filter.years) {
    const from = Number((point.start ?? point.end).slice(0, 4))
    const to = Number(point.end.slice(0, 4))
    if (to < filter.years[0] || from > filter.years[1]) return false
  }
  const basis: PeriodBasis = line.periodType.startsWith('ytd') ? 'ytd' : (line.periodType as PeriodBasis)
  return filter.bases.length === 0 || filter.bases.includes(basis)
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

/** Identity of what a figure measures: two figures with the same key should report the same value. */
export function measureKey(f: Figure): string {
  const what = f.indicator ? `${f.indicator}|${breakdownKey(f.breakdown)}` : `${f.metric}|${indicatorKey(f)}`
  return `${what}|${f.kind}|${f.region.code}|${figurePlace(f) ?? ''}|${periodKey(f.period)}|${f.unit}`
}

/**
 * Conflicting reports: two values for one point of a series (see src/series) that disagree beyond rounding and
 * qualifiers. Maps each conflicting figure's id to the figures that disagree with it. Parts and their total sit on
 * different series and never conflict.
 */
export function findConflicts(series: readonly Series[], figureById: ReadonlyMap<string, Figure>): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>()
  for (const [id, others] of seriesConflicts(series)) out.set(id, others.map((o) => figureById.get(o)).filter((f): f is Figure => f !== undefined))
  return out
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
      g.indicator === level.indicator &&
      breakdownKey(g.breakdown) === breakdownKey(level.breakdown) &&
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
  /** The indicator key the card names (`port_cargo`): its whole, never one of its parts. */
  metric: string
  main: Figure
  growth: Figure | null
  /** The same period a year earlier on the main figure's line (2023年 for 2024年, 1—6月 2023 for 1—6月 2024), when reported. */
  yearEarlier: Figure | null
  /** One figure per point of the main figure's line (same series, see src/series), oldest first. */
  trend: Figure[]
  /** Other recent figures of the indicator (other periods or regions), for context. */
  also: Figure[]
  count: number
}

/**
 * The card of one indicator: its latest figure about the broadest region, for the indicator as a whole
 * (`其中进口…` is a part, not the indicator). Figures of other indicators of the same family never stand in for it:
 * 招商引资到位资金 is not 固定资产投资, and a land-port subtotal is not the cargo of all ports when the place says so.
 */
export function headlineFor(
  indicator: string,
  figures: readonly Figure[],
  articleDate: (f: Figure) => string = () => '',
  alsoLimit = 2,
): MetricHeadline | null {
  const ofIndicator = figures.filter((f) => f.indicator === indicator && f.breakdown === null && f.kind !== 'target')
  if (ofIndicator.length === 0) return null
  const sorted = ofIndicator.filter((f) => !supersededBound(f, ofIndicator)).sort(compareForHeadline(articleDate))
  const main = sorted[0]
  const line = seriesKeyOf(main)
  const byPoint = new Map<string, Figure>()
  if (line !== null) {
    for (const f of sorted) {
      if (seriesKeyOf(f) !== line) continue
      const at = periodKey(f.period)
      if (!byPoint.has(at)) byPoint.set(at, f)
    }
  }
  const trend = [...byPoint.values()].sort((a, b) => compareText(periodEnd(a), periodEnd(b)))
  const earlier = shiftYear(main.period.end)
  const yearEarlier = trend.find((f) => f.period.end === earlier && f.period.start === shiftYear(main.period.start)) ?? null
  const seen = new Set([measureKey(main) + '|' + main.value])
  const also: Figure[] = []
  for (const f of sorted.slice(1)) {
    if (also.length >= alsoLimit) break
    if (f.kind === 'growth' && sorted.some((l) => l.kind === 'level')) continue
    if (f === yearEarlier) continue
    const key = measureKey(f) + '|' + f.value
    if (seen.has(key)) continue
    seen.add(key)
    also.push(f)
  }
  return { metric: indicator, main, growth: growthFor(main, figures), yearEarlier, trend, also, count: ofIndicator.length }
}

/** `2024-06-30` → `2023-06-30`; 29 February falls back to the 28th. */
function shiftYear(iso: string | null): string | null {
  if (!iso) return null
  const y = Number(iso.slice(0, 4)) - 1
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5)
  return `${y}-${md}`
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

export interface IndicatorSummary {
  indicator: string
  count: number
  regions: number
  latest: Figure
}

/**
 * Every named indicator the pages report, most reported first. Figures of no indicator (counts of unnamed
 * things, bare rates) are left out: they are no indicator to offer.
 */
export function summarizeIndicators(figures: readonly Figure[], articleDate: (f: Figure) => string = () => ''): IndicatorSummary[] {
  const byIndicator = new Map<string, Figure[]>()
  for (const f of figures) {
    if (!f.indicator) continue
    const list = byIndicator.get(f.indicator)
    if (list) list.push(f)
    else byIndicator.set(f.indicator, [f])
  }
  return [...byIndicator.entries()]
    .map(([indicator, list]) => ({
      indicator,
      count: list.length,
      regions: new Set(list.map((f) => f.region.code)).size,
      latest: latestOf(list, articleDate),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.indicator, b.indicator))
}

/** An indicator's latest figure as a table of indicators shows it: of the whole when reported, by the headline order. */
export function latestOf(list: readonly Figure[], articleDate: (f: Figure) => string = () => ''): Figure {
  const whole = list.filter((f) => f.breakdown === null)
  return [...(whole.length ? whole : list)].sort(compareForHeadline(articleDate))[0]
}

/** A figure's article date ('' when undated) over a whole dataset, without indexing it. */
export function articleDateIn(dataset: Pick<Dataset, 'articles'>): (f: Figure) => string {
  const dates = new Map(dataset.articles.map((a) => [a.id, a.date ?? '']))
  return (f) => dates.get(f.source.articleId) ?? ''
}

/** latestOf for a dataset's figures, dated by their articles: what the build writes to data/latest.json. */
export function latestIn(dataset: Dataset): (list: readonly Figure[]) => Figure {
  const articleDate = articleDateIn(dataset)
  return (list) => latestOf(list, articleDate)
}

/** The indicators a decision-maker asks for first, in the order the overview shows them. */
export const HEADLINE_INDICATORS = ['gdp', 'industrial_value_added', 'port_cargo', 'fixed_asset_investment', 'rail_freight', 'gdp_by_industry'] as const

/** The indicator shown when none is asked for: a headline one the pages report, else the most reported. */
export function defaultIndicator(figures: readonly Figure[]): string | null {
  const reported = new Set(figures.map((f) => f.indicator))
  return HEADLINE_INDICATORS.find((k) => reported.has(k)) ?? summarizeIndicators(figures)[0]?.indicator ?? null
}

/**
 * The overview's cards: the headline indicators the pages report, topped up with the most reported named ones.
 * An indicator counts only when a figure reports it as a whole (not a target): a card of 规上工业增加值 whose
 * pages only give the growth of 装备制造业 would have no value to show.
 */
export function cardIndicators(figures: readonly Figure[], count = 4, least = 3): string[] {
  const summaries = summarizeIndicators(figures)
  const reported = new Set(figures.filter((f) => f.indicator && f.breakdown === null && f.kind !== 'target').map((f) => f.indicator!))
  const out: string[] = HEADLINE_INDICATORS.filter((k) => reported.has(k)).slice(0, count)
  for (const s of summaries) if (out.length < least && reported.has(s.indicator) && !out.includes(s.indicator)) out.push(s.indicator)
  return out
}

/** The indicator the overview charts: of the candidates, the one with the longest line of its whole (not a part). */
/** A line as the overview reads it: a Series or a sketch of one (src/model/shards.ts). */
type LineLike = Omit<Series, 'points'> & { points: readonly unknown[] }

export function overviewIndicator(series: readonly LineLike[], candidates: readonly string[]): string | null {
  let best: string | null = null
  let bestPoints = 0
  for (const key of candidates) {
    const points = Math.max(0, ...series.filter((s) => s.indicator === key && s.breakdown === null && s.kind === 'level').map((s) => s.points.length))
    if (points > bestPoints) [best, bestPoints] = [key, points]
  }
  return best ?? candidates[0] ?? null
}

/**
 * The subject of the overview's trend chart for an indicator: the broadest region with a line of the whole (the
 * province before a league, a league before a county), no place inside it; of those, the one with most points.
 * A first screen of every league's single points, each with its own legend entry, reads as noise.
 */
export function overviewRegion(series: readonly LineLike[], indicator: string): string | null {
  const rank = (code: string) => ['country', 'province', 'league', 'county'].indexOf(regionLevel(code))
  const points = new Map<string, number>()
  for (const s of series) {
    if (s.indicator !== indicator || s.breakdown !== null || s.place !== null) continue
    points.set(s.region.code, (points.get(s.region.code) ?? 0) + s.points.length)
  }
  // The country's figures are context, not the subject of a dashboard of Inner Mongolia.
  const candidates = [...points.entries()].filter(([code]) => code !== '100000')
  candidates.sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || compareText(a[0], b[0]))
  return candidates[0]?.[0] ?? null
}

/**
 * The indicator a link's key names: an indicator key as is; a metric family of older links
 * (`metric=cargo_volume`) as its most reported indicator; null for anything else.
 */
export function resolveIndicator(key: string, figures: readonly Figure[]): string | null {
  if (figures.some((f) => f.indicator === key)) return key
  if (!(CORE_METRICS as readonly string[]).includes(key) && !figures.some((f) => f.metric === key)) return null
  const counts = new Map<string, number>()
  for (const f of figures) if (f.metric === key && f.indicator) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? null
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

/** A count of figures of one indicator in one region and year (null: undated). */
export interface CoverageCount {
  indicator: string
  region: Region
  year: number | null
  n: number
}

/**
 * Where data exists: indicator × region × year, from counts however they were made (the figures at hand, or the
 * catalogue's cells). Rows run in `metricOrder`, then by how many figures an indicator has; `metric` holds the
 * indicator key.
 */
export function coverageOfCounts(counts: Iterable<CoverageCount>, metricOrder: readonly string[] = []): Coverage {
  const rows = new Map<string, CoverageRow>()
  const years = new Set<number>()
  let hasUndated = false
  for (const { indicator, region, year, n } of counts) {
    const key = `${indicator}|${region.code}`
    let row = rows.get(key)
    if (!row) rows.set(key, (row = { metric: indicator, region, byYear: new Map(), undated: 0, total: 0 }))
    row.total += n
    if (year === null) {
      row.undated += n
      hasUndated = true
    } else {
      years.add(year)
      row.byYear.set(year, (row.byYear.get(year) ?? 0) + n)
    }
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

/** Where data exists among these figures (each counted in the year its period ends). */
export function coverageMatrix(figures: readonly Figure[], metricOrder: readonly string[] = []): Coverage {
  const counts = figures.flatMap((f) =>
    f.indicator ? [{ indicator: f.indicator, region: f.region, year: periodYears(f.period)?.[1] ?? null, n: 1 }] : [],
  )
  return coverageOfCounts(counts, metricOrder)
}

/** Lookups over a loaded dataset, built once and kept out of Vue's reactivity. */
export interface DatasetIndex {
  figureById: Map<string, Figure>
  articleById: Map<string, Article>
  figuresByArticle: Map<string, Figure[]>
  /** The dataset's series, or series built here for a dataset without them. */
  series: Series[]
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
  const series = dataset.series ?? buildSeries(dataset.figures)
  return {
    figureById,
    articleById,
    figuresByArticle,
    series,
    conflicts: findConflicts(series, figureById),
    articleDate: (f) => articleById.get(f.source.articleId)?.date ?? '',
    years: [...years].sort((a, b) => a - b),
    regions: [...regions.values()].sort(compareRegions),
  }
}
