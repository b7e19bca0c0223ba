import { describe, expect, it } from 'vitest'
import { DEFAULT_SELECTION } from '../../../src/app/url/explorer'
import { chartOfPanel, presetForPanel } from '../../../src/app/components/embed/preset'
import { figure } from '../fixtures/dataset'

describe('embed preset of a dashboard panel', () => {
  it('reads the chart from the panel’s download name', () => {
    expect(chartOfPanel('nmg-gdp-time')).toBe('time')
    expect(chartOfPanel('nmg-gdp-map')).toBe('map')
    expect(chartOfPanel('nmg-gdp-leagues')).toBe('bar')
    expect(chartOfPanel('nmg-cargo_volume-trend')).toBe('card')
    expect(chartOfPanel('something-else')).toBe('time')
  })

  it('keeps the explorer’s regions and years and the panel’s metric', () => {
    const preset = presetForPanel({
      filename: 'nmg-gdp-map',
      figures: [figure('gdp-2024-baotou')],
      selection: { ...DEFAULT_SELECTION, metrics: ['gdp', 'investment'], regions: ['150200'], years: [2024, 2024] },
      lang: 'en',
    })
    expect(preset).toMatchObject({ chart: 'map', metric: 'gdp', region: ['150200'], period: [2024, 2024], lang: 'en', id: 'nmg-map-gdp' })
  })

  it('shows the metric’s headline on a card, whatever the page around it', () => {
    const preset = presetForPanel({ filename: 'nmg-gdp-trend', figures: [figure('gdp-2023')], selection: null, lang: 'zh' })
    expect(preset).toMatchObject({ chart: 'card', metric: 'gdp', region: [], period: null })
  })
})
