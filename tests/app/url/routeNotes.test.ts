import { describe, expect, it } from 'vitest'
import type { LocationQuery } from 'vue-router'
import { quoteValue } from '../../../src/app/url/param'
import { reportedKeys, routeNotes, type KnownData, type NotedRoute } from '../../../src/app/url/routeNotes'
import type { Figure } from '../../../src/model'

const KNOWN: KnownData = {
  metrics: new Set(['gdp', 'cargo_volume']),
  regions: new Set(['150000', '150200']),
  figureIds: new Set(['p1:10']),
  defaultMetric: 'gdp',
  sliceKeys: () => ['level|CNY|2023'],
}

function explore(query: LocationQuery): NotedRoute {
  return { name: 'explore', query, redirectedFrom: null }
}

describe('routeNotes', () => {
  it('has nothing to say about a clean link', () => {
    expect(routeNotes(explore({ metric: 'gdp,cargo_volume', region: '150200', period: '2023', view: 'table', sort: 'value', dir: 'asc' }), KNOWN)).toEqual([])
    // `regions=` of an older link is migrated to `region=`, not an unknown parameter.
    expect(routeNotes(explore({ metric: 'gdp', regions: '150200' }), KNOWN)).toEqual([])
    expect(routeNotes({ name: 'overview', query: { q: '货运量 5%' }, redirectedFrom: null }, KNOWN)).toEqual([])
    expect(routeNotes({ name: 'article', query: { fig: 'p1:10' }, redirectedFrom: null }, KNOWN)).toEqual([])
  })

  it('names every part of a bad explorer link and what is shown instead', () => {
    const notes = routeNotes(explore({ metric: '<script>', regions: '999999,abc', period: '20x4', view: 'nope', fig: 'zzz' }), KNOWN)
    expect(notes).toEqual([
      { kind: 'invalid', reason: 'malformed', name: 'metric', value: '<script>', instead: 'gdp' },
      { kind: 'invalid', reason: 'malformed', name: 'region', value: 'abc', instead: 'all' },
      { kind: 'invalid', reason: 'notFound', name: 'region', value: '999999', instead: 'all' },
      { kind: 'invalid', reason: 'malformed', name: 'period', value: '20x4' },
      { kind: 'invalid', reason: 'malformed', name: 'view', value: 'nope', instead: 'time' },
    ])
  })

  it('calls a well-formed metric the pages do not report missing, and only once the data is known', () => {
    const query = { metric: 'no_such_metric,cargo_volume' }
    expect(routeNotes(explore(query), KNOWN)).toEqual([{ kind: 'invalid', reason: 'notFound', name: 'metric', value: 'no_such_metric' }])
    expect(routeNotes(explore({ metric: '__proto__,constructor' }), KNOWN)).toEqual([
      { kind: 'invalid', reason: 'malformed', name: 'metric', value: '__proto__', instead: 'gdp' },
      { kind: 'invalid', reason: 'notFound', name: 'metric', value: 'constructor', instead: 'gdp' },
    ])
    expect(routeNotes(explore({ metric: 'gdp,Bad!' }), KNOWN)).toEqual([{ kind: 'invalid', reason: 'malformed', name: 'metric', value: 'Bad!' }])
    expect(routeNotes(explore(query), null)).toEqual([])
  })

  it('notes parameters a page does not read, with what was written', () => {
    expect(routeNotes(explore({ metric: 'gdp', colour: 'red', '': '=' }), KNOWN)).toEqual([
      { kind: 'param', name: 'colour', value: 'red' },
      { kind: 'param', name: '', value: '=' },
    ])
    expect(routeNotes({ name: 'overview', query: { view: 'nope' }, redirectedFrom: null }, KNOWN)).toEqual([{ kind: 'param', name: 'view', value: 'nope' }])
    // `?&&==&` reads as the key '' twice, once without a value.
    expect(routeNotes(explore({ '': [null, '='] }), KNOWN)).toEqual([{ kind: 'param', name: '', value: '=' }])
  })

  it('notes an unknown page the router redirected from', () => {
    expect(routeNotes({ name: 'overview', query: {}, redirectedFrom: '/nope' }, KNOWN)).toEqual([{ kind: 'page', path: '/nope' }])
  })

  it('tells text the router could not decode from text that merely holds a percent sign', () => {
    expect(routeNotes(explore({ q: '%E0%A4%A' }), KNOWN)).toEqual([{ kind: 'invalid', reason: 'undecodable', name: 'q', value: '%E0%A4%A' }])
    expect(routeNotes(explore({ q: '增长5%' }), KNOWN)).toEqual([])
    // An undecodable metric is said to be undecodable, not also malformed.
    expect(routeNotes(explore({ metric: '%E0%A4%A' }), KNOWN)).toEqual([{ kind: 'invalid', reason: 'undecodable', name: 'metric', value: '%E0%A4%A' }])
  })

  it('checks sort, direction, basis, derived values and the region view’s group', () => {
    const notes = routeNotes(explore({ metric: 'gdp', view: 'region', slice: 'zzz', sort: '__proto__', dir: 'sideways', basis: 'year,forever', derived: 'maybe' }), KNOWN)
    expect(notes.map((n) => [n.kind === 'invalid' ? n.reason : n.kind, 'name' in n ? n.name : '', 'value' in n ? n.value : ''])).toEqual([
      ['malformed', 'basis', 'forever'],
      ['notFound', 'slice', 'zzz'],
      ['malformed', 'derived', 'maybe'],
      ['malformed', 'sort', '__proto__'],
      ['malformed', 'dir', 'sideways'],
    ])
    expect(routeNotes(explore({ metric: 'gdp', view: 'region', slice: 'level|CNY|2023' }), KNOWN)).toEqual([])
  })

  it('notes a figure id the article view cannot find', () => {
    expect(routeNotes({ name: 'article', query: { fig: 'nope' }, redirectedFrom: null }, KNOWN)).toEqual([{ kind: 'invalid', reason: 'notFound', name: 'fig', value: 'nope' }])
  })

  it('quotes long values shortened', () => {
    const notes = routeNotes(explore({ metric: 'a'.repeat(5000) }), KNOWN)
    expect(notes).toEqual([{ kind: 'invalid', reason: 'malformed', name: 'metric', value: 'a'.repeat(39) + '…', instead: 'gdp' }])
    expect(quoteValue('short')).toBe('short')
  })
})

describe('reportedKeys', () => {
  it('lists the indicators (and their families) and regions reported, and the league of a county that reports', () => {
    const figures = [
      { metric: 'gdp', indicator: 'gdp', region: { code: '150000', name: '内蒙古自治区' } },
      { metric: 'cargo_volume', indicator: 'port_cargo', region: { code: '150221', name: '土默特右旗' } },
      // A count of unnamed things names no indicator: a link cannot ask for it.
      { metric: 'count', indicator: null, region: { code: '150000', name: '内蒙古自治区' } },
    ] as Figure[]
    const keys = reportedKeys(figures)
    expect([...keys.metrics]).toEqual(['gdp', 'port_cargo', 'cargo_volume'])
    expect([...keys.regions].sort()).toEqual(['150000', '150200', '150221'])
  })
})
