import { searchRegions } from '../../src/build/datasetPlugin'
import type { Dataset } from '../../src/model'
import { buildSearchFiles, type SearchBuildOptions } from '../../src/search/build'
import { SearchEngine } from '../../src/search/engine'

/** The search files of a dataset, and an engine reading them from memory as the browser would over HTTP. */
export function engineFor(dataset: Dataset, options: Partial<SearchBuildOptions> = {}) {
  const { files, manifest } = buildSearchFiles(dataset, { regions: searchRegions(dataset), ...options })
  const engine = new SearchEngine(manifest, async (path) => {
    const file = files.get(path)
    if (file === undefined) throw new Error(`/data/search/${path} answered 404 Not Found`)
    return file
  })
  return { engine, files, manifest }
}
