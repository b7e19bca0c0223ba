import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PERIOD_BASES } from '../../../src/model'
import { parseEmbedHash, embedHash, type EmbedOptions } from '../../../src/app/url/embed'
import { DEFAULT_SELECTION, explorerQuery, parseExplorerQuery, type ExplorerSelection } from '../../../src/app/url/explorer'
import { parseParams, queryString, serializeParams, valuesOf, type Entry } from '../../../src/app/url/param'
import { CHART_KINDS, EMBED_PARAMS, EXPLORER_PARAMS, EXPLORER_VIEWS, MIGRATIONS, SORT_KEYS, THEMES } from '../../../src/app/url/schema'

const explorer = (entries: Entry[]) => parseParams(EXPLORER_PARAMS, entries, { migrations: MIGRATIONS, routerValues: true }).params

describe('one parameter schema', () => {
  it('parses each parameter to valid, invalid with a reason, or missing', () => {
    const p = explorer([
      ['metric', 'gdp,port_cargo'],
      ['period', '2024-2020'],
      ['view', 'nope'],
      ['sort', ''],
      ['basis', 'year,forever'],
      ['derived', '%E0%A4%A'],
    ])
    expect(p.metric).toEqual({ status: 'valid', value: ['gdp', 'port_cargo'] })
    expect(p.period).toEqual({ status: 'valid', value: [2020, 2024] })
    expect(p.view).toEqual({ status: 'invalid', reason: 'malformed', text: 'nope' })
    // A list keeps what it understood beside what it did not.
    expect(p.basis).toEqual({ status: 'invalid', reason: 'malformed', text: 'forever', value: ['year'] })
    expect(p.derived).toEqual({ status: 'invalid', reason: 'undecodable', text: '%E0%A4%A' })
    // Not given, or given empty: missing, never invalid.
    expect(p.sort).toEqual({ status: 'missing' })
    expect(p.region).toEqual({ status: 'missing' })
  })

  it('uses one definition of a metric key, a region code and a period for the dashboard and the embeds', () => {
    for (const key of ['gdp', 'port_cargo', 'x1']) {
      expect(EXPLORER_PARAMS.metric.parse(key).status).toBe('valid')
      expect(EMBED_PARAMS.metric.parse(key).status).toBe('valid')
    }
    for (const key of ['GDP', '__proto__', '<b>', 'gdp!', 'a'.repeat(65)]) {
      expect(EXPLORER_PARAMS.metric.parse(key)).toMatchObject({ status: 'invalid', reason: 'malformed' })
      expect(EMBED_PARAMS.metric.parse(key)).toMatchObject({ status: 'invalid', reason: 'malformed' })
    }
    for (const period of ['20x4', '99999', '1800', '2024-']) {
      expect(EXPLORER_PARAMS.period.parse(period)).toMatchObject({ status: 'invalid', reason: 'malformed' })
      expect(EMBED_PARAMS.period.parse(period)).toMatchObject({ status: 'invalid', reason: 'malformed' })
    }
    expect(EXPLORER_PARAMS.region.parse('150200,1502')).toEqual(EMBED_PARAMS.region.parse('150200,1502'))
  })

  it('lists parameters a schema does not read, with what was written, first occurrence winning otherwise', () => {
    const parsed = parseParams(EXPLORER_PARAMS, [['metric', 'gdp'], ['metric', 'funding'], ['colour', 'red'], ['colour', 'blue'], ['', null]])
    expect(parsed.params.metric).toEqual({ status: 'valid', value: ['gdp'] })
    expect(parsed.unknown).toEqual([{ name: 'colour', text: 'red,blue' }, { name: '', text: '' }])
  })

  it('migrates regions= to region=: an old link reads as before, and is written back the new way', () => {
    const old = parseExplorerQuery({ metric: 'gdp', regions: '150200,150600' })
    expect(old.regions).toEqual(['150200', '150600'])
    expect(explorerQuery(old)).toEqual({ metric: 'gdp', region: '150200,150600' })
    // Without the migration `regions` is a parameter the schema does not know.
    expect(parseParams(EXPLORER_PARAMS, [['regions', '150200']]).unknown).toEqual([{ name: 'regions', text: '150200' }])
    expect(parseEmbedHash('#/chart?regions=150200').options.region).toEqual(['150200'])
  })

  it('reads only what the router could decode as router text; decoded text with a % is plain text', () => {
    expect(parseParams(EXPLORER_PARAMS, [['fig', 'a%E0%A4%A']], { routerValues: true }).params.fig).toMatchObject({ reason: 'undecodable' })
    expect(parseParams(EXPLORER_PARAMS, [['fig', 'a%E0%A4%A']]).params.fig).toEqual({ status: 'valid', value: 'a%E0%A4%A' })
    expect(parseParams(EXPLORER_PARAMS, [['fig', '增长5%']], { routerValues: true }).params.fig).toEqual({ status: 'valid', value: '增长5%' })
  })
})

