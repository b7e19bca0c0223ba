import type { EChartsCoreOption } from 'echarts/core'
import type { Figure, FigureKind, PeriodType, Series, SeriesPoint, Unit } from '../../model/index.ts'
import type { LineSketch } from '../../model/shards.ts'
import { breakdownKey } from '../../series/index.ts'
import { compareText } from '../data/compare.ts'
import { regionLevel } from '../data/regions.ts'
import { growthFor, impliedPriorValue } from '../data/figures.ts'
import { formatAmount, formatAxisValue, formatFigureValue, isRateUnit, unitName } from '../format/number.ts'
import { comparabilityName, formatPeriod, shiftPeriodYears } from '../format/period.ts'
import { breakdownName, kindName } from '../i18n/names.ts'
import { joinList, translate } from '../i18n/messages.ts'
import { escapeHtml, figureTooltip, itemTooltip, sketchTooltip } from './tooltip.ts'
import type { ChartContext, FigurePoint, LegendEntry } from './types.ts'

/** Breakdown choice meaning “every part and the whole, one line each”. */
export const ALL_BREAKDOWNS = '*'

export interface TimeSeriesInput {
  /** The indicator key (`port_cargo`). */
  metric: string
  /**
   * The figures the selection matches (regions, years, period types): only points they report are drawn. Null
   * while they are still coming: then the chart is drawn from `sketches`, the points `keep` accepts.
   */
  figures: readonly Figure[] | null
  /** Every series of the dataset (see src/series); those of the indicator and breakdown are drawn. */
  series: readonly Series[]
  /** A breakdownKey ('' the whole, `direction=import`), ALL_BREAKDOWNS, or null for the whole when reported. */
  breakdown?: string | null
  showDerived: boolean
  conflicts?: ReadonlyMap<string, readonly Figure[]>
  selectedId?: string | null
  /** The indicator's lines as the catalogue's line shard gives them (first figure and count per point). */
  sketches?: readonly LineSketch[]
  /** Which sketched points the selection keeps (regions, years, period types), when `figures` is null. */
  keep?: (line: LineSketch, point: LineSketch['points'][number]) => boolean
  /** Figures already fetched while the chart is drawn from sketches (a large indicator's last years): their points' tooltips quote them. */
  known?: readonly Figure[]
}

/**
 * The sketched lines as series whose points name their first figure only: enough to draw, before the figures
 * arrive. `keep` stands for the selection.
 */
function sketchedSeries(input: TimeSeriesInput): { series: Series[]; sources: Map<SeriesPoint, number> } {
  const sources = new Map<SeriesPoint, number>()
  const series: Series[] = []
  for (const line of input.sketches ?? []) {
    if (line.indicator !== input.metric) continue
    const points: SeriesPoint[] = []
    for (const p of line.points) {
      if (input.keep && !input.keep(line, p)) continue
      const point: SeriesPoint = { start: p.start, end: p.end, value: p.value, qualifier: p.qualifier, figureIds: [p.figureId], conflicting: [] }
      sources.set(point, p.reports)
      points.push(point)
    }
    if (points.length) series.push({ ...line, points })
  }
  return { series, sources }
}

export interface TimePoint extends FigurePoint {
  /** [time of the period's end in ms (UTC), value in base units] */
  value: [number, number]
  /** How many figures report this point (a headline and the body are one point). */
  sources?: number
  /** The period of a sketched point, for its tooltip before its figure is fetched. */
  start?: string | null
  end?: string
}

export interface TimeSeriesInfo {
  name: string
  indicator: string
  breakdown: string
  kind: FigureKind
  unit: Unit
  periodType: PeriodType
  regionCode: string
  place: string | null
  derived: boolean
  points: TimePoint[]
}

export interface BreakdownChoice {
  key: string
  points: number
}

export interface TimeSeriesChart {
  option: EChartsCoreOption | null
  legend: LegendEntry[]
  /** 2 when levels and rates are drawn in separate panels. */
  panels: number
  description: string
  series: TimeSeriesInfo[]
  /** The breakdowns the indicator has in this selection, the whole first, then by points; and the one drawn. */
  breakdowns: BreakdownChoice[]
  breakdown: string
  /** Figures drawn (every report of every point; derived points are not figures). */
  plotted: Figure[]
  /** Figures of the indicator with no place on a time axis (undated, or spanning several years): listed, not drawn. */
  undated: Figure[]
  /** Level axes drawn on a log scale (values spanning two orders of magnitude or more). */
  logAxes: Unit[]
  /** Lines of the selection left off the chart (over MAX_LINES); the table lists their figures. */
  hiddenLines: number
}

