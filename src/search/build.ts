import type { Article, Dataset, Figure } from '../model/index.ts'
import { CORE_METRICS } from '../model/index.ts'
import { encodeBase64 } from './base64.ts'
import { encodeShard, PostingWriter } from './shards.ts'
import {
  BODY_BASE,
  MANIFEST_FILE,
  Names,
  SEARCH_INDEX_VERSION,
  SHORT_BASE,
  TITLE_BASE,
  articleMetricKey,
  articleText,
  chunkPath,
  positionPath,
  figureText,
  figureYear,
  figuresByArticle,
  shardPath,
  suggestPath,
  type DocText,
  type NameGroup,
  type SearchManifest,
} from './schema.ts'
import type { SuggestionCandidate } from './suggest.ts'
import { FIELD_STRIDE, forEachToken, numericKeyText } from './tokenize.ts'

export interface SearchBuildOptions {
  /** Region name groups (official names, short forms, aliases, Latin forms), from the build. */
  regions: NameGroup[]
  /** A posting shard is cut once it holds about this many bytes (a single key's postings may exceed it). */
  shardBytes?: number
  /** Documents per stored-field chunk. */
  articlesPerChunk?: number
  figuresPerChunk?: number
  /** At most this many names to suggest from when a query finds nothing. */
  suggestions?: number
}

export const DEFAULT_SHARD_BYTES = 24 * 1024

/** Every file of the search, by path under data/search/: the manifest, posting shards, stored fields. */
export interface SearchFiles {
  manifest: SearchManifest
  files: Map<string, Uint8Array | string>
  /** Position in the dataset of each document by its number: articles, then figures (not written to a file). */
  order: { articles: number[]; figures: number[] }
}

