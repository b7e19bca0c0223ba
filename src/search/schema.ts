import type { Options } from 'minisearch'
import type { Article, Dataset, Figure, MetricInfo } from '../model/index.ts'
import type { SerializedBodyIndex } from './bodyIndex.ts'
import { tokenizeForIndex, tokenizeQuery } from './tokenize.ts'

/**
 * What the build writes to data/search-index.json and the browser reads back: one MiniSearch index over the
 * short fields of figures and articles (labels, headlines, metric and place names, values, dates), a body index
 * over article texts (headline, kicker and body), and the region name groups used to expand queries.
 * The texts themselves are not in it: the app has them in the dataset.
 */
export const SEARCH_INDEX_VERSION = 1

export interface NameGroup {
  code: string
  name: string
  forms: string[]
  latin: string[]
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION
  miniSearch: unknown
  /** Article ids in body-index document order. */
  articleIds: string[]
  figureIds: string[]
  body: SerializedBodyIndex
  regions: NameGroup[]
}

/**
 * Region names are not among them: every document of a region would repeat its names (a good part of the
 * index) and a query would score them one by one; the engine matches region names once and takes their
 * documents. A figure's sentence is not among them either: it is part of its article's text, which the body index covers, so a
 * figure matches through its sentence when its article does and the sentence holds the term.
 */
export type ShortField = 'title' | 'metric' | 'place' | 'value' | 'when'
export const SHORT_FIELDS: ShortField[] = ['title', 'metric', 'place', 'value', 'when']
export type ShortDoc = { id: string } & Record<ShortField, string>

/** Identical at build and load time, as MiniSearch.loadJSON requires. */
export const miniSearchOptions: Options<ShortDoc> = {
  idField: 'id',
  fields: SHORT_FIELDS,
  storeFields: [],
  tokenize: (text) => tokenizeForIndex(text),
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => tokenizeQuery(text),
    processTerm: (term) => term,
    boost: { title: 3, metric: 2, place: 2, value: 2, when: 1 },
  },
}

/** MiniSearch ids are positions in the dataset's lists (short ids keep the index small): f12, a3. */
export const figureDocId = (position: number) => 'f' + position
export const articleDocId = (position: number) => 'a' + position
export function parseDocId(id: string): { kind: 'figure' | 'article'; index: number } {
  return { kind: id[0] === 'f' ? 'figure' : 'article', index: Number(id.slice(1)) }
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

export function figureDoc(figure: Figure, position: number, names: Names, article?: Article): ShortDoc {
  return {
    id: figureDocId(position),
    title: figure.label,
    metric: names.metricText(figure.metric),
    // A place that is the region itself (呼和浩特市 in 呼和浩特市) is matched with the region, not twice.
    place: figure.place && !names.regionForms(figure.region.code, figure.region.name).includes(figure.place) ? figure.place : '',
    value: figure.raw,
    when: [figure.period.phrase, figureYear(figure, article) ?? ''].join(' '),
  }
}

export function articleDoc(article: Article, position: number, figures: Figure[], names: Names): ShortDoc {
  const metrics = [...new Set(figures.map((f) => f.metric))]
  return {
    id: articleDocId(position),
    title: [article.headline, article.kicker].filter(Boolean).join(' '),
    metric: metrics.map((m) => names.metricText(m)).join(' '),
    place: '',
    value: '',
    when: dateText(article.date),
  }
}

/** The text the body index covers for an article: headline, kicker and body. */
export function articleBodyText(article: Article): string {
  return [article.headline, article.kicker, article.text].join('\n')
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
