import type { EChartsCoreOption } from 'echarts/core'
import { LEAGUES } from '../data/regions.ts'
import { formatAxisValue, formatFigureValue } from '../format/number.ts'
import { formatPeriod } from '../format/period.ts'
import { joinList, translate } from '../i18n/messages.ts'
import { breakdownName } from '../i18n/names.ts'
import type { RegionValues } from './regionSlices.ts'
import { escapeHtml, figureTooltip, itemTooltip } from './tooltip.ts'
import type { ChartContext, FigurePoint } from './types.ts'

/** The name the boundaries are registered under; features are keyed by their 6-digit code. */
export const NMG_MAP = 'nmg-leagues'

export interface MapPoint extends FigurePoint {
  name: string
  value: number | null
}

export interface RegionChart {
  option: EChartsCoreOption | null
  description: string
}

/** Choropleth of the twelve leagues for one slice; leagues without a figure stay grey and say so. */
export function regionMapOption(values: RegionValues, ctx: ChartContext, mapName = NMG_MAP): RegionChart {
  const { labels, colors } = ctx
  const { lang } = labels
  const { slice } = values
  const byCode = new Map(values.leagues.map((l) => [l.code, l]))
  const data: MapPoint[] = LEAGUES.map((l) => {
    const v = byCode.get(l.code)
    return v ? { name: l.code, value: v.figure.value, figureId: v.figure.id } : { name: l.code, value: null }
  })
  const nameOf = (code: string) => {
    const league = LEAGUES.find((l) => l.code === code)
    const figure = byCode.get(code)?.figure
    return figure ? labels.region(figure.region) : league ? labels.region({ code, name: league.zh }) : code
  }
  const numbers = values.leagues.map((l) => l.figure.value)
  const description = describeRegions('chart.describeMap', values, ctx)
  if (numbers.length === 0) return { option: null, description }
  const max = Math.max(...numbers)
  const min = Math.min(0, ...numbers)
  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    textStyle: { color: colors.text, fontSize: ctx.fontSize ?? 12 },
    tooltip: itemTooltip(colors, (params: { name: string }) => {
        const v = byCode.get(params.name)
        if (!v) return `<strong>${escapeHtml(nameOf(params.name))}</strong><br>${escapeHtml(translate(lang, 'region.noData'))}`
        return figureTooltip(v.figure, ctx, v.conflicting.length > 0)
      }),
    visualMap: {
      type: 'continuous',
      min,
      max: max === min ? min + 1 : max,
      calculable: false,
      realtime: false,
      left: 0,
      bottom: 0,
      itemWidth: 12,
      itemHeight: 90,
      text: [formatAxisValue(max, slice.unit, lang), formatAxisValue(min, slice.unit, lang)],
      textStyle: { color: colors.muted, fontSize: ctx.fontSize ?? 12 },
      inRange: { color: colors.sequential },
      outOfRange: { color: colors.empty },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '100%',
        aspectScale: 0.8,
        itemStyle: { areaColor: colors.empty, borderColor: colors.mode === 'dark' ? '#111' : '#fff', borderWidth: 1 },
        emphasis: { label: { show: true, color: colors.text }, itemStyle: { areaColor: colors.series[1] } },
        label: { show: false, formatter: (p: { name: string }) => nameOf(p.name) },
        data,
      },
    ],
  }
  return { option, description }
}

export function describeRegions(key: 'chart.describeMap' | 'chart.describeBar', values: RegionValues, ctx: ChartContext): string {
  const { lang } = ctx.labels
  const { slice } = values
  const part = breakdownName(slice.breakdown, lang)
  const points = values.leagues.map((l) => `${ctx.labels.region(l.figure.region)} ${formatFigureValue(l.figure, lang)}`)
  const missing = LEAGUES.filter((l) => !values.leagues.some((v) => v.code === l.code)).map((l) =>
    ctx.labels.region({ code: l.code, name: l.zh }),
  )
  const text = translate(lang, key, {
    // The indicator compared and its part (固定资产投资 · 制造业), not the family its figures belong to.
    metric: ctx.labels.metric(slice.indicator) + (part ? ` · ${part}` : ''),
    period: formatPeriod(slice.period, lang),
    points: joinList(points, lang),
  })
  return missing.length ? `${text} ${translate(lang, 'chart.noDataRegions', { regions: joinList(missing, lang) })}` : text
}
