import type { Article, Dataset } from '../model/index.ts'
import { articleOfStub } from '../model/shards.ts'
import { cardYears, defaultIndicatorIn, resolveIndicatorIn } from '../app/data/catalogue.ts'
import type { ShardLoader } from '../app/data/loadShards.ts'
import type { EmbedOptions } from '../app/url/embed.ts'

/**
 * What one embed shows, as a dataset holding just that: the catalogue, then the figures of the one indicator it
 * charts (over its years when it names some; a card, like the overview's, its last two years when the indicator is
 * large), with the headlines they cite. Bounded by the indicator, not by the pages: an embed of a ten-year archive
 * fetches what an embed of ten pages does, times the figures of that one indicator. A page that carries the whole
 * dataset (standalone.html) uses it as it is.
 */
export async function embedDataset(loader: ShardLoader, options: Pick<EmbedOptions, 'chart' | 'metric' | 'period'>): Promise<Dataset> {
  const inline = await loader.inlineDataset()
  if (inline) return inline
  const catalogue = await loader.catalogue()
  // An unknown key fetches the default indicator, which the embed then shows under its note.
  const indicator = (options.metric ? resolveIndicatorIn(options.metric, catalogue) : null) ?? defaultIndicatorIn(catalogue)
  const empty: Dataset = { schemaVersion: 1, figures: [], articles: [], files: [], metrics: catalogue.metrics, indicators: catalogue.names }
  if (!indicator) return empty
  const years = options.period ?? (options.chart === 'card' ? cardYears(catalogue, indicator) : null)
  const shard = await loader.figures(indicator, years)
  const articles = new Map<string, Article>()
  for (const a of shard.articles) if (!articles.has(a.id)) articles.set(a.id, articleOfStub(a))
  return { ...empty, figures: shard.figures, articles: [...articles.values()] }
}

/**
 * One load function per set of data an embed needs (indicator, years, card or not), so several embeds of one page
 * and an embed whose options change share what they fetched (the loader reads each shard once).
 */
export function embedLoads(loader: ShardLoader): (options: Pick<EmbedOptions, 'chart' | 'metric' | 'period'>) => () => Promise<Dataset> {
  const loads = new Map<string, () => Promise<Dataset>>()
  return (options) => {
    const key = JSON.stringify([options.chart === 'card', options.metric, options.period])
    let load = loads.get(key)
    if (!load) {
      let pending: Promise<Dataset> | null = null
      load = () => {
        pending ??= embedDataset(loader, options)
        // A failed load may be tried again (the next time the options ask for it).
        pending.catch(() => (pending = null))
        return pending
      }
      loads.set(key, load)
    }
    return load
  }
}
