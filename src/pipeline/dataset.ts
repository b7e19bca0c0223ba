import type { Dataset, SourcesJson } from '../model'

export interface CorpusFile {
  name: string
  bytes: Uint8Array
}

export interface ExtractOptions {
  sources?: SourcesJson
  log?: (message: string) => void
}

/** Turns a folder's worth of page files into the dataset. Pure: file access stays with the caller. */
export function extractCorpus(files: CorpusFile[], _options: ExtractOptions = {}): Dataset {
  void files
  return { schemaVersion: 1, figures: [], articles: [], files: [], metrics: [] }
}
