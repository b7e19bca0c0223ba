import type { EChartsCoreOption } from 'echarts/core'
import type { Figure } from '../../model/index.ts'
import { formatFigureValue } from '../format/number.ts'
import { formatPeriod } from '../format/period.ts'
import { joinList, translate } from '../i18n/messages.ts'
import type { ChartContext, FigurePoint } from './types.ts'

export interface SparkPoint extends FigurePoint {
  value: number
}

/**
 * A small trend for a card: the comparable figures of one line (same region, kind and period class), evenly
 * spaced, the latest point marked. No axes: the card prints the figure; this only shows the direction.
 */
export function sparklineOption(trend: readonly Figure[], ctx: ChartContext, color = ctx.colors.series[0]): { option: EChartsCoreOption | null; description: string } {
  const { lang } = ctx.labels
  const description = trend.length
    ? translate(lang, 'chart.describeSpark', {
        metric: ctx.labels.metric(trend[0].metric),
        points: joinList(trend.map((f) => `${formatPeriod(f.period, lang)} ${formatFigureValue(f, lang)}`), lang),
      })
    : ''
  if (trend.length === 0) return { option: null, description }
  const last = trend.length - 1
  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    grid: { left: 6, right: 6, top: 6, bottom: 6 },
    xAxis: { type: 'category', show: false, boundaryGap: trend.length === 1, data: trend.map((f) => f.period.end ?? '') },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        silent: true,
        color,
        lineStyle: { width: 2 },
        symbol: 'circle',
        showSymbol: true,
        areaStyle: { opacity: 0.12 },
        data: trend.map((f, i): SparkPoint & { symbolSize: number } => ({ value: f.value, figureId: f.id, symbolSize: i === last ? 7 : 0 })),
      },
    ],
  }
  return { option, description }
}
