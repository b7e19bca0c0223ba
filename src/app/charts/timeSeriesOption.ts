import type { EChartsCoreOption } from 'echarts/core'
import type { Figure, FigureKind, Period, Unit } from '../../model/index.ts'
import { compareText } from '../data/compare.ts'
import { figurePlace, growthFor, impliedPriorValue, indicatorKey, supersededBound } from '../data/figures.ts'
import { formatAmount, formatAxisValue, formatFigureValue, isRateUnit, unitName } from '../format/number.ts'
import { comparabilityClass, comparabilityName, formatPeriod, periodKey, shiftPeriodYears } from '../format/period.ts'
import { kindName } from '../i18n/names.ts'
import { joinList, translate } from '../i18n/messages.ts'
import { escapeHtml, figureTooltip, itemTooltip } from './tooltip.ts'
import type { ChartContext, FigurePoint, LegendEntry } from './types.ts'

/**
 * Long period labels on two lines (2024年初至 / 6月2日, 2024年 / 前三季度, Jan–Sep / 2024), so on a phone's
 * narrow axis they fit beside each other instead of being dropped as overlapping.
 */
export function wrapPeriodLabel(label: string): string {
  if ([...label].length <= 7) return label
  const middle = label.length / 2
  let best = -1
  for (let i = 1; i < label.length - 1; i++) {
    if (!/[至—–\-\s年]/.test(label[i])) continue
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i
  }
  if (best < 0) return label
  return /\s/.test(label[best]) ? label.slice(0, best) + '\n' + label.slice(best + 1) : label.slice(0, best + 1) + '\n' + label.slice(best + 1)
}

export interface TimeSeriesInput {
  metric: string
  /** Figures of that metric for the selected regions and period (any kind). */
  figures: readonly Figure[]
  showDerived: boolean
  conflicts?: ReadonlyMap<string, readonly Figure[]>
  selectedId?: string | null
}

export interface TimePoint extends FigurePoint {
  /** [index of the period on the x axis, value in base units] */
  value: [number, number]
  periodKey: string
}

export interface TimeSeriesInfo {
  name: string
  /** The indicator as written, normalised (see indicatorKey). */
  indicator: string
  kind: FigureKind
  unit: Unit
  /** Comparability class (`year`, `ytd:09-30`, …); one class per series, never mixed. */
  periodClass: string
  regionCode: string
  place: string | null
  derived: boolean
  points: TimePoint[]
}

export interface TimeSeriesChart {
  option: EChartsCoreOption | null
  /** The x axis: every period shown, oldest first. */
  periods: Period[]
  legend: LegendEntry[]
  /** 2 when levels and rates are drawn in separate panels. */
  panels: number
  description: string
  series: TimeSeriesInfo[]
  /** Figures drawn (reported ones; derived points are not figures). */
  plotted: Figure[]
  /** Figures without a date: listed, never placed on the axis. */
  undated: Figure[]
}

const SYMBOL_BY_BASIS: Record<string, string> = {
  year: 'circle',
  ytd: 'triangle',
  quarter: 'diamond',
  month: 'rect',
  point: 'roundRect',
  span: 'pin',
}

const HOLLOW: Record<string, string> = { circle: 'emptyCircle', triangle: 'emptyTriangle', diamond: 'emptyDiamond', rect: 'emptyRect', roundRect: 'emptyRoundRect', pin: 'emptyPin' }

const LINE_TYPE: Record<FigureKind, 'solid' | 'dashed' | 'dotted'> = { level: 'solid', growth: 'dashed', share: 'dotted', target: 'dotted' }

function basisOfClass(cls: string): string {
  return cls.split(':')[0]
}

function seriesKey(f: Figure, cls: string): string {
  return `${indicatorKey(f)}|${f.region.code}|${figurePlace(f) ?? ''}|${f.kind}|${f.unit}|${cls}`
}

const BASIS_ORDER = ['year', 'ytd', 'quarter', 'month', 'point', 'span', 'unknown']

/** Periods in time order: by end, then the longer period first, then basis. */
function comparePeriods(a: Period, b: Period): number {
  return (
    compareText(a.end ?? '', b.end ?? '') ||
    compareText(a.start ?? '', b.start ?? '') ||
    BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis)
  )
}

interface DraftPoint extends FigurePoint {
  period: Period
  y: number
}

interface DraftSeries extends Omit<TimeSeriesInfo, 'points'> {
  drafts: DraftPoint[]
}

/**
 * One chart for one metric. A series per indicator, region (and place), kind, unit and comparability class, so
 * full years, year-to-date sums and stocks are never joined into one line, and levels and rates sit on separate
 * axes. The x axis lists the periods themselves (2023年, 2024年前三季度, 2024年) in time order: newspaper figures
 * are few and irregular, and a calendar axis would hide them in empty months. Implied prior-year values
 * (level ÷ (1 + growth)) are their own hollow, labelled series, only when asked for.
 */
