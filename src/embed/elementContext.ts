import type { InjectionKey } from 'vue'
import { parseDataset } from '../app/data/loadDataset.ts'
import { fetchReader, ShardLoader } from '../app/data/loadShards.ts'
import type { Dataset } from '../model/index.ts'
import { embedLoads } from './embedData.ts'

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

const wholeLoads = new Map<string, () => Promise<Dataset>>()

/** The load function of a whole dataset file, one per URL (so the embed sees the same function and waits once). */
export function wholeDatasetLoad(url: string): () => Promise<Dataset> {
  let load = wholeLoads.get(url)
  if (!load) wholeLoads.set(url, (load = () => fetchDataset(url)))
  return load
}

const sites = new Map<string, ReturnType<typeof embedLoads>>()

/** The loads of a site's data shards, one loader per site: every element of a page shares its catalogue and shards. */
export function siteLoads(siteUrl: string): ReturnType<typeof embedLoads> {
  let loads = sites.get(siteUrl)
  if (!loads) sites.set(siteUrl, (loads = embedLoads(new ShardLoader(fetchReader(siteUrl)))))
  return loads
}
