import { computed } from 'vue'
import { chartColors } from '../charts/palette'
import type { ChartContext } from '../charts/types'
import { useI18n } from '../i18n/useI18n'
import { usePreferencesStore } from '../stores/preferences'

/** Colours of the current theme and names in the current language, for the pure chart builders. */
export function useChartContext() {
  const prefs = usePreferencesStore()
  const { labels } = useI18n()
  return computed<ChartContext>(() => ({ colors: chartColors(prefs.themeMode), labels: labels.value }))
}
