import type { InjectionKey } from 'vue'
import { parseDataset } from '../app/data/loadDataset.ts'
import type { Dataset } from '../model/index.ts'

/** The URL of nmg-chart.js, given by its entry module: defaults (the data, the dashboard) are resolved against it. */
export const SCRIPT_URL: InjectionKey<string> = Symbol('nmg-script-url')

const datasets = new Map<string, Promise<Dataset>>()

/** Fetches a dataset once per URL, however many elements on the page show it; a failed load may be retried. */
export function fetchDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  let pending = datasets.get(url)
  if (!pending) {
    pending = fetchImpl(url, { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .catch((error: unknown) => {
        // A refused cross-origin read looks like a network failure: name the URL so the page's author can check it.
        throw new Error(`could not fetch ${url} (${(error as Error)?.message ?? error})`)
      })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim())
        return parseDataset(await response.text())
      })
    pending.catch(() => datasets.delete(url))
    datasets.set(url, pending)
  }
  return pending
}
