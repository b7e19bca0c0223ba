import { searchRegions } from '../../src/build/datasetPlugin'
import type { Dataset } from '../../src/model'
import { buildSearchFiles, type SearchBuildOptions, type SearchFiles } from '../../src/search/build'
import { SearchEngine } from '../../src/search/engine'

/** An engine reading search files from memory as the browser reads them over HTTP (404 for a missing file). */
export function engineOver(manifest: SearchFiles['manifest'], files: SearchFiles['files']): SearchEngine {
  return new SearchEngine(manifest, async (path) => {
    const file = files.get(path)
    if (file === undefined) throw new Error(`/data/search/${path} answered 404 Not Found`)
    return file
  })
}

/** The search files of a dataset and an engine over them. */
export function engineFor(dataset: Dataset, options: Partial<SearchBuildOptions> = {}) {
  const built = buildSearchFiles(dataset, { regions: searchRegions(dataset), ...options })
  return { ...built, engine: engineOver(built.manifest, built.files) }
}