/**
 * Most lines one chart draws. Ten years of pages give an indicator hundreds of lines (every county, port and
 * project that reported it once); drawn together they are a tangle whose legend hides the chart. The province's
 * and the leagues' lines come first, then the longest; a note says how many more there are.
 */
export const MAX_LINES = 14

const LEVEL_RANK: Record<string, number> = { province: 0, league: 1, country: 2, county: 3 }

/** The lines to draw, in their order: all when few, else the first MAX_LINES by region level, whole before place, length. */
export function linesToDraw<S extends Pick<Series, 'region' | 'place' | 'points' | 'kind'>>(lines: readonly S[], max = MAX_LINES): S[] {
  if (lines.length <= max) return [...lines]
  const rank = (s: S) => [LEVEL_RANK[regionLevel(s.region.code)] ?? 4, s.place === null ? 0 : 1, -s.points.length, s.kind === 'level' ? 0 : 1]
  const order = lines.map((s, i) => ({ s, i, r: rank(s) }))
  order.sort((a, b) => cmpRank(a.r, b.r) || a.i - b.i)
  const keep = new Set(order.slice(0, max).map((o) => o.i))
  return lines.filter((_, i) => keep.has(i))
}

function cmpRank(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k]
  return 0
}

const SYMBOL_BY_TYPE: Record<string, string> = { year: 'circle', ytd: 'triangle', quarter: 'diamond', month: 'rect', point: 'roundRect' }
const HOLLOW: Record<string, string> = { circle: 'emptyCircle', triangle: 'emptyTriangle', diamond: 'emptyDiamond', rect: 'emptyRect', roundRect: 'emptyRoundRect' }
const LINE_TYPE: Record<FigureKind, 'solid' | 'dashed' | 'dotted'> = { level: 'solid', growth: 'dashed', share: 'dotted', target: 'dotted' }
/** A level axis turns logarithmic when its largest value is this many times its smallest. */
export const LOG_SPAN = 100

export function timeOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

/** The breakdowns of an indicator, the whole first, then the parts with most points. */
export function breakdownChoices(series: readonly Series[]): BreakdownChoice[] {
  const points = new Map<string, number>()
  for (const s of series) points.set(breakdownKey(s.breakdown), (points.get(breakdownKey(s.breakdown)) ?? 0) + s.points.length)
  return [...points.entries()]
    .map(([key, n]) => ({ key, points: n }))
    .sort((a, b) => Number(b.key === '') - Number(a.key === '') || b.points - a.points || compareText(a.key, b.key))
}

/**
 * One chart for one indicator on a real time axis: one line per series (breakdown × region × place × period
 * type × kind), each point at the end of its period, so 1—6月 of 2023 and of 2024 sit a year apart on one line
 * and a full year never joins a half year. Levels above, rates (growth, shares, points) in a panel below; a level
 * axis whose values span two orders of magnitude is logarithmic. Implied prior-year values
 * (level ÷ (1 + growth)) are their own hollow, labelled series, only when asked for.
 */
