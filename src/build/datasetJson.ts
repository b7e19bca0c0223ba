import type { Dataset } from '../model/index.ts'
import { datasetItem, type PageRecord, type RecordSection } from './pageRecord.ts'

/** The per-page parts of the dataset, each kept in the record as dataset text. */
const PAGE_PARTS = { figures: 'figures', articles: 'articles', files: 'fileReport' } as const satisfies Partial<Record<keyof Dataset, keyof PageRecord>>

/**
 * The text of `JSON.stringify(dataset, null, 1) + '\n'` for the dataset of these pages, in pieces: the pages'
 * items are copied from their records, never parsed. (The JSON of a 100 MB corpus is close to 500 MB, over
 * V8's longest string, so it is never one string either.) `records` must be in file-name order; `fields` is
 * the pipeline's dataset of no pages (see corpusFields): the keys in order, and the fields no page gives.
 */
export function* datasetJsonChunks(records: readonly PageRecord[], fields: Dataset): Generator<string | Uint8Array> {
  for (const piece of datasetJsonPieces(records, fields)) yield typeof piece === 'string' || piece instanceof Uint8Array ? piece : piece.record[piece.section]
}

/** A page's section in datasetJsonPieces: its bytes are the record's, or lie in the previous output (record.inPrevious). */
export interface SectionPiece {
  record: PageRecord
  section: RecordSection
}

function sectionLength(record: PageRecord, section: RecordSection): number {
  return record.inPrevious ? record.inPrevious[section][1] : record[section].length
}

/** datasetJsonChunks with each page's section as a reference to its record, for a writer that copies sections from elsewhere. */
export function* datasetJsonPieces(records: readonly PageRecord[], fields: Dataset): Generator<string | Uint8Array | SectionPiece> {
  const entries = Object.entries(fields)
  yield '{\n'
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]
    const comma = k < entries.length - 1 ? ',' : ''
    const part = PAGE_PARTS[key as keyof typeof PAGE_PARTS]
    const pieces = part ? records.filter((r) => sectionLength(r, part) > 0).map((record) => ({ record, section: part })) : null
    if (pieces && pieces.length > 0) {
      yield ` ${JSON.stringify(key)}: [\n`
      for (let i = 0; i < pieces.length; i++) {
        yield pieces[i]
        yield i < pieces.length - 1 ? ',\n' : '\n'
      }
      yield ` ]${comma}\n`
    } else if (pieces) {
      yield ` ${JSON.stringify(key)}: []${comma}\n`
    } else if (Array.isArray(value) && value.length > 0) {
      yield ` ${JSON.stringify(key)}: [\n${value.map(datasetItem).join(',\n')}\n ]${comma}\n`
    } else {
      yield ` ${JSON.stringify(key)}: ${JSON.stringify(value, null, 1).replace(/\n/g, '\n ')}${comma}\n`
    }
  }
  yield '}\n'
}
