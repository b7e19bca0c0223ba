/** Okabe–Ito: eight colours that stay distinct under the common colour-vision deficiencies. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const

export type ThemeMode = 'light' | 'dark'

export interface ChartColors {
  mode: ThemeMode
  text: string
  muted: string
  axis: string
  grid: string
  tooltipBackground: string
  tooltipText: string
  /** Series colours in order; yellow only on dark backgrounds where it has contrast. */
  series: string[]
  /** Border of points whose reports disagree. */
  conflict: string
  /** Regions with no figure on the map. */
  empty: string
  /** Sequential ramp for the map, low to high (single hue: readable without colour vision). */
  sequential: [string, string]
}

export function chartColors(mode: ThemeMode): ChartColors {
  const o = OKABE_ITO
  if (mode === 'dark') {
    return {
      mode,
      text: '#e8e6e3',
      muted: '#a8a39c',
      axis: '#6b6760',
      grid: '#3a3733',
      tooltipBackground: '#24221f',
      tooltipText: '#e8e6e3',
      series: [o.skyBlue, o.orange, o.bluishGreen, o.reddishPurple, o.yellow, o.vermillion, '#8fb8de', '#bbbbbb'],
      conflict: o.vermillion,
      empty: '#33312d',
      sequential: ['#21405a', '#9fd3f5'],
    }
  }
  return {
    mode,
    text: '#1f1d1a',
    muted: '#5c5750',
    axis: '#8a847b',
    grid: '#e4e0d9',
    tooltipBackground: '#ffffff',
    tooltipText: '#1f1d1a',
    series: [o.blue, o.orange, o.bluishGreen, o.reddishPurple, o.skyBlue, o.vermillion, '#555555', '#999999'],
    conflict: o.vermillion,
    empty: '#eeeae4',
    sequential: ['#dcebf6', '#0b4f8a'],
  }
}
