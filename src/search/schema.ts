import type { Article, Dataset, Figure, MetricInfo } from '../model/index.ts'
import { FIELD_STRIDE } from './tokenize.ts'

/**
 * What the build writes under data/search/ and the browser reads back, in the manner of Pagefind: a small
 * manifest (data/search/manifest.json), posting shards each holding a range of keys, so a query fetches only the
 * shards of its terms, and the documents' stored fields in small chunks, fetched for the hits shown.
 *
 * Documents are numbered articles first, then figures. Articles are ordered by region and year, figures by
 * metric, region and year, so that the manifest describes every document's facets in a list of ranges whose
 * length depends on the catalogue (metrics × regions × years), not on the number of documents.
 */
export const SEARCH_INDEX_VERSION = 4

export interface NameGroup {
  code: string
  name: string
  forms: string[]
  latin: string[]
}

export interface SearchManifest {
  version: typeof SEARCH_INDEX_VERSION
  /** Folder of this build's shards and chunks under data/search/: a hash of their content. */
  id: string
  articles: number
  figures: number
  /**
   * Posting shard i holds the keys from first[i] up to first[i + 1]: their documents in `<id>/p/<i>.bin`
   * (bytes[i] is its size) and their positions in `<id>/x/<i>.bin`.
   */
  shards: { first: string[]; bytes: number[] }
  /** Documents per stored-field chunk (`<id>/a/<n>.json`, `<id>/f/<n>.json`). */
  chunk: { articles: number; figures: number }
  /**
   * Consecutive ranges of documents sharing their facets: group g holds documents start[g] up to start[g + 1]
   * (or the last document), in region regionList[region[g]], year year[g] ('' unknown) and, for figures,
   * metric metrics[metric[g]] (−1 for articles).
   */
  groups: { start: number[]; region: number[]; year: string[]; metric: number[]; core: number[] }
  regionList: { code: string; name: string }[]
  metrics: MetricInfo[]
  /** Name groups for region names and their aliases, which queries expand to. */
  regions: NameGroup[]
}

/** Paths under data/search/ of a build's files. */
export const MANIFEST_FILE = 'manifest.json'
export const shardPath = (id: string, shard: number) => `${id}/p/${shard}.bin`
export const positionPath = (id: string, shard: number) => `${id}/x/${shard}.bin`
export const chunkPath = (id: string, kind: 'a' | 'f', chunk: number) => `${id}/${kind}/${chunk}.json`
export const suggestPath = (id: string) => `${id}/suggest.json`

/** Key of the facet postings listing the articles that report a metric (never produced by a query's text). */
export const articleMetricKey = (metric: string) => '\u0001m' + metric

/** Where a document's fields start in token positions: the title, the short fields, the long text. */
export const TITLE_BASE = 0
export const SHORT_BASE = FIELD_STRIDE
export const BODY_BASE = 2 * FIELD_STRIDE
export type Field = 'title' | 'short' | 'body'
export function fieldAt(position: number): Field {
  return position < SHORT_BASE ? 'title' : position < BODY_BASE ? 'short' : 'body'
}

/** The indexed text of a document, by field (a field's text is cut where its positions would reach the next). */
export interface DocText {
  title: string
  short: string
  body: string
}

/** Looks up region name groups and metric names, for the searchable fields of a figure or an article. */
export class Names {
  private readonly groups = new Map<string, NameGroup>()
  private readonly metrics = new Map<string, MetricInfo>()

  constructor(regions: NameGroup[], metrics: MetricInfo[]) {
    for (const g of regions) this.groups.set(g.code, g)
    for (const m of metrics) this.metrics.set(m.key, m)
  }

  regionForms(code: string, name: string): string[] {
    return this.groups.get(code)?.forms ?? [name]
  }

  regionText(code: string, name: string): string {
    const g = this.groups.get(code)
    return g ? [...g.forms, ...g.latin].join(' ') : name
  }

  metric(key: string): MetricInfo {
    return this.metrics.get(key) ?? { key, zh: key, en: key.replace(/_/g, ' ') }
  }

  metricText(key: string): string {
    const m = this.metric(key)
    return [m.zh, m.en, key.replace(/_/g, ' ')].join(' ')
  }
}

export function figureYear(figure: Figure, article?: Article): string | null {
  return (figure.period.end ?? figure.period.start ?? article?.date ?? null)?.slice(0, 4) ?? null
}

/** Writes an ISO date also as the Chinese text does (2025年6月8日), so either form finds it. */
function dateText(date: string | null): string {
  if (!date) return ''
  const [y, m, d] = date.split('-')
  return `${date} ${y}年${Number(m)}月${Number(d)}日`
}

export function figureText(figure: Figure, names: Names, article?: Article): DocText {
  // A place that is the region itself (呼和浩特市 in 呼和浩特市) is matched with the region, not twice.
  const place = figure.place && !names.regionForms(figure.region.code, figure.region.name).includes(figure.place) ? figure.place : ''
  return {
    title: figure.label,
    short: [names.metricText(figure.metric), place, figure.raw, figure.period.phrase, figureYear(figure, article) ?? ''].join('\n'),
    body: figure.source.quote,
  }
}

export function articleText(article: Article, figures: Figure[], names: Names): DocText {
  const metrics = [...new Set(figures.map((f) => f.metric))]
  return {
    title: [article.headline, article.kicker].filter(Boolean).join('\n'),
    short: [...metrics.map((m) => names.metricText(m)), dateText(article.date)].join('\n'),
    body: article.text,
  }
}

export function figuresByArticle(dataset: Dataset): Map<string, Figure[]> {
  const map = new Map<string, Figure[]>()
  for (const f of dataset.figures) {
    const list = map.get(f.source.articleId)
    if (list) list.push(f)
    else map.set(f.source.articleId, [f])
  }
  return map
}
