import type { FigureKind, MetricInfo, Region } from '../../model/index.ts'
import { englishPlaceName, type Romanizer } from '../data/regions.ts'
import type { Lang } from './lang.ts'
import { translate } from './messages.ts'

/** Names of the core metrics when the dataset does not name them. */
const CORE_METRIC_NAMES: Record<string, { zh: string; en: string }> = {
  gdp: { zh: '地区生产总值', en: 'GDP' },
  gdp_per_capita: { zh: '人均地区生产总值', en: 'GDP per capita' },
  value_added: { zh: '增加值', en: 'Value added' },
  output_value: { zh: '产值', en: 'Output value' },
  cargo_volume: { zh: '货运量', en: 'Cargo volume' },
  investment: { zh: '投资', en: 'Investment' },
  funding: { zh: '资金', en: 'Funding' },
}

function humanizeKey(key: string): string {
  const words = key.replace(/_/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function metricName(key: string, metrics: readonly MetricInfo[], lang: Lang): string {
  const info = metrics.find((m) => m.key === key)
  const name = info?.[lang] || CORE_METRIC_NAMES[key]?.[lang]
  if (name) return name
  return humanizeKey(key)
}

export function regionName(region: Region, lang: Lang, romanize: Romanizer | null): string {
  return lang === 'zh' ? region.name : englishPlaceName(region.name, romanize, region.code)
}

export function kindName(kind: FigureKind, lang: Lang): string {
  return translate(lang, `kind.${kind}` as const)
}
