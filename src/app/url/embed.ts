import { explorerQuery } from './explorer.ts'
import { defaultsOf, parseParams, queryString, quoteValue, serializeParams, valuesOf, type Entry, type Values } from './param.ts'
import { EMBED_PARAMS, MIGRATIONS, type EmbedChartKind } from './schema.ts'

export { CHART_KINDS, MAX_HEIGHT, MIN_HEIGHT, THEMES, type EmbedChartKind, type EmbedTheme } from './schema.ts'

/** Chart heights when the options give none; a bar chart grows with its leagues instead. */
export const DEFAULT_HEIGHTS: Record<Exclude<EmbedChartKind, 'bar'>, number> = { time: 340, map: 420, card: 64 }
/** Path of the chrome-less page in the embed URL: `embed.html#/chart?metric=gdp`. */
export const EMBED_PATH = '/chart'

/** What an embed shows. Everything here travels in a URL or in element attributes, so a snippet reproduces it. */
export type EmbedOptions = Values<typeof EMBED_PARAMS>
export type OptionName = keyof EmbedOptions

export const DEFAULT_OPTIONS: EmbedOptions = defaultsOf(EMBED_PARAMS)

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

/**
 * Reads options from name/value pairs (URL query or element attributes). Unknown names and malformed values
 * are dropped with a note and the default is used: an embed never fails on a typo, but it says so.
 */
export function parseEmbedOptions(entries: Iterable<Entry>): ParsedOptions {
  const parsed = parseParams(EMBED_PARAMS, entries, { migrations: MIGRATIONS, foldNames: true })
  const notes: EmbedNote[] = parsed.unknown.map(({ name }) => ({ kind: 'unknownOption', name: quoteValue(name) }))
  for (const [name, result] of Object.entries(parsed.params)) {
    if (result.status === 'invalid') notes.push({ kind: 'badValue', name, value: quoteValue(result.text) })
  }
  return { options: valuesOf(EMBED_PARAMS, parsed), notes }
}

/** Reads `#/chart?…` (or a bare `?…`). Any other path is noted and the query still read. */
export function parseEmbedHash(hash: string): ParsedOptions {
  const text = hash.replace(/^#/, '')
  const q = text.indexOf('?')
  const path = q < 0 ? text : text.slice(0, q)
  const query = q < 0 ? '' : text.slice(q + 1)
  const parsed = parseEmbedOptions(new URLSearchParams(query))
  if (path !== '' && path !== EMBED_PATH && path !== '/') parsed.notes.unshift({ kind: 'badPath', value: quoteValue(path) })
  return parsed
}

/** The options as ordered name/value pairs: chart, language and theme always, the others when set. */
export function optionPairs(options: EmbedOptions): [OptionName, string][] {
  return serializeParams(EMBED_PARAMS, options)
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
