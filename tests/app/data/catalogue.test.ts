import { describe, expect, it } from 'vitest'
import { cardsOf, FIGURES_BUDGET, figureYearsWithin } from '../../../src/app/data/catalogue'
import { headlineFor } from '../../../src/app/data/figures'
import { CARDS_PATH, CATALOGUE_PATH, dataShards, type Catalogue } from '../../../src/model/shards'
import { DATASET } from '../fixtures/dataset'

/** A catalogue whose only content is the figure shards of one indicator, a given size per year. */
function withShards(bytesByYear: Record<string, number>): Catalogue {
  const series = Object.entries(bytesByYear).map(([year, bytes]) => ({
    indicator: 'gdp',
    metric: 'gdp' as const,
    year,
    from: year === 'undated' ? null : Number(year),
    path: `data/series/gdp/${year}.json`,
    figures: 1,
    bytes,
  }))
  return { series } as unknown as Catalogue
}

describe('figureYearsWithin', () => {
  it('reads every selected year of an indicator that fits the budget', () => {
    const c = withShards({ 2022: 1000, 2023: 1000, undated: 10 })
    expect(figureYearsWithin(c, 'gdp', null)).toEqual({ years: null, narrowed: false })
    expect(figureYearsWithin(c, 'gdp', [2023, 2023])).toEqual({ years: [2023, 2023], narrowed: false })
  })

  it('reads the latest years that fit, never less than the last, and says it narrowed', () => {
    const third = Math.floor(FIGURES_BUDGET / 3)
    const c = withShards({ 2019: third, 2020: third, 2021: third, 2022: third, 2023: third })
    expect(figureYearsWithin(c, 'gdp', null)).toEqual({ years: [2021, 2023], narrowed: true })
    expect(figureYearsWithin(c, 'gdp', [2019, 2022])).toEqual({ years: [2020, 2022], narrowed: true })
    const huge = withShards({ 2022: FIGURES_BUDGET * 2, 2023: FIGURES_BUDGET * 2 })
    expect(figureYearsWithin(huge, 'gdp', null)).toEqual({ years: [2023, 2023], narrowed: true })
  })
})

describe('cards.json', () => {
  it('holds the overview’s cards as computed from every figure, with the headlines they cite', () => {
    const shards = dataShards(DATASET, { cardsOf })
    const catalogue = JSON.parse(shards.get(CATALOGUE_PATH)!) as Catalogue
    expect(catalogue.cards).toBe(CARDS_PATH)
    const file = JSON.parse(shards.get(CARDS_PATH)!) as ReturnType<typeof cardsOf>
    expect(file.cards.length).toBeGreaterThan(0)
    const dates = new Map(DATASET.articles.map((a) => [a.id, a.date ?? '']))
    for (const card of file.cards) {
      const expected = headlineFor(card.indicator, DATASET.figures, (f) => dates.get(f.source.articleId) ?? '')
      expect(card.headline).toEqual(JSON.parse(JSON.stringify(expected)))
      expect(file.articles.map((a) => a.id)).toContain(card.headline.main.source.articleId)
    }
    expect(file.articles.every((a) => !('text' in a))).toBe(true)
  })
})
