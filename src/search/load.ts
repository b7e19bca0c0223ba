import type { Dataset } from '../model/index.ts'
import { SearchEngine } from './engine.ts'
import type { SearchIndexFile } from './schema.ts'

export const SEARCH_INDEX_URL = 'data/search-index.json'
/** Id of a `<script type="application/json">` carrying the index inline (single-file offline build). */
export const INLINE_SEARCH_INDEX_ID = 'nmg-search-index'

/**
 * The browser's way in: fetches the index built at build time (or reads it from the page) and opens it over the
 * dataset the app has already loaded. The search box imports this module on first use, so MiniSearch and the
 * index stay out of the first view.
 */
export async function loadSearchEngine(dataset: Dataset, doc: Document = document, fetchImpl: typeof fetch = fetch): Promise<SearchEngine> {
  const inline = doc.getElementById(INLINE_SEARCH_INDEX_ID)?.textContent
  let text: string
  if (inline) text = inline
  else {
    const url = new URL(SEARCH_INDEX_URL, doc.baseURI)
    const response = await fetchImpl(url, { headers: { Accept: 'application/json' } })
    if (!response.ok) throw new Error(`${url.pathname} answered ${response.status} ${response.statusText}`.trim())
    text = await response.text()
  }
  const engine = new SearchEngine(JSON.parse(text) as SearchIndexFile, dataset)
  engine.warmUp()
  return engine
}

export { SearchEngine }
export type { ArticleHit, FigureHit, SearchFilters, SearchResults } from './engine.ts'
