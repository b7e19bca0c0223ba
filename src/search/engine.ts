import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import type { Article, Dataset, Figure } from '../model'
import { BodyIndex, findTerm } from './bodyIndex'
import { highlight, snippet, type Segment } from './highlight'
import { QueryExpander, parseQuery, type QueryTerm } from './query'
import {
  Names,
  SEARCH_INDEX_VERSION,
  articleBodyText,
  articleDoc,
  figureDoc,
  figureYear,
  figuresByArticle,
  miniSearchOptions,
  SHORT_FIELDS,
  type SearchIndexFile,
  type ShortDoc,
} from './schema'
import { foldText, isSingleHan, isWordToken } from './tokenize'

export interface SearchFilters {
  metric?: string | null
  region?: string | null
  year?: string | null
}

export interface SearchOptions {
  filters?: SearchFilters
  /** Hits returned per group (figures, articles); the totals count them all. */
  limit?: number
}

/** Where a hit leads, as a router location and as a hash URL. */
export interface HitTarget {
  path: string
  query: Record<string, string>
  href: string
}

export interface FigureHit {
  kind: 'figure'
  id: string
  score: number
  figure: Figure
  title: Segment[]
  snippet: Segment[]
  target: HitTarget
}

export interface ArticleHit {
  kind: 'article'
  id: string
  score: number
  article: Article
  title: Segment[]
  snippet: Segment[]
  target: HitTarget
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

export interface Facets {
  metric: FacetValue[]
  region: FacetValue[]
  year: FacetValue[]
}

export interface SearchResults {
  query: string
  terms: QueryTerm[]
  figures: FigureHit[]
  articles: ArticleHit[]
  totalFigures: number
  totalArticles: number
  /** Over every match of the query, before filters, so other choices stay visible. */
  facets: Facets
  tookMs: number
}

/** Matched documents (positions in dataset.figures / dataset.articles) and their scores. */
export interface Matches {
  terms: QueryTerm[]
  figures: Map<number, number>
  articles: Map<number, number>
}

/** Beyond this many candidates an article's score counts presence, not occurrences: counting costs a scan. */
const COUNT_LIMIT = 2000
const BODY_WEIGHT = 4

function target(path: string, query: Record<string, string>): HitTarget {
  const search = new URLSearchParams(query).toString()
  return { path, query, href: `#${path}${search ? '?' + search : ''}` }
}

export class SearchEngine {
  private readonly miniSearch: MiniSearch<ShortDoc>
  private readonly body: BodyIndex
  private readonly names: Names
  private readonly expander: QueryExpander
  private readonly figures: Figure[]
  private readonly articles: Article[]
  private readonly docIndex = new Map<string, { kind: 'figure' | 'article'; index: number }>()
  /** Folded text of each short document, to check that a Han term occurs whole and not only as scattered bigrams. */
  private readonly shortText = new Map<string, string>()
  private readonly articleById = new Map<string, Article>()
  private readonly articleMetrics: Set<string>[]

