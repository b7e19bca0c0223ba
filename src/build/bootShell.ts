import type { Plugin } from 'vite'
import { escapeHtml } from '../app/charts/tooltip.ts'
import { translate } from '../app/i18n/messages.ts'
// The shell says both languages: the English messages too.
import '../app/i18n/messages.en.ts'

/** What index.html holds where the app mounts; the boot shell goes inside it. */
const MOUNT_POINT = '<div id="app"></div>'

/**
 * The page's first paint, in the HTML itself: the dashboard's name and a loading line (both languages: the page
 * cannot know the reader's before its script runs), and a note for a browser without JavaScript. Vue replaces it
 * as it mounts.
 *
 * A reader sees the page at once instead of a blank one until the scripts have run. And the first Chinese text a
 * page lays out costs it the setup of its CJK font (on a slow phone ~100 ms of main thread, most of it waiting for
 * the font's rendering settings): laid out here, that happens while the scripts download, not after them, between
 * the framework's start and the first chart.
 */
export function bootShellHtml(): string {
  const zh = (key: Parameters<typeof translate>[1]) => escapeHtml(translate('zh', key))
  const en = (key: Parameters<typeof translate>[1]) => escapeHtml(translate('en', key))
  return (
    `<div id="app"><div class="boot-shell" data-state="booting">` +
    `<p class="boot-title">${zh('app.title')}</p>` +
    `<p class="boot-note muted" role="status">${zh('state.loading')} <span lang="en">${en('state.loading')}</span></p>` +
    `<noscript><p class="boot-note">${zh('app.noScript')} <span lang="en">${en('app.noScript')}</span></p></noscript>` +
    `</div></div>`
  )
}

/** Puts the boot shell into index.html (dev server and build alike). */
export function bootShell(): Plugin {
  return {
    name: 'nmg-boot-shell',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return html
        if (!html.includes(MOUNT_POINT)) throw new Error(`index.html: no ${MOUNT_POINT} to put the boot shell in`)
        return html.replace(MOUNT_POINT, bootShellHtml())
      },
    },
  }
}
