import type { Dataset } from '../../model'

export const DATASET_URL = 'data/dataset.json'
/** Id of the `<script type="application/json">` the offline single-file build inlines the dataset into. */
export const INLINE_DATASET_ID = 'nmg-dataset'

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly reason: 'network' | 'http' | 'parse' | 'shape',
  ) {
    super(message)
    this.name = 'DatasetError'
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Minimal validation of what came over the wire: the arrays the app walks must be there, and each figure
 * must carry what the charts read. A corrupt file then fails with a sentence, not a blank page.
 */
export function validateDataset(value: unknown): Dataset {
  if (!isObject(value)) throw new DatasetError('the data file is not a JSON object', 'shape')
  if (!Array.isArray(value.figures)) throw new DatasetError('the data file has no “figures” list', 'shape')
  if (!Array.isArray(value.articles)) throw new DatasetError('the data file has no “articles” list', 'shape')
  value.figures.forEach((f: unknown, i: number) => {
    const ok =
      isObject(f) &&
      typeof f.id === 'string' &&
      typeof f.metric === 'string' &&
      typeof f.value === 'number' &&
      isObject(f.region) &&
      isObject(f.period) &&
      isObject(f.source)
    if (!ok) throw new DatasetError(`figure #${i + 1} in the data file is malformed`, 'shape')
  })
  value.articles.forEach((a: unknown, i: number) => {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.text !== 'string' || typeof a.start !== 'number') {
      throw new DatasetError(`article #${i + 1} in the data file is malformed`, 'shape')
    }
  })
  return {
    schemaVersion: 1,
    figures: value.figures,
    articles: value.articles,
    files: Array.isArray(value.files) ? value.files : [],
    metrics: Array.isArray(value.metrics) ? value.metrics : [],
  } as Dataset
}

export function parseDataset(text: string): Dataset {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DatasetError(`the data file is not valid JSON (${(error as Error).message})`, 'parse')
  }
  return validateDataset(json)
}

/** The inlined dataset if the page carries one (offline build), else the file next to the page. */
export async function loadDataset(doc: Document = document, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const inline = doc.getElementById(INLINE_DATASET_ID)
  if (inline?.textContent) return parseDataset(inline.textContent)
  const url = new URL(DATASET_URL, doc.baseURI)
  let response: Response
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new DatasetError(`could not fetch ${url.pathname} (${(error as Error).message})`, 'network')
  }
  if (!response.ok) throw new DatasetError(`${url.pathname} answered ${response.status} ${response.statusText}`.trim(), 'http')
  return parseDataset(await response.text())
}
