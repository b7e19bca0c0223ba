import { computed, shallowRef, watch } from 'vue'
import { articleTitle, type Figure, type Period, type Region } from '../../model/index.ts'
import type { ChartLabels } from '../charts/types.ts'
import { figurePlace } from '../data/figures.ts'
import { englishPlaceName, type Romanizer } from '../data/regions.ts'
import { formatFigureValue } from '../format/number.ts'
import { formatPeriod } from '../format/period.ts'
import { useDatasetStore } from '../stores/dataset.ts'
import { usePreferencesStore } from '../stores/preferences.ts'
import { translate, type MessageKey, type MessageParams } from './messages.ts'
import { kindName, metricName, regionName } from './names.ts'

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
  const place = (name: string) => (prefs.lang === 'zh' ? name : englishPlaceName(name, romanizer.value))
  const where = (f: Figure) => {
    const finer = figurePlace(f)
    return finer ? `${region(f.region)} · ${place(finer)}` : region(f.region)
  }
  const period = (p: Period) => formatPeriod(p, prefs.lang)
  const value = (f: Figure) => formatFigureValue(f, prefs.lang)
  const kind = (f: Figure) => kindName(f.kind, prefs.lang)
  const headline = (articleId: string) => {
    const article = data.index?.articleById.get(articleId)
    return article ? articleTitle(article) : articleId
  }

  const labels = computed<ChartLabels>(() => {
    // Read the romanizer here so labels recompute once pinyin has loaded.
    void romanizer.value
    return { lang: prefs.lang, metric, region, headline, place }
  })

  return { lang, t, metric, region, where, period, value, kind, headline, labels }
}
