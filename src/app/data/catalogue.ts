import { CORE_METRICS, type Region } from '../../model/index.ts'
import type { Dataset } from '../../model/index.ts'
import type { CardsFile, Catalogue, FigureShardEntry } from '../../model/shards.ts'
import { compareText } from './compare.ts'
import { articleDateIn, coverageOfCounts, headlineFor, HEADLINE_INDICATORS, type Coverage, type MetricHeadline } from './figures.ts'
import { compareRegions, leagueOf, regionLevel } from './regions.ts'

/**
 * What the catalogue says without any figure: the lists, counts and defaults a view shows before (or instead of)
 * fetching figures. Each mirrors the figure-based function of figures.ts or routeNotes.ts it names.
 */

/** Indicators and families reported, regions with figures and the leagues of their counties (reportedKeys). */
export function reportedIn(c: Catalogue): { metrics: Set<string>; regions: Set<string> } {
  const metrics = new Set<string>()
  for (const i of c.indicators) metrics.add(i.indicator).add(i.metric)
  const regions = new Set<string>()
  for (const r of c.regions) {
    regions.add(r.code)
    const league = regionLevel(r.code) === 'county' ? leagueOf(r.code) : null
    if (league) regions.add(league)
  }
  return { metrics, regions }
}

/** An indicator key as is; an older link's family key as its most reported indicator (resolveIndicator). */
export function resolveIndicatorIn(key: string, c: Catalogue): string | null {
  if (c.indicators.some((i) => i.indicator === key)) return key
  if (!(CORE_METRICS as readonly string[]).includes(key) && !c.families.some((f) => f.metric === key)) return null
  const of = c.indicators.filter((i) => i.metric === key).sort((a, b) => b.figures - a.figures || compareText(a.indicator, b.indicator))
  return of[0]?.indicator ?? null
}

/** Reported indicators, most reported first (summarizeIndicators without the latest figure). */
export function indicatorsIn(c: Catalogue): Array<{ indicator: string; count: number; regions: number }> {
  return c.indicators
    .map((i) => ({ indicator: i.indicator, count: i.figures, regions: i.regions }))
    .sort((a, b) => b.count - a.count || compareText(a.indicator, b.indicator))
}

/** The indicator shown when none is asked for (defaultIndicator). */
export function defaultIndicatorIn(c: Catalogue): string | null {
  const reported = new Set(c.indicators.map((i) => i.indicator))
  return HEADLINE_INDICATORS.find((k) => reported.has(k)) ?? indicatorsIn(c)[0]?.indicator ?? null
}

/**
 * The indicators an explorer link shows: the ones it names that the pages report (an older link's family key as
 * its main indicator), else the default one.
 */
export function explorerIndicatorsIn(named: readonly string[], c: Catalogue): string[] {
  const known = [...new Set(named.map((m) => resolveIndicatorIn(m, c)).filter((m): m is string => m !== null))]
  if (known.length) return known
  const fallback = defaultIndicatorIn(c)
  return fallback ? [fallback] : []
}

/** The overview's cards (cardIndicators): headline indicators reported as a whole, topped up with the most reported. */
export function cardIndicatorsIn(c: Catalogue, count = 4, least = 3): string[] {
  const whole = new Set(c.indicators.filter((i) => i.whole > 0).map((i) => i.indicator))
  const out: string[] = HEADLINE_INDICATORS.filter((k) => whole.has(k)).slice(0, count)
  for (const s of indicatorsIn(c)) if (out.length < least && whole.has(s.indicator) && !out.includes(s.indicator)) out.push(s.indicator)
  return out
}

/** Regions with figures, ordered as the explorer lists them. */
export function regionsIn(c: Catalogue): Region[] {
  return c.regions.map(({ code, name }) => ({ code, name })).sort(compareRegions)
}

/** The last `count` years an indicator's figures touch, as a range; null (every year) when none is dated. */
export function latestYears(c: Catalogue, indicator: string, count = 2): [number, number] | null {
  const years = c.indicators.find((i) => i.indicator === indicator)?.years
  return years ? [Math.max(years[0], years[1] - count + 1), years[1]] : null
}

