import { decodeBase64 } from './base64.ts'
import type { SearchBundle } from './build.ts'
import { SearchEngine, type FetchFile } from './engine.ts'
import { MANIFEST_FILE, type SearchManifest } from './schema.ts'

/** Folder of the search files, next to the dataset. */
export const SEARCH_DIR = 'data/search/'
/** Id of a `<script type="application/json">` carrying every search file inline (single-file offline build). */
export const INLINE_SEARCH_INDEX_ID = 'nmg-search-index'

/** Reads the search's files over HTTP, relative to the page: shards as bytes, the rest as text. */
export function httpFiles(base: string | URL, fetchImpl: typeof fetch = fetch): FetchFile {
  return async (path) => {
    const url = new URL(SEARCH_DIR + path, base)
    const response = await fetchImpl(url)
    if (!response.ok) throw new Error(`${url.pathname} answered ${response.status} ${response.statusText}`.trim())
    return path.endsWith('.bin') ? new Uint8Array(await response.arrayBuffer()) : await response.text()
  }
}

/** Reads the search's files from the bundle inlined in the page. */
export function bundleFiles(bundle: SearchBundle): FetchFile {
  return async (path) => {
    if (path in bundle.text) return bundle.text[path]
    if (path in bundle.binary) return decodeBase64(bundle.binary[path])
    throw new Error(`${path} is not in the page`)
  }
}

/**
 * The browser's way in: reads the manifest (from the page in the single-file build, else data/search/manifest.json)
 * and opens the engine, which fetches posting shards and stored fields as queries need them. The search box
 * imports this module on first use, so the search code and its files stay out of the first view.
 */
export async function loadSearchEngine(doc: Document = document, fetchImpl: typeof fetch = fetch): Promise<SearchEngine> {
  const inline = doc.getElementById(INLINE_SEARCH_INDEX_ID)?.textContent
  if (inline) {
    const bundle = JSON.parse(inline) as SearchBundle
    return new SearchEngine(bundle.manifest, bundleFiles(bundle))
  }
  const files = httpFiles(doc.baseURI, fetchImpl)
  const manifest = JSON.parse((await files(MANIFEST_FILE)) as string) as SearchManifest
  return new SearchEngine(manifest, files)
}

export { SearchEngine }
export type { ArticleHit, FigureHit, SearchFilters, SearchResults } from './engine.ts'
