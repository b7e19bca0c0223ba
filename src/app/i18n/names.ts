import type { Breakdown, FigureKind, IndicatorInfo, MetricInfo, Region } from '../../model/index.ts'
import { englishPlaceName, type Romanizer } from '../data/regions.ts'
import type { Lang } from './lang.ts'
import { translate } from './messages.ts'

function humanizeKey(key: string): string {
  const words = key.replace(/_/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The name of an indicator of the catalogue (口岸进出境货运量), else of a metric family: the app's `metric` keys are
 * indicator keys, and a few (gdp, investment) are both. Names come from the dataset only (its `indicators` and
 * `metrics`, which the pipeline writes), so the app never disagrees with the extractor; a key the dataset does
 * not name shows as words (`retail sales`), never as a name of the app's own.
 */
export function metricName(key: string, metrics: readonly MetricInfo[], lang: Lang, indicators: readonly IndicatorInfo[] = []): string {
  const indicator = indicators.find((i) => i.key === key)
  if (indicator?.[lang]) return indicator[lang]
  const info = metrics.find((m) => m.key === key)
  return info?.[lang] || humanizeKey(key)
}

export function regionName(region: Region, lang: Lang, romanize: Romanizer | null): string {
  return lang === 'zh' ? region.name : englishPlaceName(region.name, romanize, region.code)
}

export function kindName(kind: FigureKind, lang: Lang): string {
  return translate(lang, `kind.${kind}` as const)
}

const DIRECTION_NAMES: Record<string, { zh: string; en: string }> = {
  import: { zh: '进口', en: 'imports' },
  export: { zh: '出口', en: 'exports' },
}

/** A part of an indicator in words: `进口 · 煤炭`, `imports · 煤炭`; '' for the whole. */
export function breakdownName(breakdown: Breakdown | null | undefined, lang: Lang): string {
  if (!breakdown) return ''
  return Object.entries(breakdown)
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([dim, value]) => (dim === 'direction' ? (DIRECTION_NAMES[value]?.[lang] ?? value) : value))
    .join(' · ')
}