/** Bytes of figure shards a card fetches whole; past them, the last two years only. */
export const CARD_BYTES = 1_000_000

/**
 * The years a card's figures are fetched for: every year (null) when the indicator's shards are small, so the card
 * is the one every figure gives; else its last two years, whose latest figures the card shows.
 */
export function cardYears(c: Catalogue, indicator: string): [number, number] | null {
  const bytes = c.series.filter((e) => e.indicator === indicator).reduce((n, e) => n + e.bytes, 0)
  return bytes <= CARD_BYTES ? null : latestYears(c, indicator)
}

/** The shards' paths of one indicator's figures whose periods may touch `years` (every year when null). */
export function figureShardsFor(catalogue: Catalogue, indicator: string, years: readonly [number, number] | null): FigureShardEntry[] {
  return catalogue.series.filter(
    (e) => e.indicator === indicator && (years === null || (e.year !== 'undated' && Number(e.year) >= years[0] && (e.from ?? Number(e.year)) <= years[1])),
  )
}

/** Where data exists: indicator × region × year, from the catalogue's counts. */
export function coverageIn(c: Catalogue, metricOrder: readonly string[] = []): Coverage {
  const counts = c.cells.map(([i, r, year, n]) => ({ indicator: c.indicators[i].indicator, region: { code: c.regions[r].code, name: c.regions[r].name }, year, n }))
  return coverageOfCounts(counts, metricOrder)
}

/** The overview's cards of a whole dataset, for the build to write (CARDS_PATH): each headline and the articles it cites. */
export function cardsOf(dataset: Dataset, c: Catalogue): CardsFile<MetricHeadline> {
  const articleDate = articleDateIn(dataset)
  const cards: CardsFile<MetricHeadline>['cards'] = []
  const cited = new Set<string>()
  for (const indicator of cardIndicatorsIn(c)) {
    const headline = headlineFor(indicator, dataset.figures, articleDate)
    if (!headline) continue
    cards.push({ indicator, headline })
    for (const f of [headline.main, headline.growth, headline.yearEarlier, ...headline.trend, ...headline.also]) if (f) cited.add(f.source.articleId)
  }
  const articles = dataset.articles.filter((a) => cited.has(a.id)).map(({ id, file, headline, date, paper }) => ({ id, file, headline, date, paper }))
  return { cards, articles }
}

/**
 * Most bytes of figure shards a view fetches for one indicator. Ten years of a much-reported indicator are tens of
 * megabytes, more than a browser should parse and index for one table; past this, a view reads the latest years
 * that fit (at least the last) and says so.
 */
export const FIGURES_BUDGET = 4_000_000

/** The years of an indicator's figures a view fetches for the selected ones (null: every year), within FIGURES_BUDGET. */
export function figureYearsWithin(c: Catalogue, indicator: string, years: readonly [number, number] | null): { years: [number, number] | null; narrowed: boolean } {
  const inRange = figureShardsFor(c, indicator, years)
  const asked = years ? ([years[0], years[1]] as [number, number]) : null
  if (inRange.reduce((n, e) => n + e.bytes, 0) <= FIGURES_BUDGET) return { years: asked, narrowed: false }
  const dated = inRange.filter((e) => e.year !== 'undated').map((e) => ({ year: Number(e.year), bytes: e.bytes }))
  const last = Math.max(...dated.map((e) => e.year))
  let first = last
  let bytes = dated.filter((e) => e.year === last).reduce((n, e) => n + e.bytes, 0)
  for (let y = last - 1; y >= (asked ? asked[0] : Math.min(...dated.map((e) => e.year))); y--) {
    const more = dated.filter((e) => e.year === y).reduce((n, e) => n + e.bytes, 0)
    if (bytes + more > FIGURES_BUDGET) break
    bytes += more
    first = y
  }
  return { years: [first, last], narrowed: true }
}
