import MiniSearch from 'minisearch'
import type { Dataset } from '../model/index.ts'
import { buildBodyIndex } from './bodyIndex.ts'
import { regionNameGroups } from './regionNames.ts'
import {
  SEARCH_INDEX_VERSION,
  Names,
  articleBodyText,
  articleDoc,
  figureDoc,
  figuresByArticle,
  miniSearchOptions,
  type SearchIndexFile,
  type ShortDoc,
} from './schema.ts'

/** Builds the index file's content (plain data); `buildSearchIndex` serializes it. */
export function buildSearchIndexFile(dataset: Dataset): SearchIndexFile {
  const regions = new Map<string, string>()
  for (const a of dataset.articles) regions.set(a.region.code, a.region.name)
  for (const f of dataset.figures) regions.set(f.region.code, f.region.name)
  const groups = regionNameGroups([...regions].map(([code, name]) => ({ code, name })))
  const names = new Names(groups, dataset.metrics)

  const articles = new Map(dataset.articles.map((a) => [a.id, a]))
  const byArticle = figuresByArticle(dataset)
  const docs: ShortDoc[] = [
    ...dataset.figures.map((f, i) => figureDoc(f, i, names, articles.get(f.source.articleId))),
    ...dataset.articles.map((a, i) => articleDoc(a, i, byArticle.get(a.id) ?? [], names)),
  ]
  const miniSearch = new MiniSearch<ShortDoc>(miniSearchOptions)
  miniSearch.addAll(docs)

  return {
    version: SEARCH_INDEX_VERSION,
    miniSearch: miniSearch.toJSON(),
    articleIds: dataset.articles.map((a) => a.id),
    figureIds: dataset.figures.map((f) => f.id),
    body: buildBodyIndex(dataset.articles.map(articleBodyText)),
    // Every division's names, not only the dataset's regions (a few KB): a query for a banner no figure is about
    // still expands to its other names in article bodies.
    regions: groups,
  }
}

/** Serialized search index shipped next to the dataset; built at build time, loaded lazily by the app. */
export function buildSearchIndex(dataset: Dataset): string {
  return JSON.stringify(buildSearchIndexFile(dataset))
}
