import { describe, expect, it } from 'vitest'
import { DEFAULT_SELECTION, explorerQuery, parseExplorerQuery } from '../../../src/app/url/explorer'

describe('explorer URL query', () => {
  it('reads metric, regions, period, view and figure', () => {
    const s = parseExplorerQuery({ metric: 'gdp,cargo_volume', regions: '150000,150200', period: '2023-2024', view: 'region', fig: 'x:12' })
    expect(s.metrics).toEqual(['gdp', 'cargo_volume'])
    expect(s.regions).toEqual(['150000', '150200'])
    expect(s.years).toEqual([2023, 2024])
    expect(s.view).toBe('region')
    expect(s.fig).toBe('x:12')
  })

  it('drops what it does not understand instead of failing', () => {
    const s = parseExplorerQuery({ metric: 'gdp,<script>', regions: '15,150200', period: 'soon', view: 'pie', basis: 'year,decade', sort: 'colour', dir: 'sideways' })
    expect(s.metrics).toEqual(['gdp'])
    expect(s.regions).toEqual(['150200'])
    expect(s.years).toBeNull()
    expect(s.view).toBe('time')
    expect(s.bases).toEqual(['year'])
    expect(s.sort).toBe(DEFAULT_SELECTION.sort)
    expect(s.dir).toBe('desc')
  })

  it('reads a single year and a reversed range', () => {
    expect(parseExplorerQuery({ period: '2024' }).years).toEqual([2024, 2024])
    expect(parseExplorerQuery({ period: '2024-2020' }).years).toEqual([2020, 2024])
  })

  it('writes the canonical query, leaving defaults out, and reads back the same selection', () => {
    const selection = { ...DEFAULT_SELECTION, metrics: ['gdp'], regions: ['150200'], years: [2024, 2024] as [number, number], view: 'table' as const, sort: 'value' as const, dir: 'asc' as const, derived: true, fig: 'f1' }
    const query = explorerQuery(selection)
    expect(query).toEqual({ metric: 'gdp', region: '150200', period: '2024', view: 'table', sort: 'value', dir: 'asc', derived: '1', fig: 'f1' })
    expect(parseExplorerQuery(query as Record<string, string>)).toEqual(selection)
    expect(explorerQuery({ metrics: ['gdp'] })).toEqual({ metric: 'gdp' })
  })
})