export function timeSeriesOption(input: TimeSeriesInput, ctx: ChartContext): TimeSeriesChart {
  const { labels, colors } = ctx
  const { lang } = labels
  const sketched = input.figures === null ? sketchedSeries(input) : null
  const figures = input.figures ?? []
  const figureById = new Map(figures.map((f) => [f.id, f]))
  const knownById = sketched ? new Map((input.known ?? []).map((f) => [f.id, f])) : figureById
  const conflicts = input.conflicts ?? new Map<string, readonly Figure[]>()

  // The indicator's series restricted to what the selection matches: a point stays when a matching figure reports it.
  const selected: Series[] = sketched ? sketched.series : []
  for (const s of sketched ? [] : input.series) {
    if (s.indicator !== input.metric) continue
    const points = s.points.filter((p) => p.figureIds.some((id) => figureById.has(id)))
    if (points.length) selected.push({ ...s, points })
  }
  const breakdowns = breakdownChoices(selected)
  const wanted = input.breakdown ?? null
  const breakdown =
    wanted === ALL_BREAKDOWNS || (wanted !== null && breakdowns.some((b) => b.key === wanted)) ? wanted : (breakdowns[0]?.key ?? '')
  const chosen = selected.filter((s) => breakdown === ALL_BREAKDOWNS || breakdownKey(s.breakdown) === breakdown)
  const drawn = linesToDraw(chosen)
  const hiddenLines = chosen.length - drawn.length
  const undated = figures.filter(
    (f) =>
      f.indicator === input.metric &&
      f.kind !== 'target' &&
      (breakdown === ALL_BREAKDOWNS || breakdownKey(f.breakdown) === breakdown) &&
      !drawn.some((s) => s.points.some((p) => p.figureIds.includes(f.id))) &&
      !(f.period.end && f.period.basis !== 'span' && f.period.basis !== 'unknown'),
  )

  const subjects = [...new Set(drawn.map((s) => `${s.region.code}|${s.place ?? ''}`))]
  const plotted: Figure[] = []
  const series: TimeSeriesInfo[] = []
  const nameOf = (s: Series) =>
    [
      labels.metric(s.indicator),
      breakdownName(s.breakdown, lang),
      labels.region(s.region) + (s.place ? ` · ${labels.place?.(s.place) ?? s.place}` : ''),
      s.kind === 'level' ? '' : kindName(s.kind, lang),
      comparabilityName(s.periodType, lang),
    ]
      .filter(Boolean)
      .join(' · ')
  // Two lines that differ only by unit (a level in 元 and one in %) would share a legend entry: name the unit.
  const named = new Map<string, number>()
  for (const s of drawn) named.set(nameOf(s), (named.get(nameOf(s)) ?? 0) + 1)
  for (const s of drawn) {
    const name = nameOf(s) + (named.get(nameOf(s))! > 1 ? ` · ${unitName(s.unit, lang)}` : '')
    const base = { indicator: s.indicator, breakdown: breakdownKey(s.breakdown), kind: s.kind, unit: s.unit, periodType: s.periodType, regionCode: s.region.code, place: s.place }
    const points: TimePoint[] = s.points.map((p) => {
      if (sketched) return { value: [timeOf(p.end), p.value], figureId: p.figureIds[0], sources: sketched.sources.get(p), start: p.start, end: p.end }
      const ids = p.figureIds.filter((id) => figureById.has(id))
      for (const id of ids) plotted.push(figureById.get(id)!)
      return { value: [timeOf(p.end), p.value], figureId: ids[0], sources: ids.length }
    })
    series.push({ ...base, name, derived: false, points })
    if (input.showDerived && s.kind === 'level' && !sketched) {
      const derivedPoints: TimePoint[] = []
      for (const p of points) {
        const f = figureById.get(p.figureId!)!
        const growth = growthFor(f, figures)
        const prior = growth ? impliedPriorValue(f.value, growth.value) : null
        const end = shiftPeriodYears(f.period, -1).end
        if (prior !== null && end) derivedPoints.push({ value: [timeOf(end), prior], derivedFrom: f.id })
      }
      if (derivedPoints.length) series.push({ ...base, name: `${name} · ${translate(lang, 'chart.derived')}`, derived: true, points: derivedPoints })
    }
  }

  const description = describeTimeChart(input.metric, series, figureById, ctx, hiddenLines)
  const empty = { option: null, description, series, legend: [], panels: 0, plotted, undated, breakdowns, breakdown, logAxes: [], hiddenLines }
  if (series.length === 0) return empty

  // Levels above, rates (growth, shares, percentage points) in a panel of their own below, sharing the time axis.
  const levelUnits = [...new Set(series.filter((s) => !isRateUnit(s.unit)).map((s) => s.unit))]
  const rateUnits = [...new Set(series.filter((s) => isRateUnit(s.unit)).map((s) => s.unit))]
  const panels = [levelUnits, rateUnits].filter((units) => units.length > 0)
  const twoPanels = panels.length === 2
  const axisUnits = panels.flat()
  const panelOf = (unit: Unit) => (twoPanels && isRateUnit(unit) ? 1 : 0)
  const logAxes = levelUnits.filter((unit) => spansOrders(series.filter((s) => s.unit === unit)))
  const yAxis = axisUnits.map((unit) => {
    const panel = panelOf(unit)
    const order = axisUnits.filter((u) => panelOf(u) === panel).indexOf(unit)
    const log = logAxes.includes(unit)
    return {
      type: log ? 'log' : 'value',
      gridIndex: panel,
      name: isRateUnit(unit) ? unitName(unit, lang) : axisUnitName(unit, series, lang) + (log ? ` (${translate(lang, 'chart.logScale')})` : ''),
      position: order === 0 ? 'left' : 'right',
      offset: order >= 2 ? (order - 1) * 56 : 0,
      // Linear levels start at zero: a truncated axis would exaggerate the change between two figures.
      scale: false,
      // The lower panel's axis name sits in the gap under the upper panel's dates (2012年末 above a `%`): nearer
      // its own axis, the two do not touch.
      nameGap: panel === 1 ? 6 : 15,
      nameTextStyle: { color: colors.muted, fontSize: ctx.fontSize ?? 12, align: order === 0 ? 'left' : 'right' },
      axisLine: { show: true, lineStyle: { color: colors.axis } },
      axisLabel: { color: colors.muted, fontSize: ctx.fontSize ?? 12, formatter: (v: number) => formatAxisValue(v, unit, lang) },
      splitLine: { show: order === 0, lineStyle: { color: colors.grid } },
    }
  })
  const rightAxes = Math.max(0, ...panels.map((units) => units.length - 1))
  // A fixed left margin (not containLabel) keeps the two panels' axes aligned. The margins hold the labels, so
  // ECharts' outer-bounds pass (a trial layout of every axis label, measured, to shrink the grid if one overflows
  // the canvas) changes nothing, and it was a third of the first chart's setOption on a slow device: off.
  const scale = (ctx.fontSize ?? 12) / 12
  const gridBase = { left: Math.round(64 * scale), right: Math.round(rightAxes ? 64 * rightAxes * scale : 32), containLabel: false, outerBoundsMode: 'none' }
  const grid = twoPanels ? [{ ...gridBase, top: 28, bottom: '48%' }, { ...gridBase, top: '62%', bottom: 28 }] : [{ ...gridBase, top: 28, bottom: 28 }]
  // The axis runs over whole years around the points, so one point still reads as a date, not a category.
  const times = series.flatMap((s) => s.points.map((p) => p.value[0]))
  const firstYear = new Date(Math.min(...times)).getUTCFullYear()
  const lastYear = new Date(Math.max(...times)).getUTCFullYear()
  // Year-end points only (full years, year-end stocks): month ticks between them (2月 3月 …) would say there are
  // monthly figures; the axis then ticks at year ends only.
  const yearEndsOnly = times.every((t) => new Date(t).getUTCMonth() === 11 && new Date(t).getUTCDate() === 31)
  const xAxis = grid.map((_, i) => ({
    type: 'time',
    gridIndex: i,
    min: Date.UTC(firstYear, 0, 1),
    max: Date.UTC(lastYear + 1, 0, 1),
    ...(yearEndsOnly ? { minInterval: YEAR_MS } : {}),
    axisLine: { lineStyle: { color: colors.axis } },
    axisLabel: {
      color: colors.muted,
      fontSize: ctx.fontSize ?? 12,
      hideOverlap: true,
      formatter: (t: number) => tickLabel(t, lang),
    },
    splitLine: { show: false },
  }))

  const styles = series.map((s) => {
    const subjectIndex = subjects.indexOf(`${s.regionCode}|${s.place ?? ''}`)
    const partIndex = breakdown === ALL_BREAKDOWNS ? breakdowns.findIndex((b) => b.key === s.breakdown) : 0
    const symbol = SYMBOL_BY_TYPE[s.periodType.split(':')[0]] ?? 'circle'
    return { color: colors.series[(subjectIndex + partIndex) % colors.series.length], symbol }
  })
  const legend: LegendEntry[] = series.map((s, i) => ({
    name: s.name,
    color: styles[i].color,
    symbol: styles[i].symbol,
    line: s.derived ? null : LINE_TYPE[s.kind],
    hollow: s.derived,
  }))

  const echartsSeries = series.map((s, i) => {
    const { color, symbol } = styles[i]
    return {
      type: s.derived ? 'scatter' : 'line',
      name: s.name,
      xAxisIndex: panelOf(s.unit),
      yAxisIndex: axisUnits.indexOf(s.unit),
      symbol: s.derived ? (HOLLOW[symbol] ?? 'emptyCircle') : symbol,
      symbolSize: Math.round((s.derived ? 9 : 10) * scale),
      color,
      lineStyle: s.derived ? undefined : { type: LINE_TYPE[s.kind], width: 2 },
      itemStyle: s.derived ? { opacity: 0.85 } : undefined,
      emphasis: { focus: 'series' },
      data: s.points.map((p) => {
        const conflict = p.figureId ? conflicts.has(p.figureId) : false
        const selected = p.figureId !== undefined && p.figureId === input.selectedId
        return {
          ...p,
          symbolSize: selected ? Math.round(16 * scale) : undefined,
          itemStyle: conflict || selected ? { borderColor: conflict ? colors.conflict : colors.text, borderWidth: 3 } : undefined,
        }
      }),
    }
  })

  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    color: colors.series,
    textStyle: { color: colors.text, fontSize: ctx.fontSize ?? 12 },
    grid,
    tooltip: itemTooltip(colors, (params: { data?: TimePoint; seriesIndex?: number }) => {
      const data = params.data
      if (!data) return ''
      if (data.derivedFrom) return derivedTooltip(figureById.get(data.derivedFrom), data.value[1], figures, ctx)
      const f = data.figureId ? knownById.get(data.figureId) : undefined
      if (f) return figureTooltip(f, ctx, conflicts.has(f.id))
      const line = sketched && params.seriesIndex !== undefined ? series[params.seriesIndex] : undefined
      return line && data.end ? sketchTooltip({ name: line.name, periodType: line.periodType, start: data.start ?? null, end: data.end, value: data.value[1], unit: line.unit, reports: data.sources ?? 1 }, ctx) : ''
    }),
    xAxis,
    yAxis,
    series: echartsSeries,
  }
  return { option, description, series, legend, panels: grid.length, plotted, undated, breakdowns, breakdown, logAxes, hiddenLines }
}

