import type { EChartsCoreOption } from 'echarts/core'
import type { Figure, FigureKind, Unit } from '../../model'
import { growthFor, impliedPriorValue } from '../data/figures'
import { formatAmount, formatAxisValue, formatFigureValue, isRateUnit, unitName } from '../format/number'
import { comparabilityClass, comparabilityName, formatPeriod, shiftPeriodYears } from '../format/period'
import { kindName } from '../i18n/names'
import { joinList, translate } from '../i18n/messages'
import { escapeHtml, figureTooltip } from './tooltip'
import type { ChartContext, FigurePoint } from './types'

export interface TimeSeriesInput {
  metric: string
  /** Figures of that metric for the selected regions and period (any kind). */
  figures: readonly Figure[]
  showDerived: boolean
  conflicts?: ReadonlyMap<string, readonly Figure[]>
  selectedId?: string | null
}

export interface TimePoint extends FigurePoint {
  value: [string, number]
}

export interface TimeSeriesInfo {
  name: string
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
  return `${f.region.code}|${f.place ?? ''}|${f.kind}|${f.unit}|${cls}`
}

function dateValue(iso: string): number {
  return Date.parse(iso + 'T00:00:00Z')
}

/**
 * One chart for one metric: a series per region (and place), kind, unit and comparability class, so full years,
 * year-to-date sums and stocks are never joined into one line, and levels and rates sit on separate axes.
 * Implied prior-year values (level ÷ (1 + growth)) are their own hollow, labelled series, only when asked for.
 */
