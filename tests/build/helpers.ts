import type { SourcesJson } from '../../src/model'
import { datasetJsonChunks } from '../../src/build/datasetJson'
import type { PageRecord } from '../../src/build/pageRecord'
import { extractCorpus, mergePages, type CorpusFile } from '../../src/pipeline/dataset'
import { generateCorpus } from '../bench/corpus'
import { seedFiles } from '../robustness/helpers'

/** The seeds and a dozen small invented pages (with a sources.json): enough pages for shards and workers. */
export function testCorpus(): { files: CorpusFile[]; sources: SourcesJson } {
  const generated = generateCorpus(12, { pageBytes: 3000, seed: 3 })
  const encoder = new TextEncoder()
  return {
    files: [...seedFiles(), ...generated.pages.map((p) => ({ name: p.name, bytes: encoder.encode(p.text) }))],
    sources: generated.sources,
  }
}

export function datasetBytes(records: readonly PageRecord[]): Buffer {
  return Buffer.concat([...datasetJsonChunks(records, mergePages([]))].map((c) => (typeof c === 'string' ? Buffer.from(c) : c)))
}

/** What the pipeline alone gives for these files, as the extract command writes it: the reference bytes. */
export function referenceBytes(files: CorpusFile[], sources?: SourcesJson): Buffer {
  return Buffer.from(JSON.stringify(extractCorpus(files, { sources }), null, 1) + '\n')
}