/**
 * Points stand at the end of their period, so the tick at 1 January 2024 is where 2023's full-year figure ends:
 * it reads `2023年末`, not `2024年`, and the point just left of it is not taken for 2024.
 */
/** A year's length for the time axis' minimum tick interval: ticks then fall on year boundaries. */
const YEAR_MS = 365 * 24 * 3600 * 1000

export function tickLabel(t: number, lang: 'zh' | 'en'): string {
  const d = new Date(t)
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]
  if (m === 0 && day === 1) return lang === 'zh' ? `${y - 1}年末` : `end-${y - 1}`
  return lang === 'zh' ? `${m + 1}月` : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m]
}

/** Positive values whose largest is at least LOG_SPAN times the smallest: on a linear axis the small ones would sit on zero. */
function spansOrders(series: readonly TimeSeriesInfo[]): boolean {
  const values = series.flatMap((s) => s.points.map((p) => p.value[1]))
  if (values.length < 2 || values.some((v) => !(v > 0))) return false
  return Math.max(...values) / Math.min(...values) >= LOG_SPAN
}

/** A level axis is named by the unit in the scale its values are read in (亿元, 万吨). */
function axisUnitName(unit: Unit, series: readonly TimeSeriesInfo[], lang: 'zh' | 'en'): string {
  const values = series.filter((s) => s.unit === unit).flatMap((s) => s.points.map((p) => Math.abs(p.value[1])))
  const max = Math.max(...values)
  const sample = formatAxisValue(max, unit, lang)
  const suffix = sample.replace(/^[-\d.,\s]+/, '')
  return lang === 'zh' ? suffix + unitName(unit, lang) : `${suffix ? suffix + ' ' : ''}${unitName(unit, lang)}`
}

