import { computed, shallowRef, watch } from 'vue'
import type { Figure, Period, Region } from '../../model'
import type { ChartLabels } from '../charts/types'
import { figurePlace } from '../data/figures'
import { englishPlaceName, type Romanizer } from '../data/regions'
import { formatFigureValue } from '../format/number'
import { formatPeriod } from '../format/period'
import { useDatasetStore } from '../stores/dataset'
import { usePreferencesStore } from '../stores/preferences'
import { translate, type MessageKey, type MessageParams } from './messages'
import { kindName, metricName, regionName } from './names'

/** Pinyin for county names in English; its dictionary is large, so it loads only when English is chosen. */
const romanizer = shallowRef<Romanizer | null>(null)
let romanizerLoading: Promise<void> | null = null

function loadRomanizer(): Promise<void> {
  romanizerLoading ??= import('pinyin-pro').then(({ pinyin }) => {
    romanizer.value = (han: string) => pinyin(han, { toneType: 'none', type: 'array' })
  })
  return romanizerLoading
}

export function useI18n() {
  const prefs = usePreferencesStore()
  const data = useDatasetStore()
  watch(
    () => prefs.lang,
    (lang) => {
      if (lang === 'en') void loadRomanizer()
    },
    { immediate: true },
  )

  const lang = computed(() => prefs.lang)
  const t = (key: MessageKey, params?: MessageParams) => translate(prefs.lang, key, params)
  const metric = (key: string) => metricName(key, data.dataset?.metrics ?? [], prefs.lang, data.dataset?.indicators ?? [])
  const region = (r: Region) => regionName(r, prefs.lang, romanizer.value)
  /** Region and, when it says more, the place: 包头市 · 满都拉口岸. */
  const where = (f: Figure) => {
    const place = figurePlace(f)
    if (!place) return region(f.region)
    return `${region(f.region)} · ${prefs.lang === 'zh' ? place : englishPlaceName(place, romanizer.value)}`
  }
  const period = (p: Period) => formatPeriod(p, prefs.lang)
  const value = (f: Figure) => formatFigureValue(f, prefs.lang)
  const kind = (f: Figure) => kindName(f.kind, prefs.lang)
  const headline = (articleId: string) => data.index?.articleById.get(articleId)?.headline ?? articleId

  const labels = computed<ChartLabels>(() => {
    // Read the romanizer here so labels recompute once pinyin has loaded.
    void romanizer.value
    return { lang: prefs.lang, metric, region, headline }
  })

  return { lang, t, metric, region, where, period, value, kind, headline, labels }
}
