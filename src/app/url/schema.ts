/**
 * The parameters of every address the dashboard and its embeds read, defined once: the explorer's, the article
 * view's, the header's (`q`, `lang`) and the embeds' options share their metric, region, period and language
 * parameters, so a key or a code means the same everywhere. See param.ts for how a parameter parses.
 */
import { METRIC_KEY, PERIOD_BASES, REGION_CODE, type PeriodBasis } from '../../model/index.ts'
import { DEFAULT_LANG, LANGS } from '../i18n/lang.ts'
import { flag, freeText, intRange, listOf, matching, oneOf, renameParam, yearRange, type Schema } from './param.ts'

export const isMetricKey = (text: string): boolean => METRIC_KEY.test(text)
export const isRegionCode = (text: string): boolean => REGION_CODE.test(text)
const isBasis = (text: string): text is PeriodBasis => (PERIOD_BASES as readonly string[]).includes(text)

/** `regions=` of links written before the schemas became one reads as `region=`. */
export const MIGRATIONS = [renameParam('regions', 'region')] as const

export type ExplorerView = 'time' | 'region' | 'table'
export type TableSortKey = 'metric' | 'kind' | 'value' | 'period' | 'region' | 'source'
export type SortDirection = 'asc' | 'desc'
export const EXPLORER_VIEWS: readonly ExplorerView[] = ['time', 'region', 'table']
export const SORT_KEYS: readonly TableSortKey[] = ['metric', 'kind', 'value', 'period', 'region', 'source']

/** What every page reads: the header's search box and language. */
export const COMMON_PARAMS = {
  q: freeText(),
  lang: oneOf(LANGS, DEFAULT_LANG),
} satisfies Schema

/** The explorer's selection, in the order its canonical address writes it. */
export const EXPLORER_PARAMS = {
  /** Indicator keys (`port_cargo`); a metric family of an older link reads as its main indicator. */
  metric: listOf(isMetricKey),
  /** The part of the indicator the time chart draws (a breakdown key, `*` for every part). */
  breakdown: freeText(),
  /** 6-digit codes; a league includes its counties. */
  region: listOf(isRegionCode),
  period: yearRange(),
  basis: listOf(isBasis),
  view: oneOf(EXPLORER_VIEWS, 'time'),
  /** The region view's comparable group (see regionSlices). */
  slice: freeText(),
  derived: flag(),
  sort: oneOf(SORT_KEYS, 'period'),
  dir: oneOf(['desc', 'asc'] as const, 'desc'),
  /** The figure whose source panel is open. */
  fig: freeText(),
} satisfies Schema

export type EmbedChartKind = 'time' | 'map' | 'bar' | 'card'
export type EmbedTheme = 'light' | 'dark' | 'auto'
export const CHART_KINDS: readonly EmbedChartKind[] = ['time', 'map', 'bar', 'card']
export const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark']
export const MIN_HEIGHT = 120
export const MAX_HEIGHT = 1200
/** An embed compares at most this many regions. */
export const MAX_EMBED_REGIONS = 24

/** An embed's options, as URL query of `embed.html#/chart?…` or attributes of `<nmg-chart>`. */
export const EMBED_PARAMS = {
  chart: oneOf(CHART_KINDS, 'time', { always: true }),
  /** One metric key; none shows the dataset's default metric. */
  metric: matching(METRIC_KEY),
  region: listOf(isRegionCode, { max: MAX_EMBED_REGIONS }),
  period: yearRange(),
  lang: oneOf(LANGS, DEFAULT_LANG, { always: true }),
  theme: oneOf(THEMES, 'auto', { always: true }),
  /** Height of the chart area in CSS pixels; none uses the chart's own default. */
  height: intRange(MIN_HEIGHT, MAX_HEIGHT),
  /** Names the embed in its height messages, so a host page can tell several apart. */
  id: matching(/^[\w-]{1,64}$/),
} satisfies Schema

/** The dashboard's pages and the parameters each reads. */
export const PAGE_PARAMS = {
  overview: COMMON_PARAMS,
  explore: { ...EXPLORER_PARAMS, ...COMMON_PARAMS },
  /** `page`: which screen of the list of articles (when no article is named), from 1. */
  article: { fig: freeText(), page: intRange(1, 99999), ...COMMON_PARAMS },
  about: COMMON_PARAMS,
} satisfies Record<string, Schema>

export type PageName = keyof typeof PAGE_PARAMS

export function isPageName(name: string | null): name is PageName {
  return name !== null && Object.prototype.hasOwnProperty.call(PAGE_PARAMS, name)
}