function derivedTooltip(level: Figure | undefined, value: number, figures: readonly Figure[], ctx: ChartContext): string {
  const { lang } = ctx.labels
  if (!level) return ''
  const growth = growthFor(level, figures)
  const prior = shiftPeriodYears(level.period, -1)
  return [
    `<strong>${escapeHtml(ctx.labels.metric(level.metric))}</strong> · ${escapeHtml(translate(lang, 'chart.derived'))}`,
    escapeHtml(formatAmount(value, level.unit, lang)),
    escapeHtml(formatPeriod(prior, lang)),
    escapeHtml(ctx.labels.region(level.region)),
    escapeHtml(
      translate(lang, 'chart.derivedTip', {
        level: formatFigureValue(level, lang),
        rate: growth ? formatAmount(growth.value, '%', lang) : '?',
      }),
    ),
  ].join('<br>')
}

/** The text a screen reader gets for the chart (ECharts aria description). */
function describeTimeChart(metric: string, series: readonly TimeSeriesInfo[], figureById: ReadonlyMap<string, Figure>, ctx: ChartContext, hidden: number): string {
  const { lang } = ctx.labels
  const head = translate(lang, 'chart.describeTime', { metric: ctx.labels.metric(metric), count: series.length })
  const parts = series.map((s) =>
    translate(lang, 'chart.describeSeries', {
      name: s.name,
      points: joinList(
        s.points.map((p) => {
          const f = p.figureId ? figureById.get(p.figureId) : undefined
          const value = f ? formatFigureValue(f, lang) : formatAmount(p.value[1], s.unit, lang)
          return `${f ? formatPeriod(f.period, lang) : ''} ${value}`.trim()
        }),
        lang,
      ),
    }),
  )
  const more = hidden ? [translate(lang, 'chart.hiddenLines', { count: hidden })] : []
  return [head, ...parts, ...more].join(lang === 'zh' ? '' : ' ')
}
