import type { Dataset } from '../../model/index.ts'
import { validateDataset as checkDataset } from '../../model/validate.ts'

export const DATASET_URL = 'data/dataset.json'
/** Id of the `<script type="application/json">` the offline single-file build inlines the dataset into. */
export const INLINE_DATASET_ID = 'nmg-dataset'

export type DatasetFailure =
  | { reason: 'network'; path: string; cause: string }
  | { reason: 'http'; path: string; status: string }
  | { reason: 'parse'; cause: string }
  /** A shard of the per-view data (data/…) that is missing its end, or not what the catalogue says. */
  | { reason: 'shard'; path: string; cause: string }
  | { reason: 'notObject' }
  | { reason: 'shape'; total: number; problems: string; more: number }

/**
 * `message` is English, for logs and the console; `failure` holds the same facts for the interface to say
 * in the reader's language (validator paths such as `figures[3].period.start` stay as written).
 */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly failure: DatasetFailure,
  ) {
    super(message)
    this.name = 'DatasetError'
  }
}

/** Problems named in the message: enough to find what is wrong, short enough to read. */
const PROBLEMS_SHOWN = 5

/**
 * Checks what came over the wire against the dataset's schema (src/model/validate.ts), so a stale, truncated or
 * hand-edited file fails with a sentence naming the first problems by path, not with a blank page or a chart error.
 */
export function validateDataset(value: unknown): Dataset {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DatasetError('the data file is not a JSON object', { reason: 'notObject' })
  const checked = checkDataset(value)
  if (checked.ok) return checked.dataset
  throw schemaError(checked.errors)
}

/** The validator's problems (src/model/validate.ts) as a DatasetError: the first few by path, and how many more. */
export function schemaError(errors: readonly string[]): DatasetError {
  const checked = { errors }
  const more = /^… and (\d+) more$/.exec(checked.errors.at(-1) ?? '')
  const problems = more ? checked.errors.slice(0, -1) : checked.errors
  const total = problems.length + (more ? Number(more[1]) : 0)
  const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ')
  const hidden = Math.max(0, total - PROBLEMS_SHOWN)
  const rest = hidden ? `; … and ${hidden} more` : ''
  return new DatasetError(`the data file does not match the dataset schema (${total} ${total === 1 ? 'problem' : 'problems'}): ${shown}${rest}`, {
    reason: 'shape',
    total,
    problems: shown,
    more: hidden,
  })
}

export function parseDataset(text: string): Dataset {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const cause = (error as Error).message
    throw new DatasetError(`the data file is not valid JSON (${cause})`, { reason: 'parse', cause })
  }
  return validateDataset(json)
}

/** The inlined dataset if the page carries one (offline build), else the file next to the page. */
export async function loadDataset(doc: Document = document, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  const inline = doc.getElementById(INLINE_DATASET_ID)
  if (inline?.textContent) return parseDataset(inline.textContent)
  return parseDataset(await fetchText(new URL(DATASET_URL, doc.baseURI), fetchImpl))
}

/** The body of the file at `url`; a network failure or an HTTP error is a DatasetError naming its path. */
/**
 * The service worker's mark on a file it answered from its cache because the network failed (src/sw/precache.ts,
 * the same name: this folder does not import that one).
 */
export const OFFLINE_HEADER = 'x-nmg-offline'

export async function fetchText(url: URL, fetchImpl: typeof fetch = fetch, onOffline?: () => void): Promise<string> {
  let response: Response
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' } })
  } catch (error) {
    const cause = (error as Error).message
    throw new DatasetError(`could not fetch ${url.pathname} (${cause})`, { reason: 'network', path: url.pathname, cause })
  }
  if (onOffline && response.headers?.get(OFFLINE_HEADER)) onOffline()
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim()
    throw new DatasetError(`${url.pathname} answered ${status}`, { reason: 'http', path: url.pathname, status })
  }
  return response.text()
}
