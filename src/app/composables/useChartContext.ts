import { computed, ref } from 'vue'
import { chartColors } from '../charts/palette.ts'
import type { ChartContext } from '../charts/types.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { usePreferencesStore } from '../stores/preferences.ts'

/** Chart text follows the page's type scale: larger on wall screens (see main.css). */
const fontSize = ref(12)
if (typeof window !== 'undefined' && window.matchMedia) {
  const wide = window.matchMedia('(min-width: 1800px)')
  const wall = window.matchMedia('(min-width: 2400px)')
  const update = () => (fontSize.value = wall.matches ? 17 : wide.matches ? 14 : 12)
  wide.addEventListener('change', update)
  wall.addEventListener('change', update)
  update()
}

/** Colours of the current theme, names in the current language and the font size, for the pure chart builders. */
export function useChartContext() {
  const prefs = usePreferencesStore()
  const { labels } = useI18n()
  return computed<ChartContext>(() => ({ colors: chartColors(prefs.themeMode), labels: labels.value, fontSize: fontSize.value }))
}
