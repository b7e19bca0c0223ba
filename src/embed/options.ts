import type { Lang } from '../app/i18n/lang.ts'
import { explorerQuery, formatYears, parseYears } from '../app/stores/explorerQuery.ts'

export type EmbedChartKind = 'time' | 'map' | 'bar' | 'card'
export type EmbedTheme = 'light' | 'dark' | 'auto'

export const CHART_KINDS: readonly EmbedChartKind[] = ['time', 'map', 'bar', 'card']
export const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark']
export const MIN_HEIGHT = 120
export const MAX_HEIGHT = 1200
/** Chart heights when the options give none; a bar chart grows with its leagues instead. */
export const DEFAULT_HEIGHTS: Record<Exclude<EmbedChartKind, 'bar'>, number> = { time: 340, map: 420, card: 64 }
/** Path of the chrome-less page in the embed URL: `embed.html#/chart?metric=gdp`. */
export const EMBED_PATH = '/chart'

/** What an embed shows. Everything here travels in a URL or in element attributes, so a snippet reproduces it. */
export interface EmbedOptions {
  chart: EmbedChartKind
  /** A metric key (gdp, cargo_volume …); null shows the dataset's default metric. */
  metric: string | null
  /** 6-digit region codes; empty means every region. A league includes its counties. */
  region: string[]
  /** Inclusive calendar years, or null for every period. */
  period: [number, number] | null
  lang: Lang
  theme: EmbedTheme
  /** Height of the chart area in CSS pixels; null uses the chart's own default. */
  height: number | null
  /** Names the embed in its height messages, so a host page can tell several apart. */
  id: string | null
}

export const DEFAULT_OPTIONS: EmbedOptions = {
  chart: 'time',
  metric: null,
  region: [],
  period: null,
  lang: 'zh',
  theme: 'auto',
  height: null,
  id: null,
}

/** Why an option was not used as given; shown in the embed so the author of a snippet sees the mistake. */
export type EmbedNote =
  | { kind: 'unknownOption'; name: string }
  | { kind: 'badValue'; name: string; value: string }
  | { kind: 'badPath'; value: string }
  | { kind: 'unknownMetric'; value: string; fallback: string }

export interface ParsedOptions {
  options: EmbedOptions
  notes: EmbedNote[]
}

/** The option names an embed understands (`regions` is accepted for `region`, as in the dashboard's URLs). */
export const OPTION_NAMES = ['chart', 'metric', 'region', 'period', 'lang', 'theme', 'height', 'id'] as const
export type OptionName = (typeof OPTION_NAMES)[number]
const ALIASES: Record<string, OptionName> = { regions: 'region' }

const METRIC_KEY = /^[a-z][a-z0-9_]{0,63}$/
const REGION_CODE = /^\d{6}$/
const EMBED_ID = /^[\w-]{1,64}$/
const MAX_REGIONS = 24

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

/** Shortens what a note quotes back: a value is shown to the reader, never interpreted. */
function quoted(value: string): string {
  return value.length > 40 ? value.slice(0, 39) + '…' : value
}

/**
 * Reads options from name/value pairs (URL query or element attributes). Unknown names and malformed values
 * are dropped with a note and the default is used: an embed never fails on a typo, but it says so.
 */
export function parseEmbedOptions(entries: Iterable<readonly [string, string | null | undefined]>): ParsedOptions {
  const options: EmbedOptions = { ...DEFAULT_OPTIONS, region: [] }
  const notes: EmbedNote[] = []
  const seen = new Set<OptionName>()
  const bad = (name: string, value: string) => notes.push({ kind: 'badValue', name, value: quoted(value) })

  for (const [rawName, rawValue] of entries) {
    if (rawValue === null || rawValue === undefined) continue
    const lower = rawName.trim().toLowerCase()
    const name = ALIASES[lower] ?? lower
    if (!isOneOf(OPTION_NAMES, name)) {
      notes.push({ kind: 'unknownOption', name: quoted(rawName) })
      continue
    }
    // The first occurrence wins, as a URL reader would expect from `?metric=a&metric=b`.
    if (seen.has(name)) continue
    seen.add(name)
    const value = rawValue.trim()
    if (value === '') continue
    switch (name) {
      case 'chart':
        if (isOneOf(CHART_KINDS, value)) options.chart = value
        else bad(name, value)
        break
      case 'metric':
        if (METRIC_KEY.test(value)) options.metric = value
        else bad(name, value)
        break
      case 'region': {
        const items = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))]
        const valid = items.filter((s) => REGION_CODE.test(s))
        const invalid = items.filter((s) => !REGION_CODE.test(s))
        if (invalid.length) bad(rawName, invalid.join(','))
        if (valid.length > MAX_REGIONS) bad(rawName, valid.slice(MAX_REGIONS).join(','))
        options.region = valid.slice(0, MAX_REGIONS)
        break
      }
      case 'period': {
        const years = parseYears(value)
        if (years && years[0] >= 1900 && years[1] <= 2100) options.period = years
        else bad(name, value)
        break
      }
      case 'lang':
        if (value === 'zh' || value === 'en') options.lang = value
        else bad(name, value)
        break
      case 'theme':
        if (isOneOf(THEMES, value)) options.theme = value
        else bad(name, value)
        break
      case 'height': {
        const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN
        if (n >= MIN_HEIGHT && n <= MAX_HEIGHT) options.height = n
        else bad(name, value)
        break
      }
      case 'id':
        if (EMBED_ID.test(value)) options.id = value
        else bad(name, value)
        break
    }
  }
  return { options, notes }
}

/** Reads `#/chart?…` (or a bare `?…`). Any other path is noted and the query still read. */
export function parseEmbedHash(hash: string): ParsedOptions {
  const text = hash.replace(/^#/, '')
  const q = text.indexOf('?')
  const path = q < 0 ? text : text.slice(0, q)
  const query = q < 0 ? '' : text.slice(q + 1)
  const parsed = parseEmbedOptions(new URLSearchParams(query))
  if (path !== '' && path !== EMBED_PATH && path !== '/') parsed.notes.unshift({ kind: 'badPath', value: quoted(path) })
  return parsed
}

/** Query text with commas left readable (`region=150100,150200`). */
function queryString(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')
}

/** The options as ordered name/value pairs; unset ones are left out. */
export function optionPairs(options: EmbedOptions): [OptionName, string][] {
  const pairs: [OptionName, string][] = [['chart', options.chart]]
  if (options.metric) pairs.push(['metric', options.metric])
  if (options.region.length) pairs.push(['region', options.region.join(',')])
  if (options.period) pairs.push(['period', formatYears(options.period)])
  pairs.push(['lang', options.lang], ['theme', options.theme])
  if (options.height !== null) pairs.push(['height', String(options.height)])
  if (options.id) pairs.push(['id', options.id])
  return pairs
}

/** `#/chart?chart=time&metric=gdp…`: the fragment of embed.html that shows these options. */
export function embedHash(options: EmbedOptions): string {
  return `#${EMBED_PATH}?${queryString(optionPairs(options))}`
}

/** `#/explore?…`: the same selection in the full dashboard (the link every embed carries). */
export function exploreHash(options: EmbedOptions, metric: string | null, figureId: string | null = null): string {
  const query = explorerQuery({
    metrics: metric ? [metric] : [],
    regions: options.region,
    years: options.period,
    view: options.chart === 'map' || options.chart === 'bar' ? 'region' : 'time',
    fig: figureId,
  })
  const pairs = Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])
  return pairs.length ? `#/explore?${queryString(pairs)}` : '#/explore'
}
