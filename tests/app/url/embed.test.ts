import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, embedHash, exploreHash, parseEmbedHash, parseEmbedOptions, type EmbedOptions } from '../../../src/app/url/embed'

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query))

describe('embed options', () => {
  it('reads every documented option', () => {
    const { options, notes } = parse('chart=map&metric=cargo_volume&region=150200,150600&period=2023-2024&lang=en&theme=dark&height=300&id=my-chart')
    expect(notes).toEqual([])
    expect(options).toEqual({
      chart: 'map',
      metric: 'cargo_volume',
      region: ['150200', '150600'],
      period: [2023, 2024],
      lang: 'en',
      theme: 'dark',
      height: 300,
      id: 'my-chart',
    })
  })

  it('falls back to the defaults with no options', () => {
    expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, notes: [] })
  })

  it('notes an unknown option and ignores it', () => {
    const { options, notes } = parse('metric=gdp&colour=red')
    expect(options.metric).toBe('gdp')
    expect(notes).toEqual([{ kind: 'unknownOption', name: 'colour' }])
  })

  it('replaces a malformed value by the default, with a note naming it, in the order the options are documented', () => {
    const { options, notes } = parse('chart=pie&metric=GDP!&lang=fr&theme=blue&height=5&period=20x4&id=<b>')
    expect(options).toEqual(DEFAULT_OPTIONS)
    expect(notes.map((n) => (n.kind === 'badValue' ? n.name : n.kind))).toEqual(['chart', 'metric', 'period', 'lang', 'theme', 'height', 'id'])
  })

  it('keeps the valid regions of a list and notes the others', () => {
    const { options, notes } = parse('region=150200,baotou,150200,1506')
    expect(options.region).toEqual(['150200'])
    expect(notes).toEqual([{ kind: 'badValue', name: 'region', value: 'baotou,1506' }])
  })

  it('migrates regions= (the dashboard’s old spelling) to region=, and keeps at most 24 regions', () => {
    expect(parse('regions=150100')).toEqual({ options: { ...DEFAULT_OPTIONS, region: ['150100'] }, notes: [] })
    const many = Array.from({ length: 26 }, (_, i) => String(150100 + i * 100))
    const { options, notes } = parse(`region=${many.join(',')}`)
    expect(options.region).toEqual(many.slice(0, 24))
    expect(notes).toEqual([{ kind: 'badValue', name: 'region', value: many.slice(24).join(',') }])
  })

  it('takes the first of repeated options and orders a reversed year range', () => {
    const { options } = parse('metric=gdp&metric=funding&period=2024-2020')
    expect(options.metric).toBe('gdp')
    expect(options.period).toEqual([2020, 2024])
  })

  it('rejects heights outside 120–1200 px', () => {
    expect(parse('height=119').options.height).toBeNull()
    expect(parse('height=1201').options.height).toBeNull()
    expect(parse('height=120').options.height).toBe(120)
  })

  it('shortens a long bad value in its note', () => {
    const { notes } = parse('chart=' + 'x'.repeat(200))
    expect(notes[0].kind === 'badValue' && notes[0].value.length).toBeLessThanOrEqual(40)
  })

  it('reads the hash of embed.html and notes an unknown page', () => {
    expect(parseEmbedHash('#/chart?metric=gdp').options.metric).toBe('gdp')
    expect(parseEmbedHash('').notes).toEqual([])
    const other = parseEmbedHash('#/table?metric=gdp')
    expect(other.options.metric).toBe('gdp')
    expect(other.notes).toEqual([{ kind: 'badPath', value: '/table' }])
  })

  it('round-trips through the embed URL', () => {
    const options: EmbedOptions = { chart: 'bar', metric: 'gdp', region: ['150200', '150600'], period: [2024, 2024], lang: 'en', theme: 'light', height: 400, id: 'x-1' }
    const hash = embedHash(options)
    expect(hash).toBe('#/chart?chart=bar&metric=gdp&region=150200,150600&period=2024&lang=en&theme=light&height=400&id=x-1')
    expect(parseEmbedHash(hash)).toEqual({ options, notes: [] })
  })

  it('links to the same selection in the dashboard explorer', () => {
    const options: EmbedOptions = { ...DEFAULT_OPTIONS, chart: 'map', region: ['150200'], period: [2023, 2024] }
    expect(exploreHash(options, 'gdp')).toBe('#/explore?metric=gdp&region=150200&period=2023-2024&view=region')
    expect(exploreHash({ ...DEFAULT_OPTIONS, chart: 'card' }, 'cargo_volume', 'f:1')).toBe('#/explore?metric=cargo_volume&fig=f%3A1')
  })
})
