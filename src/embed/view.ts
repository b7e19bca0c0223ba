import type { EChartsCoreOption } from 'echarts/core'
import { articleTitle, type Dataset, type Figure, type Region } from '../model/index.ts'
import { chartColors, type ThemeMode } from '../app/charts/palette.ts'
import { regionBarOption } from '../app/charts/regionBarOption.ts'
import { regionMapOption } from '../app/charts/regionMapOption.ts'
import { regionSlices, regionValues } from '../app/charts/regionSlices.ts'
import { sparklineOption } from '../app/charts/sparklineOption.ts'
import { timeSeriesOption } from '../app/charts/timeSeriesOption.ts'
import type { ChartContext, LegendEntry } from '../app/charts/types.ts'
import { defaultIndicator, figurePlace, filterFigures, headlineFor, resolveIndicator, type DatasetIndex } from '../app/data/figures.ts'
import { englishPlaceName, knownRegion, type Romanizer } from '../app/data/regions.ts'
import { formatFigureValue, unitName } from '../app/format/number.ts'
import { formatPeriod, basisName } from '../app/format/period.ts'
import type { Lang } from '../app/i18n/lang.ts'
import { joinList, translate } from '../app/i18n/messages.ts'
import { breakdownName, kindName, metricName, regionName } from '../app/i18n/names.ts'
import { sourceLine, sourcesOf, type SourceRef } from '../app/data/sources.ts'
import { DEFAULT_HEIGHTS, exploreHash, type EmbedNote, type EmbedOptions, type ParsedOptions } from '../app/url/embed.ts'


export interface ChartBody {
  type: 'chart'
  kind: 'time' | 'map' | 'bar'
  option: EChartsCoreOption
  description: string
  legend: LegendEntry[]
  height: number
}

export interface CardBody {
  type: 'card'
  value: string
  /** 增速, 占比 … for figures that are not levels, else ''. */
  kind: string
  label: string
  period: string
  where: string
  growth: string
  spark: EChartsCoreOption | null
  sparkDescription: string
  height: number
}

export interface EmptyBody {
  type: 'empty'
  message: string
}

export interface EmbedView {
  lang: Lang
  mode: ThemeMode
  metric: string | null
  title: string
  subtitle: string
  body: ChartBody | CardBody | EmptyBody
  /** The figures on screen, so a reader (and a test) can check them against the dataset. */
  figures: Figure[]
  notes: string[]
  sources: SourceRef[]
  sourceLine: string
  /** `#/explore?…` of the full dashboard for this selection. */
  exploreHash: string
}

export interface EmbedEnv {
  mode: ThemeMode
  /** Pinyin for county names in English; null until loaded (names then stay in Chinese). */
  romanizer: Romanizer | null
}

/** The indicator shown when none (or an unknown one) is asked for: a headline indicator the pages report, else the most reported. */
export function defaultMetric(figures: readonly Figure[]): string | null {
  return defaultIndicator(figures)
}

/** Region and, when it says more, the place, as the dashboard writes them: 包头市 · 满都拉口岸. */
function whereOf(f: Figure, lang: Lang, romanizer: Romanizer | null): string {
  const place = figurePlace(f)
  const region = regionName(f.region, lang, romanizer)
  if (!place) return region
  return `${region} · ${lang === 'zh' ? place : englishPlaceName(place, romanizer)}`
}

function regionLabel(code: string, known: ReadonlyMap<string, Region>, lang: Lang, romanizer: Romanizer | null): string {
  const region = known.get(code) ?? (knownRegion(code) ? { code, name: knownRegion(code)!.zh } : { code, name: code })
  return regionName(region, lang, romanizer)
}

/**
 * Everything an embed shows, computed from the dataset and its options with the dashboard's own chart builders:
 * an embed and the dashboard never disagree about a figure.
 */
