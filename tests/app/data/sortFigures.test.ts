import { describe, expect, it } from 'vitest'
import { sortFigures } from '../../../src/app/data/sortFigures'
import { FIGURES, figure } from '../fixtures/dataset'

const names = { metric: (k: string) => k, headline: (id: string) => id }

describe('sortFigures', () => {
  it('sorts by value within a unit, both ways', () => {
    const gdpLevels = FIGURES.filter((f) => f.metric === 'gdp' && f.kind === 'level')
    const asc = sortFigures(gdpLevels, 'value', 'asc', names).map((f) => f.value)
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    const desc = sortFigures(gdpLevels, 'value', 'desc', names).map((f) => f.value)
    expect(desc[0]).toBe(2.6e12)
  })

  it('puts undated figures last whichever way periods are sorted', () => {
    const some = [figure('funding-baotou'), figure('gdp-2023'), figure('gdp-2024')]
    expect(sortFigures(some, 'period', 'desc', names).map((f) => f.id)).toEqual(['gdp-2024', 'gdp-2023', 'funding-baotou'])
    expect(sortFigures(some, 'period', 'asc', names).map((f) => f.id)).toEqual(['gdp-2023', 'gdp-2024', 'funding-baotou'])
  })

  it('does not reorder the input', () => {
    const copy = [...FIGURES]
    sortFigures(FIGURES, 'region', 'asc', names)
    expect(FIGURES).toEqual(copy)
  })
})
