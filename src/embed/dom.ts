import { init, type EChartsCoreOption } from 'echarts/core'

export interface MountedChart {
  update(option: EChartsCoreOption): void
  dispose(): void
}

/** Draws an option into an element and redraws it whenever the element's width changes. */
export function mountChart(el: HTMLElement, option: EChartsCoreOption, locale: 'ZH' | 'EN'): MountedChart {
  const chart = init(el, null, { renderer: 'canvas', locale })
  chart.setOption(option)
  const observer = new ResizeObserver(() => chart.resize())
  observer.observe(el)
  return {
    update: (next) => chart.setOption(next, { notMerge: true }),
    dispose: () => {
      observer.disconnect()
      chart.dispose()
    },
  }
}

/** Whether the reader's system (or, in an iframe, the embedding page) prefers dark colours, and when that changes. */
export function watchDarkPreference(onChange: (dark: boolean) => void): { dark: boolean; stop: () => void } {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
  const listener = (event: MediaQueryListEvent) => onChange(event.matches)
  media?.addEventListener('change', listener)
  return { dark: media?.matches ?? false, stop: () => media?.removeEventListener('change', listener) }
}