export function timeSeriesOption(input: TimeSeriesInput, ctx: ChartContext): TimeSeriesChart {
  const { labels, colors } = ctx
  const { lang } = labels
  const figureById = new Map(input.figures.map((f) => [f.id, f]))
  const conflicts = input.conflicts ?? new Map<string, readonly Figure[]>()
  const undated: Figure[] = []
  const groups = new Map<string, { cls: string; figures: Figure[] }>()
  const ofMetric = input.figures.filter((f) => f.metric === input.metric)
  for (const f of ofMetric) {
    // “突破400万吨，达450万吨”: the bound would draw a second point under the exact figure.
    if (supersededBound(f, ofMetric)) continue
    const cls = comparabilityClass(f.period)
    if (!cls) {
      undated.push(f)
      continue
    }
    const key = seriesKey(f, cls)
    const group = groups.get(key)
    if (group) group.figures.push(f)
    else groups.set(key, { cls, figures: [f] })
  }

  const all = [...groups.values()].flatMap((g) => g.figures)
  const subjectOf = (f: Figure) => `${f.region.code}|${figurePlace(f) ?? ''}`
  const subjects = [...new Set(all.map(subjectOf))]
  const indicators = new Set(all.map(indicatorKey))

  const drafts: DraftSeries[] = []
  const plotted: Figure[] = []
  for (const { cls, figures } of groups.values()) {
    const first = figures[0]
    const place = figurePlace(first)
    const sorted = [...figures].sort((a, b) => comparePeriods(a.period, b.period) || compareText(a.id, b.id))
    const seen = new Set<string>()
    const points: DraftPoint[] = []
    for (const f of sorted) {
      plotted.push(f)
      const at = `${periodKey(f.period)}|${f.value}|${f.qualifier}`
      if (seen.has(at)) continue
      seen.add(at)
      points.push({ period: f.period, y: f.value, figureId: f.id })
    }
    const nameParts = [
      labels.region(first.region) + (place ? ` · ${labels.place?.(place) ?? place}` : ''),
      indicators.size > 1 ? first.label || indicatorKey(first) : '',
      first.kind === 'level' ? '' : kindName(first.kind, lang),
      comparabilityName(cls, lang),
    ].filter(Boolean)
    const name = nameParts.join(' · ')
    const base = { kind: first.kind, unit: first.unit, periodClass: cls, regionCode: first.region.code, place, indicator: indicatorKey(first) }
    drafts.push({ ...base, name, derived: false, drafts: points })

    if (input.showDerived && first.kind === 'level') {
      const derivedPoints: DraftPoint[] = []
      for (const f of sorted) {
        const growth = growthFor(f, input.figures)
        const prior = growth ? impliedPriorValue(f.value, growth.value) : null
        if (prior === null) continue
        derivedPoints.push({ period: shiftPeriodYears(f.period, -1), y: prior, derivedFrom: f.id })
      }
      if (derivedPoints.length) {
        drafts.push({ ...base, name: `${name} · ${translate(lang, 'chart.derived')}`, derived: true, drafts: derivedPoints })
      }
    }
  }

  const periodByKey = new Map<string, Period>()
  for (const d of drafts) for (const p of d.drafts) periodByKey.set(periodKey(p.period), p.period)
  const periods = [...periodByKey.values()].sort(comparePeriods)
  const periodIndex = new Map(periods.map((p, i) => [periodKey(p), i]))
  const series: TimeSeriesInfo[] = drafts.map(({ drafts: points, ...rest }) => ({
    ...rest,
    points: points
      .map((p): TimePoint => {
        const key = periodKey(p.period)
        const point: TimePoint = { value: [periodIndex.get(key)!, p.y], periodKey: key }
        if (p.figureId) point.figureId = p.figureId
        if (p.derivedFrom) point.derivedFrom = p.derivedFrom
        return point
      })
      .sort((a, b) => a.value[0] - b.value[0]),
  }))

  const description = describeTimeChart(input.metric, series, periodByKey, figureById, ctx)
  if (series.length === 0) return { option: null, description, series, periods, legend: [], panels: 0, plotted, undated }

  // Levels above, rates (growth, shares, percentage points) in a panel of their own below, sharing the periods.
  const levelUnits = [...new Set(series.filter((s) => !isRateUnit(s.unit)).map((s) => s.unit))]
  const rateUnits = [...new Set(series.filter((s) => isRateUnit(s.unit)).map((s) => s.unit))]
  const panels = [levelUnits, rateUnits].filter((units) => units.length > 0)
  const twoPanels = panels.length === 2
  const axisUnits = panels.flat()
  const panelOf = (unit: Unit) => (twoPanels && isRateUnit(unit) ? 1 : 0)
  const yAxis = axisUnits.map((unit) => {
    const panel = panelOf(unit)
    const order = axisUnits.filter((u) => panelOf(u) === panel).indexOf(unit)
    return {
      type: 'value',
      gridIndex: panel,
      name: isRateUnit(unit) ? unitName(unit, lang) : axisUnitName(unit, series, lang),
      position: order === 0 ? 'left' : 'right',
      offset: order >= 2 ? (order - 1) * 56 : 0,
      // Levels start at zero: a truncated axis would exaggerate the change between two figures.
      scale: false,
      nameTextStyle: { color: colors.muted, fontSize: ctx.fontSize ?? 12, align: order === 0 ? 'left' : 'right' },
      axisLine: { show: true, lineStyle: { color: colors.axis } },
      axisLabel: { color: colors.muted, fontSize: ctx.fontSize ?? 12, formatter: (v: number) => formatAxisValue(v, unit, lang) },
      splitLine: { show: order === 0, lineStyle: { color: colors.grid } },
    }
  })
  const categories = periods.map((p) => formatPeriod(p, lang))
  const wrapped = categories.some((c) => wrapPeriodLabel(c) !== c)
  const rightAxes = Math.max(0, ...panels.map((units) => units.length - 1))
  // A fixed left margin (not containLabel) keeps the two panels' axes aligned.
  const scale = (ctx.fontSize ?? 12) / 12
  const gridBase = { left: Math.round(64 * scale), right: Math.round(rightAxes ? 64 * rightAxes * scale : 24), containLabel: false }
  // Two-line period labels need room under the last panel.
  const bottom = wrapped ? 44 : 28
  const grid = twoPanels ? [{ ...gridBase, top: 28, bottom: '48%' }, { ...gridBase, top: '62%', bottom }] : [{ ...gridBase, top: 28, bottom }]
  const xAxis = grid.map((_, i) => ({
    type: 'category',
    gridIndex: i,
    boundaryGap: true,
    data: categories,
    axisLine: { lineStyle: { color: colors.axis } },
    axisLabel: { color: colors.muted, fontSize: ctx.fontSize ?? 12, hideOverlap: true, formatter: wrapPeriodLabel },
    axisTick: { alignWithLabel: true },
  }))

  const styles = series.map((s) => {
    const subjectIndex = subjects.indexOf(`${s.regionCode}|${s.place ?? ''}`)
    const symbol = SYMBOL_BY_BASIS[basisOfClass(s.periodClass)] ?? 'circle'
    const joinable = !s.derived && !s.periodClass.startsWith('span:')
    return { color: colors.series[subjectIndex % colors.series.length], symbol, joinable }
  })
  const legend: LegendEntry[] = series.map((s, i) => ({
    name: s.name,
    color: styles[i].color,
    symbol: styles[i].symbol,
    line: styles[i].joinable ? LINE_TYPE[s.kind] : null,
    hollow: s.derived,
  }))

  const echartsSeries = series.map((s, i) => {
    const { color, symbol, joinable } = styles[i]
    return {
      type: joinable ? 'line' : 'scatter',
      name: s.name,
      xAxisIndex: panelOf(s.unit),
      yAxisIndex: axisUnits.indexOf(s.unit),
      symbol: s.derived ? (HOLLOW[symbol] ?? 'emptyCircle') : symbol,
      symbolSize: Math.round((s.derived ? 9 : 10) * scale),
      color,
      lineStyle: joinable ? { type: LINE_TYPE[s.kind], width: 2 } : undefined,
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
    tooltip: itemTooltip(colors, (params: { data?: TimePoint }) => {
        const data = params.data
        if (!data) return ''
        if (data.derivedFrom) return derivedTooltip(figureById.get(data.derivedFrom), data.value[1], input.figures, ctx)
        const f = data.figureId ? figureById.get(data.figureId) : undefined
        return f ? figureTooltip(f, ctx, conflicts.has(f.id)) : ''
      }),
    xAxis,
    yAxis,
    series: echartsSeries,
  }
  return { option, description, series, periods, legend, panels: grid.length, plotted, undated }
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
function describeTimeChart(
  metric: string,
  series: readonly TimeSeriesInfo[],
  periodByKey: ReadonlyMap<string, Period>,
  figureById: ReadonlyMap<string, Figure>,
  ctx: ChartContext,
): string {
  const { lang } = ctx.labels
  const head = translate(lang, 'chart.describeTime', { metric: ctx.labels.metric(metric), count: series.length })
  const parts = series.map((s) =>
    translate(lang, 'chart.describeSeries', {
      name: s.name,
      points: joinList(
        s.points.map((p) => {
          const f = p.figureId ? figureById.get(p.figureId) : undefined
          const value = f ? formatFigureValue(f, lang) : formatAmount(p.value[1], s.unit, lang)
          const period = periodByKey.get(p.periodKey)
          return `${period ? formatPeriod(period, lang) : ''} ${value}`.trim()
        }),
        lang,
      ),
    }),
  )
  return [head, ...parts].join(lang === 'zh' ? '' : ' ')
}