export function buildEmbedView(dataset: Dataset, index: DatasetIndex, parsed: ParsedOptions, env: EmbedEnv): EmbedView {
  const options: EmbedOptions = parsed.options
  const { lang } = options
  const notes: EmbedNote[] = [...parsed.notes]
  const labels = {
    lang,
    metric: (key: string) => metricName(key, dataset.metrics, lang, dataset.indicators),
    region: (r: Region) => regionName(r, lang, env.romanizer),
    headline: (id: string) => {
      const article = index.articleById.get(id)
      return article ? articleTitle(article) : id
    },
    place: (name: string) => (lang === 'zh' ? name : englishPlaceName(name, env.romanizer)),
  }
  const ctx: ChartContext = { colors: chartColors(env.mode), labels }

  const fallback = defaultMetric(dataset.figures)
  // `metric` names an indicator (port_cargo); a family key of older snippets (cargo_volume) shows its main indicator.
  let metric = options.metric ? resolveIndicator(options.metric, dataset.figures) : null
  if (options.metric && !metric) {
    notes.push({ kind: 'unknownMetric', value: options.metric, fallback: fallback ? labels.metric(fallback) : '' })
    metric = fallback
  }
  metric ??= fallback

  const known = new Map(index.regions.map((r) => [r.code, r]))
  const where = options.region.length
    ? joinList(options.region.map((c) => regionLabel(c, known, lang, env.romanizer)), lang)
    : translate(lang, 'embed.allRegions')
  const years = options.period
    ? options.period[0] === options.period[1]
      ? lang === 'zh' ? `${options.period[0]}年` : String(options.period[0])
      : lang === 'zh' ? `${options.period[0]}—${options.period[1]}年` : `${options.period[0]}–${options.period[1]}`
    : translate(lang, 'embed.allYears')

  const view: EmbedView = {
    lang,
    mode: env.mode,
    metric,
    title: metric ? labels.metric(metric) : '',
    subtitle: `${where} · ${years}`,
    body: { type: 'empty', message: translate(lang, 'embed.noData') },
    figures: [],
    notes: [],
    sources: [],
    sourceLine: '',
    exploreHash: exploreHash(options, metric),
  }
  const finish = (shown: Figure[]): EmbedView => {
    view.figures = shown
    view.notes = notes.map((n) => noteText(lang, n))
    view.sources = sourcesOf(shown, index.articleById)
    view.sourceLine = sourceLine(view.sources, lang)
    return view
  }
  if (!metric) return finish([])

  const figures = filterFigures(dataset.figures, { metrics: [metric], regions: options.region, years: options.period, bases: [] })
  const empty = (key: 'embed.empty' | 'embed.noLeague') => {
    view.body = { type: 'empty', message: translate(lang, key, { metric: view.title }) }
    return finish([])
  }
  if (figures.length === 0) return empty('embed.empty')

  if (options.chart === 'card') {
    const headline = headlineFor(metric, figures, index.articleDate)
    if (!headline) return empty('embed.empty')
    const { main, growth, trend } = headline
    const spark = trend.length > 1 ? sparklineOption(trend, ctx) : { option: null, description: '' }
    view.body = {
      type: 'card',
      value: formatFigureValue(main, lang),
      kind: main.kind === 'level' ? '' : kindName(main.kind, lang),
      label: main.label,
      period: formatPeriod(main.period, lang),
      where: whereOf(main, lang, env.romanizer),
      growth: growth ? formatFigureValue(growth, lang) : '',
      spark: spark.option,
      sparkDescription: spark.description,
      height: options.height ?? DEFAULT_HEIGHTS.card,
    }
    view.exploreHash = exploreHash(options, metric, main.id)
    return finish(growth ? [main, growth] : [main])
  }

  if (options.chart === 'map' || options.chart === 'bar') {
    const slice = regionSlices(figures)[0]
    const values = slice ? regionValues(slice) : null
    if (!values || values.leagues.length === 0) return empty('embed.noLeague')
    const chart = options.chart === 'map' ? regionMapOption(values, ctx) : regionBarOption(values, ctx)
    if (!chart.option) return empty('embed.noLeague')
    const part = breakdownName(slice.breakdown, lang)
    view.subtitle = `${labels.metric(slice.indicator)}${part ? ` · ${part}` : ''} · ${kindName(slice.kind, lang)} · ${formatPeriod(slice.period, lang)} · ${basisName(slice.period.basis, lang)} · ${unitName(slice.unit, lang)}`
    const height = options.height ?? (options.chart === 'map' ? DEFAULT_HEIGHTS.map : Math.max(200, values.leagues.length * 34 + 40))
    view.body = { type: 'chart', kind: options.chart, option: chart.option, description: chart.description, legend: [], height }
    return finish(values.leagues.map((l) => l.figure))
  }

  const chart = timeSeriesOption({ metric, figures, series: index.series, showDerived: false, conflicts: index.conflicts }, ctx)
  if (!chart.option) return empty('embed.empty')
  view.body = {
    type: 'chart',
    kind: 'time',
    option: chart.option,
    description: chart.description,
    legend: chart.legend,
    height: options.height ?? (chart.panels > 1 ? 460 : DEFAULT_HEIGHTS.time),
  }
  return finish(chart.plotted)
}

/** An option the embed did not use as given, in words. */
export function noteText(lang: Lang, note: EmbedNote): string {
  switch (note.kind) {
    case 'unknownOption':
      return translate(lang, 'embed.note.unknownOption', { name: note.name })
    case 'badValue':
      return translate(lang, 'embed.note.badValue', { name: note.name, value: note.value })
    case 'badPath':
      return translate(lang, 'embed.note.badPath', { value: note.value })
    case 'unknownMetric':
      return translate(lang, 'embed.note.unknownMetric', { value: note.value, fallback: note.fallback })
  }
}