/** FNV-1a over every file, twice with different seeds: a name for the build's folder, not a security hash. */
function contentHash(parts: (Uint8Array | string)[]): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  const encoder = new TextEncoder()
  for (const part of parts) {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part
    for (let i = 0; i < bytes.length; i++) {
      a = Math.imul(a ^ bytes[i], 0x01000193)
      b = Math.imul(b ^ bytes[i], 0x01000193) ^ (b >>> 13)
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/** Cut at the field's length in positions, so no text can run into the next field. */
const clip = (text: string) => (text.length > FIELD_STRIDE / 2 ? text.slice(0, FIELD_STRIDE / 2) : text)

export function buildSearchFiles(dataset: Dataset, options: SearchBuildOptions): SearchFiles {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES
  const perArticleChunk = options.articlesPerChunk ?? 4
  const perFigureChunk = options.figuresPerChunk ?? 16
  const names = new Names(options.regions, dataset.metrics)
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]))
  const byArticle = figuresByArticle(dataset)
  const core = new Set<string>(CORE_METRICS)

  // Facet keys of each document, then the documents in facet order.
  const articles = dataset.articles.map((a, i) => ({ a, i, region: a.region.code, year: a.date?.slice(0, 4) ?? '' }))
  articles.sort((x, y) => cmp(x.region, y.region) || cmp(y.year, x.year) || cmp(y.a.date ?? '', x.a.date ?? '') || x.i - y.i)
  const headlinePrior = (f: Figure) => {
    const article = articleById.get(f.source.articleId)
    return !!article && `${article.headline} ${article.kicker}`.includes(f.raw.replace(/\s+/g, ''))
  }
  const figures = dataset.figures.map((f, i) => {
    const article = articleById.get(f.source.articleId)
    return { f, i, metric: f.metric, region: f.region.code, year: figureYear(f, article) ?? '', headline: headlinePrior(f), date: article?.date ?? '' }
  })
  // Within a group, a number its article puts in the headline first, then the newest: ties go to the lower number.
  figures.sort((x, y) => cmp(x.metric, y.metric) || cmp(x.region, y.region) || cmp(y.year, x.year) || Number(y.headline) - Number(x.headline) || cmp(y.date, x.date) || x.i - y.i)

  const regionIndex = new Map<string, number>()
  const regionList: { code: string; name: string }[] = []
  const regionOf = (code: string, name: string) => {
    let r = regionIndex.get(code)
    if (r === undefined) {
      regionIndex.set(code, (r = regionList.length))
      regionList.push({ code, name })
    }
    return r
  }
  const metricIndex = new Map(dataset.metrics.map((m, i) => [m.key, i]))
  const metrics = [...dataset.metrics]
  const metricOf = (key: string) => {
    let m = metricIndex.get(key)
    if (m === undefined) {
      metricIndex.set(key, (m = metrics.length))
      metrics.push(names.metric(key))
    }
    return m
  }
  const groups: SearchManifest['groups'] = { start: [], region: [], year: [], metric: [], core: [] }
  const openGroup = (doc: number, region: number, year: string, metric: number, isCore: boolean) => {
    const g = groups.start.length - 1
    if (g >= 0 && groups.region[g] === region && groups.year[g] === year && groups.metric[g] === metric) return
    groups.start.push(doc)
    groups.region.push(region)
    groups.year.push(year)
    groups.metric.push(metric)
    groups.core.push(isCore ? 1 : 0)
  }

  const postings = new Map<number | string, PostingWriter>()
  const writer = (key: number | string) => {
    let w = postings.get(key)
    if (!w) postings.set(key, (w = new PostingWriter()))
    return w
  }
  const indexDoc = (doc: number, text: DocText) => {
    const emit = (key: number | string, position: number) => writer(key).add(doc, position)
    forEachToken(clip(text.title), TITLE_BASE, emit)
    forEachToken(clip(text.short), SHORT_BASE, emit)
    forEachToken(text.body, BODY_BASE, emit)
  }

  const files = new Map<string, Uint8Array | string>()
  const chunks: { kind: 'a' | 'f'; n: number; json: string }[] = []
  let chunk: unknown[] = []
  const flush = (kind: 'a' | 'f', per: number, local: number, total: number) => {
    if (chunk.length === per || local === total - 1) {
      chunks.push({ kind, n: Math.floor(local / per), json: JSON.stringify(chunk) })
      chunk = []
    }
  }

  articles.forEach(({ a, region, year }, doc) => {
    openGroup(doc, regionOf(region, a.region.name), year, -1, false)
    const own = byArticle.get(a.id) ?? []
    indexDoc(doc, articleText(a, own, names))
    for (const m of new Set(own.map((f) => f.metric))) writer(articleMetricKey(m)).addDoc(doc)
    chunk.push(a satisfies Article)
    flush('a', perArticleChunk, doc, articles.length)
  })
  const A = articles.length
  figures.forEach(({ f, metric, region, year }, local) => {
    const doc = A + local
    openGroup(doc, regionOf(region, f.region.name), year, metricOf(metric), core.has(metric))
    indexDoc(doc, figureText(f, names, articleById.get(f.source.articleId)))
    chunk.push(f satisfies Figure)
    flush('f', perFigureChunk, local, figures.length)
  })

  // Keys in string order, cut into shards of about shardBytes.
  const entries = [...postings].map(([key, postings]) => ({ key: numericKeyText(key), postings }))
  postings.clear()
  entries.sort((x, y) => cmp(x.key, y.key))
  const shards: { docs: Uint8Array; positions: Uint8Array }[] = []
  const first: string[] = []
  let from = 0
  let bytes = 0
  for (let i = 0; i <= entries.length; i++) {
    if (i < entries.length) entries[i].postings.finish()
    const size = i < entries.length ? entries[i].postings.byteLength + entries[i].key.length * 3 + 8 : 0
    if (i === entries.length || (bytes > 0 && bytes + size > shardBytes)) {
      if (i > from) {
        first.push(entries[from].key)
        shards.push(encodeShard(entries.slice(from, i)))
      }
      from = i
      bytes = 0
    }
    bytes += size
  }

  const suggestions = suggestionCandidates(dataset, options.regions, options.suggestions ?? 5000)
  const suggestJson = JSON.stringify(suggestions)
  const id = contentHash([...shards.flatMap((s) => [s.docs, s.positions]), ...chunks.map((c) => c.json), suggestJson])
  shards.forEach((shard, i) => {
    files.set(shardPath(id, i), shard.docs)
    files.set(positionPath(id, i), shard.positions)
  })
  for (const c of chunks) files.set(chunkPath(id, c.kind, c.n), c.json)
  files.set(suggestPath(id), suggestJson)
  const manifest: SearchManifest = {
    version: SEARCH_INDEX_VERSION,
    id,
    articles: A,
    figures: figures.length,
    shards: { first, bytes: shards.map((s) => s.docs.length) },
    chunk: { articles: perArticleChunk, figures: perFigureChunk },
    groups,
    regionList,
    metrics,
    // Every division's names, not only the dataset's regions (a few KB): a query for a banner no figure is about
    // still expands to its other names in article texts.
    regions: options.regions,
  }
  files.set(MANIFEST_FILE, JSON.stringify(manifest))
  return { manifest, files, order: { articles: articles.map((a) => a.i), figures: figures.map((f) => f.i) } }
}

/** Names a typo is checked against: indicators as written, metric names, regions and places, the commonest first. */
function suggestionCandidates(dataset: Dataset, regions: NameGroup[], limit: number): SuggestionCandidate[] {
  const weights = new Map<string, number>()
  const add = (text: string | null | undefined, by = 1) => {
    if (text) weights.set(text, (weights.get(text) ?? 0) + by)
  }
  for (const f of dataset.figures) {
    add(f.label)
    add(f.region.name)
    add(f.place)
  }
  for (const m of dataset.metrics) add(m.zh)
  for (const a of dataset.articles) add(a.region.name)
  for (const g of regions) for (const form of g.forms) add(form, 0.5)
  return [...weights]
    .map(([text, weight]) => ({ text, weight }))
    .sort((a, b) => b.weight - a.weight || cmp(a.text, b.text))
    .slice(0, limit)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The search files as one JSON document, for the single-file build (file:// cannot fetch): the manifest and
 * every other file, binary ones in base64.
 */
export interface SearchBundle {
  manifest: SearchManifest
  text: Record<string, string>
  binary: Record<string, string>
}

export function searchBundleJson(files: SearchFiles['files']): string {
  const manifest = JSON.parse(files.get(MANIFEST_FILE) as string) as SearchManifest
  const bundle: SearchBundle = { manifest, text: {}, binary: {} }
  for (const [path, content] of files) {
    if (path === MANIFEST_FILE) continue
    if (typeof content === 'string') bundle.text[path] = content
    else bundle.binary[path] = encodeBase64(content)
  }
  return JSON.stringify(bundle)
}
