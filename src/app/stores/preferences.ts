import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { ThemeMode } from '../charts/palette.ts'
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.ts'
import { hasMessages, loadMessages } from '../i18n/messages.ts'

export type ThemeChoice = 'auto' | 'light' | 'dark'

const LANG_KEY = 'nmg.lang'
const THEME_KEY = 'nmg.theme'

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value)
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'auto' || value === 'light' || value === 'dark'
}

/**
 * The languages a page opens in: the one remembered on this device and the one its address asks for (`lang=en`).
 * main.ts loads their messages before the app's first render, so it never shows Chinese first to an English reader.
 */
export function openingLangs(hash: string = globalThis.location?.hash ?? ''): Lang[] {
  const asked = new URLSearchParams(hash.split('?')[1] ?? '').get('lang')
  const stored = readStorage(LANG_KEY)
  return [...new Set([stored, asked].filter(isLang))]
}

/** Language and theme: chosen by the reader, remembered on this device; the theme follows the system by default. */
export const usePreferencesStore = defineStore('preferences', () => {
  const storedLang = readStorage(LANG_KEY)
  const storedTheme = readStorage(THEME_KEY)
  const lang = ref<Lang>(isLang(storedLang) ? storedLang : DEFAULT_LANG)
  const theme = ref<ThemeChoice>(isThemeChoice(storedTheme) ? storedTheme : 'auto')

  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
  const systemDark = ref(media?.matches ?? false)
  media?.addEventListener('change', (event) => (systemDark.value = event.matches))

  const themeMode = computed<ThemeMode>(() => (theme.value === 'auto' ? (systemDark.value ? 'dark' : 'light') : theme.value))

  /**
   * `remember: false` for a language a link asked for: it shows this visit, the reader's own choice stays. A
   * language whose messages are not here yet switches once they have loaded (at once for one already here).
   */
  function setLang(next: Lang, remember = true): Promise<void> | void {
    const apply = () => {
      lang.value = next
      if (remember) writeStorage(LANG_KEY, next)
    }
    if (hasMessages(next)) return apply()
    return loadMessages(next).then(apply)
  }

  function setTheme(next: ThemeChoice) {
    theme.value = next
    writeStorage(THEME_KEY, next)
  }

  if (typeof document !== 'undefined') {
    watch(
      lang,
      (value) => {
        document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en'
      },
      { immediate: true },
    )
    watch(
      themeMode,
      (mode) => {
        document.documentElement.dataset.theme = mode
      },
      { immediate: true },
    )
  }

  return { lang, theme, themeMode, setLang, setTheme }
})