// ——— Round trip: serialize, then parse, gives the same values ———

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/)
const code = fc.stringMatching(/^\d{6}$/)
const years = fc.option(
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 })).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  { nil: null },
)
/** Free text as an id or a group key may be: trimmed, no `%` (the router's undecodable text is a mistake, not a value). */
const text = fc.option(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== '' && !s.includes('%')),
  { nil: null },
)

const selection: fc.Arbitrary<ExplorerSelection> = fc.record({
  metrics: fc.uniqueArray(key, { maxLength: 4 }),
  breakdown: text,
  regions: fc.uniqueArray(code, { maxLength: 5 }),
  years,
  bases: fc.uniqueArray(fc.constantFrom(...PERIOD_BASES), { maxLength: 3 }),
  view: fc.constantFrom(...EXPLORER_VIEWS),
  fig: text,
  slice: text,
  derived: fc.boolean(),
  sort: fc.constantFrom(...SORT_KEYS),
  dir: fc.constantFrom('asc' as const, 'desc' as const),
})

const embed: fc.Arbitrary<EmbedOptions> = fc.record({
  chart: fc.constantFrom(...CHART_KINDS),
  metric: fc.option(key, { nil: null }),
  region: fc.uniqueArray(code, { maxLength: 24 }),
  period: years,
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom(...THEMES),
  height: fc.option(fc.integer({ min: 120, max: 1200 }), { nil: null }),
  id: fc.option(fc.stringMatching(/^[\w-]{1,64}$/), { nil: null }),
})

describe('round trip (parse ∘ serialize = id)', () => {
  it('explorer selections, through the router query', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const query = explorerQuery(s) as Record<string, string>
        expect(parseExplorerQuery(query)).toEqual(s)
        // Every parameter written is valid; none is invalid.
        const parsed = parseParams(EXPLORER_PARAMS, Object.entries(query), { routerValues: true })
        expect(Object.values(parsed.params).every((p) => p.status !== 'invalid')).toBe(true)
        expect(parsed.unknown).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('explorer selections, through URL text', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const pairs = serializeParams(EXPLORER_PARAMS, explorerValues(s))
        const parsed = parseParams(EXPLORER_PARAMS, new URLSearchParams(queryString(pairs)))
        expect(valuesOf(EXPLORER_PARAMS, parsed)).toEqual(explorerValues(s))
      }),
      { numRuns: 300 },
    )
  })

  it('embed options, through the embed URL', () => {
    fc.assert(
      fc.property(embed, (options) => {
        expect(parseEmbedHash(embedHash(options))).toEqual({ options, notes: [] })
      }),
      { numRuns: 300 },
    )
  })

  it('leaves defaults out, so equal views have equal addresses', () => {
    expect(explorerQuery(DEFAULT_SELECTION)).toEqual({})
    expect(serializeParams(EMBED_PARAMS, {})).toEqual([['chart', 'time'], ['lang', 'zh'], ['theme', 'auto']])
  })
})

function explorerValues(s: ExplorerSelection) {
  return { metric: s.metrics, breakdown: s.breakdown, region: s.regions, period: s.years, basis: s.bases, view: s.view, slice: s.slice, derived: s.derived, sort: s.sort, dir: s.dir, fig: s.fig }
}