  constructor(file: SearchIndexFile, dataset: Dataset) {
    if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${file.version}, expected ${SEARCH_INDEX_VERSION}`)
    this.figures = dataset.figures
    const articlesById = new Map(dataset.articles.map((a) => [a.id, a]))
    this.articles = file.articleIds.map((id) => {
      const a = articlesById.get(id)
      if (!a) throw new Error(`search index names article ${id}, which the dataset does not have`)
      return a
    })
    this.articles.forEach((a) => this.articleById.set(a.id, a))
    this.miniSearch = MiniSearch.loadJS(file.miniSearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions)
    this.body = new BodyIndex(file.body, this.articles.map(articleBodyText))
    this.names = new Names(file.regions, dataset.metrics)
    this.expander = new QueryExpander(file.regions, dataset.metrics)
    const byArticle = figuresByArticle(dataset)
    this.figures.forEach((f, index) => {
      const doc = figureDoc(f, this.names, this.articleById.get(f.source.articleId))
      this.docIndex.set(doc.id, { kind: 'figure', index })
    })
    this.articles.forEach((a, index) => {
      this.docIndex.set(articleDoc(a, [], this.names).id, { kind: 'article', index })
    })
    this.articleMetrics = this.articles.map((a) => new Set((byArticle.get(a.id) ?? []).map((f) => f.metric)))
  }

  static fromJSON(json: string, dataset: Dataset): SearchEngine {
    return new SearchEngine(JSON.parse(json) as SearchIndexFile, dataset)
  }

  private foldedShortText(docId: string): string {
    let text = this.shortText.get(docId)
    if (text === undefined) {
      const at = this.docIndex.get(docId)!
      const doc =
        at.kind === 'figure'
          ? figureDoc(this.figures[at.index], this.names, this.articleById.get(this.figures[at.index].source.articleId))
          : articleDoc(this.articles[at.index], [], this.names)
      text = foldText(SHORT_FIELDS.map((f) => doc[f]).join('\n'))
      this.shortText.set(docId, text)
    }
    return text
  }

  private shortMatches(term: QueryTerm): SearchResult[] {
    const query: Query = { combineWith: 'OR', queries: term.variants.map((v) => ({ combineWith: 'AND', queries: [v] })) }
    return this.miniSearch.search(query, {
      prefix: (token, i, tokens) => isSingleHan(token) || (term.last && isWordToken(token) && i === tokens.length - 1),
      fuzzy: (token) => (/^[a-z]{4,}$/.test(token) ? 0.2 : false),
    })
  }

  /** Every figure and article the query matches: each term must match (in any of its variants). */
  match(query: string): Matches {
    const terms = parseQuery(query, this.expander)
    const figures = new Map<number, number>()
    const articles = new Map<number, number>()
    terms.forEach((term, t) => {
      const termFigures = new Map<number, number>()
      const termArticles = new Map<number, number>()
      const hanVariants = term.variants.filter((v) => !/^[a-z0-9.]+$/.test(v))
      for (const hit of this.shortMatches(term)) {
        const at = this.docIndex.get(hit.id as string)
        if (!at) continue
        // Bigrams may all be there without the term: 呼和 and 浩特 in different places. Latin terms are matched
        // by prefix or with typos, so only their Han expansions can be checked.
        if (!term.latin) {
          const text = this.foldedShortText(hit.id as string)
          if (!hanVariants.some((v) => findTerm(text, v) >= 0)) continue
        }
        ;(at.kind === 'figure' ? termFigures : termArticles).set(at.index, hit.score)
      }
      const bodyDocs = new Set<number>()
      for (const variant of term.variants) for (const doc of this.body.find(variant)) bodyDocs.add(doc)
      const count = bodyDocs.size <= COUNT_LIMIT
      for (const doc of bodyDocs) {
        const occurrences = count ? this.countOccurrences(doc, term.variants) : 1
        termArticles.set(doc, (termArticles.get(doc) ?? 0) + BODY_WEIGHT * Math.log2(1 + occurrences))
      }
      combine(figures, termFigures, t === 0)
      combine(articles, termArticles, t === 0)
    })
    return { terms, figures, articles }
  }

  private countOccurrences(doc: number, variants: string[]): number {
    let n = 0
    for (const v of variants) for (let at = this.body.occurrence(doc, v, 0); at >= 0 && n < 32; at = this.body.occurrence(doc, v, at + v.length)) n++
    return n
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const started = performance.now()
    const limit = options.limit ?? 20
    const filters = options.filters ?? {}
    const { terms, figures, articles } = this.match(query)
    const facets = this.facets(figures, articles)

    const figureList = [...figures]
      .filter(([i]) => this.figurePasses(this.figures[i], filters))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    const articleList = [...articles]
      .filter(([i]) => this.articlePasses(i, filters))
      .sort((a, b) => b[1] - a[1] || (this.articles[b[0]].date ?? '').localeCompare(this.articles[a[0]].date ?? '') || a[0] - b[0])

    const needles = terms.flatMap((t) => t.variants)
    return {
      query,
      terms,
      figures: figureList.slice(0, limit).map(([i, score]) => this.figureHit(this.figures[i], score, needles)),
      articles: articleList.slice(0, limit).map(([i, score]) => this.articleHit(this.articles[i], score, needles, query)),
      totalFigures: figureList.length,
      totalArticles: articleList.length,
      facets,
      tookMs: performance.now() - started,
    }
  }

  private figurePasses(f: Figure, filters: SearchFilters): boolean {
    if (filters.metric && f.metric !== filters.metric) return false
    if (filters.region && f.region.code !== filters.region) return false
    if (filters.year && figureYear(f, this.articleById.get(f.source.articleId)) !== filters.year) return false
    return true
  }

  private articlePasses(i: number, filters: SearchFilters): boolean {
    const a = this.articles[i]
    if (filters.metric && !this.articleMetrics[i].has(filters.metric)) return false
    if (filters.region && a.region.code !== filters.region) return false
    if (filters.year && a.date?.slice(0, 4) !== filters.year) return false
    return true
  }

  private facets(figures: Map<number, number>, articles: Map<number, number>): Facets {
    const metric = new Map<string, FacetValue>()
    const region = new Map<string, FacetValue>()
    const year = new Map<string, FacetValue>()
    const bump = (map: Map<string, FacetValue>, value: string, label: string) => {
      const f = map.get(value)
      if (f) f.count++
      else map.set(value, { value, label, count: 1 })
    }
    for (const i of figures.keys()) {
      const f = this.figures[i]
      bump(metric, f.metric, this.names.metric(f.metric).zh)
      bump(region, f.region.code, f.region.name)
      const y = figureYear(f, this.articleById.get(f.source.articleId))
      if (y) bump(year, y, y)
    }
    for (const i of articles.keys()) {
      const a = this.articles[i]
      bump(region, a.region.code, a.region.name)
      if (a.date) bump(year, a.date.slice(0, 4), a.date.slice(0, 4))
    }
    const sorted = (map: Map<string, FacetValue>) => [...map.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    return { metric: sorted(metric), region: sorted(region), year: sorted(year).sort((a, b) => b.value.localeCompare(a.value)) }
  }

  private figureHit(figure: Figure, score: number, needles: string[]): FigureHit {
    // A Latin query (gdp, baotou) matched the figure through its metric's or region's names: light those up.
    const shown = [...needles, ...this.lightUp(needles, figure.metric, figure.region.code, figure.region.name)]
    return {
      kind: 'figure',
      id: figure.id,
      score,
      figure,
      title: highlight(figure.label, shown),
      snippet: snippet(figure.source.quote, shown, 90),
      target: target('/explore', { metric: figure.metric, regions: figure.region.code, fig: figure.id }),
    }
  }

  private articleHit(article: Article, score: number, needles: string[], query: string): ArticleHit {
    const shown = [...needles, ...this.lightUp(needles, null, article.region.code, article.region.name)]
    const title = article.kicker ? `${article.headline} ${article.kicker}` : article.headline
    return {
      kind: 'article',
      id: article.id,
      score,
      article,
      title: highlight(title, shown),
      snippet: snippet(article.text, shown, 100),
      target: target(`/article/${article.id}`, { q: query.trim() }),
    }
  }

  /** Chinese names to highlight for Latin needles that name the metric or the region (gdp → 地区生产总值). */
  private lightUp(needles: string[], metric: string | null, code: string, name: string): string[] {
    const latin = needles.filter((n) => /^[a-z]/.test(n))
    if (latin.length === 0) return []
    const out: string[] = []
    if (metric) {
      const m = this.names.metric(metric)
      const words = foldText(`${m.en} ${metric.replace(/_/g, ' ')}`).split(/[^a-z0-9]+/)
      if (latin.some((n) => words.some((w) => w.startsWith(n)))) out.push(m.zh)
    }
    const regionText = foldText(this.names.regionText(code, name))
    if (latin.some((n) => regionText.includes(n))) out.push(...this.names.regionForms(code, name))
    return out
  }
}

function combine(into: Map<number, number>, term: Map<number, number>, first: boolean): void {
  if (first) {
    for (const [k, v] of term) into.set(k, v)
    return
  }
  for (const [k, v] of into) {
    const s = term.get(k)
    if (s === undefined) into.delete(k)
    else into.set(k, v + s)
  }
}
