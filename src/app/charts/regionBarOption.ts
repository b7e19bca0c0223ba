import type { EChartsCoreOption } from 'echarts/core'
import { formatAxisValue, formatFigureValue, isRateUnit } from '../format/number.ts'
import { describeRegions, type RegionChart } from './regionMapOption.ts'
import type { RegionValues } from './regionSlices.ts'
import { figureTooltip, itemTooltip } from './tooltip.ts'
import type { ChartContext, FigurePoint } from './types.ts'

export interface BarPoint extends FigurePoint {
  value: number
}

/** Leagues sorted by value, largest on top, each bar labelled with the figure as written. */
export function regionBarOption(values: RegionValues, ctx: ChartContext): RegionChart {
  const { labels, colors } = ctx
  const { lang } = labels
  const description = describeRegions('chart.describeBar', values, ctx)
  if (values.leagues.length === 0) return { option: null, description }
  // Category axes run bottom-up: reverse so the largest value is at the top.
  const ordered = [...values.leagues].reverse()
  const byId = new Map(values.leagues.map((l) => [l.figure.id, l]))
  const unit = values.slice.unit
  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    textStyle: { color: colors.text, fontSize: ctx.fontSize ?? 12 },
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: itemTooltip(colors, (params: { data?: BarPoint }) => {
        const league = params.data?.figureId ? byId.get(params.data.figureId) : undefined
        return league ? figureTooltip(league.figure, ctx, league.conflicting.length > 0) : ''
      }),
    xAxis: {
      type: 'value',
      scale: false,
      axisLabel: { color: colors.muted, fontSize: ctx.fontSize ?? 12, formatter: (v: number) => formatAxisValue(v, unit, lang), hideOverlap: true },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((l) => labels.region(l.figure.region)),
      axisLabel: { color: colors.text, fontSize: ctx.fontSize ?? 12 },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        color: isRateUnit(unit) ? colors.series[2] : colors.series[0],
        label: {
          show: true,
          position: 'right',
          color: colors.text,
          fontSize: ctx.fontSize ?? 12,
          formatter: (p: { data: BarPoint }) => {
            const league = p.data.figureId ? byId.get(p.data.figureId) : undefined
            if (!league) return ''
            return formatFigureValue(league.figure, lang) + (league.conflicting.length ? ' ⚠' : '')
          },
        },
        data: ordered.map((l): BarPoint & { itemStyle?: object } => ({
          value: l.figure.value,
          figureId: l.figure.id,
          itemStyle: l.conflicting.length ? { borderColor: colors.conflict, borderWidth: 2 } : undefined,
        })),
      },
    ],
  }
  return { option, description }
}