export function timeSeriesOption(input: TimeSeriesInput, ctx: ChartContext): TimeSeriesChart {
  const { labels, colors } = ctx
  const { lang } = labels
  const figureById = new Map(input.figures.map((f) => [f.id, f]))
  const conflicts = input.conflicts ?? new Map<string, readonly Figure[]>()
  const undated: Figure[] = []
  const groups = new Map<string, { cls: string; figures: Figure[] }>()
  for (const f of input.figures) {
    if (f.metric !== input.metric) continue
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

  const subjects: string[] = []
  const series: TimeSeriesInfo[] = []
  const plotted: Figure[] = []
  for (const { cls, figures } of groups.values()) {
    const first = figures[0]
    const subject = `${first.region.code}|${first.place ?? ''}`
    if (!subjects.includes(subject)) subjects.push(subject)
    const sorted = [...figures].sort((a, b) => a.period.end!.localeCompare(b.period.end!) || a.id.localeCompare(b.id))
    const seen = new Set<string>()
    const points: TimePoint[] = []
    for (const f of sorted) {
      plotted.push(f)
      const at = `${f.period.end}|${f.value}|${f.qualifier}`
      if (seen.has(at)) continue
      seen.add(at)
      points.push({ value: [f.period.end!, f.value], figureId: f.id })
    }
    const subjectName = labels.region(first.region) + (first.place ? ` · ${first.place}` : '')
    const name = `${subjectName} · ${kindName(first.kind, lang)} · ${comparabilityName(cls, lang)}`
    series.push({ name, kind: first.kind, unit: first.unit, periodClass: cls, regionCode: first.region.code, place: first.place, derived: false, points })

    if (input.showDerived && first.kind === 'level') {
      const derivedPoints: TimePoint[] = []
      for (const f of sorted) {
        const growth = growthFor(f, input.figures)
        const prior = growth ? impliedPriorValue(f.value, growth.value) : null
        if (prior === null) continue
        const period = shiftPeriodYears(f.period, -1)
        derivedPoints.push({ value: [period.end!, prior], derivedFrom: f.id })
      }
      if (derivedPoints.length) {
        series.push({
          name: `${name} · ${translate(lang, 'chart.derived')}`,
          kind: 'level',
          unit: first.unit,
          periodClass: cls,
          regionCode: first.region.code,
          place: first.place,
          derived: true,
          points: derivedPoints,
        })
      }
    }
  }

  const description = describeTimeChart(input.metric, series, figureById, ctx)
  if (series.length === 0) return { option: null, description, series, plotted, undated }

  const levelUnits = [...new Set(series.filter((s) => !isRateUnit(s.unit)).map((s) => s.unit))]
  const rateUnits = [...new Set(series.filter((s) => isRateUnit(s.unit)).map((s) => s.unit))]
  const axisUnits = [...levelUnits, ...rateUnits]
  const yAxis = axisUnits.map((unit, i) => ({
    type: 'value',
    name: isRateUnit(unit) ? unitName(unit, lang) : axisUnitName(unit, series, lang),
    position: i === 0 ? 'left' : 'right',
    offset: i >= 2 ? (i - 1) * 56 : 0,
    scale: !isRateUnit(unit),
    nameTextStyle: { color: colors.muted },
    axisLine: { show: true, lineStyle: { color: colors.axis } },
    axisLabel: { color: colors.muted, formatter: (v: number) => formatAxisValue(v, unit, lang) },
    splitLine: { show: i === 0, lineStyle: { color: colors.grid } },
  }))

  const dates = series.flatMap((s) => s.points.map((p) => dateValue(p.value[0])))
  const minDate = Math.min(...dates)
  const maxDate = Math.max(...dates)
  const pad = Math.max(maxDate - minDate, 365 * 864e5) * 0.08

  const echartsSeries = series.map((s) => {
    const subjectIndex = subjects.indexOf(`${s.regionCode}|${s.place ?? ''}`)
    const color = colors.series[subjectIndex % colors.series.length]
    const symbol = SYMBOL_BY_BASIS[basisOfClass(s.periodClass)] ?? 'circle'
    const joinable = !s.derived && !s.periodClass.startsWith('span:')
    return {
      type: joinable ? 'line' : 'scatter',
      name: s.name,
      yAxisIndex: axisUnits.indexOf(s.unit),
      symbol: s.derived ? HOLLOW[symbol] ?? 'emptyCircle' : symbol,
      symbolSize: s.derived ? 9 : 10,
      color,
      lineStyle: joinable ? { type: LINE_TYPE[s.kind], width: 2 } : undefined,
      itemStyle: s.derived ? { opacity: 0.85 } : undefined,
      emphasis: { focus: 'series' },
      data: s.points.map((p) => {
        const conflict = p.figureId ? conflicts.has(p.figureId) : false
        const selected = p.figureId !== undefined && p.figureId === input.selectedId
        return {
          ...p,
          symbolSize: selected ? 16 : undefined,
          itemStyle: conflict || selected ? { borderColor: conflict ? colors.conflict : colors.text, borderWidth: 3 } : undefined,
        }
      }),
    }
  })

  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    color: colors.series,
    textStyle: { color: colors.text },
    grid: { left: 8, right: axisUnits.length > 1 ? 8 + (axisUnits.length - 1) * 10 : 24, top: 40, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, textStyle: { color: colors.text }, pageTextStyle: { color: colors.muted } },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: colors.tooltipBackground,
      borderColor: colors.axis,
      textStyle: { color: colors.tooltipText },
      formatter: (params: { data?: TimePoint }) => {
        const data = params.data
        if (!data) return ''
        if (data.derivedFrom) return derivedTooltip(figureById.get(data.derivedFrom), data.value[1], input.figures, ctx)
        const f = data.figureId ? figureById.get(data.figureId) : undefined
        return f ? figureTooltip(f, ctx, conflicts.has(f.id)) : ''
      },
    },
    xAxis: {
      type: 'time',
      min: minDate - pad,
      max: maxDate + pad,
      axisLine: { lineStyle: { color: colors.axis } },
      axisLabel: { color: colors.muted, hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis,
    series: echartsSeries,
  }
  return { option, description, series, plotted, undated }
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
  figureById: ReadonlyMap<string, Figure>,
  ctx: ChartContext,
): string {
  const { lang } = ctx.labels
  const periodOf = (p: TimePoint) => {
    const f = figureById.get(p.figureId ?? p.derivedFrom ?? '')
    if (!f) return p.value[0]
    return formatPeriod(p.derivedFrom ? shiftPeriodYears(f.period, -1) : f.period, lang)
  }
  const head = translate(lang, 'chart.describeTime', { metric: ctx.labels.metric(metric), count: series.length })
  const parts = series.map((s) =>
    translate(lang, 'chart.describeSeries', {
      name: s.name,
      points: joinList(
        s.points.map((p) => {
          const f = p.figureId ? figureById.get(p.figureId) : undefined
          const value = f ? formatFigureValue(f, lang) : formatAmount(p.value[1], s.unit, lang)
          return `${periodOf(p)} ${value}`
        }),
        lang,
      ),
    }),
  )
  return [head, ...parts].join(lang === 'zh' ? '' : ' ')
}
