/**
 * Entry of embed.html, the chrome-less page an `<iframe>` shows: one chart, its source, a link to the dashboard.
 * It reports its content's height to the parent page (see protocol.ts) so the optional loader can size the iframe.
 */
import { createApp, h, shallowRef, watchEffect } from 'vue'
import { pageLoader } from '../app/data/loadShards.ts'
import { embedLoads } from './embedData.ts'
import EmbedRoot from './EmbedRoot.vue'
import { parseEmbedHash } from '../app/url/embed.ts'
import { loadMessages } from '../app/i18n/messages.ts'
import { heightMessage, isPingMessage } from '../app/components/embed/protocol.ts'
import './frame.css'

const parsed = shallowRef(parseEmbedHash(location.hash))
window.addEventListener('hashchange', () => {
  parsed.value = parseEmbedHash(location.hash)
})

// The catalogue, then the one indicator the options chart (see embedData.ts); a new hash may need another.
const loadFor = embedLoads(pageLoader())
// embed.html sits next to index.html, wherever the site is hosted.
const dashboardUrl = new URL('index.html', document.baseURI).href

watchEffect(() => {
  const { theme, lang } = parsed.value.options
  document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
})

const content = document.getElementById('embed')!
// The language the options ask for speaks from the first render: its messages load first (English on demand).
void loadMessages(parsed.value.options.lang).then(() =>
  createApp({ render: () => h(EmbedRoot, { parsed: parsed.value, load: loadFor(parsed.value.options), dashboardUrl }) }).mount(content),
)

/**
 * The height of the content element, not of the document or the viewport: those follow the iframe's own height,
 * and reporting them would make the iframe grow without end.
 */
let reported = -1
function report(force = false) {
  const height = Math.ceil(content.getBoundingClientRect().height)
  if (height === reported && !force) return
  reported = height
  if (window.parent !== window) window.parent.postMessage(heightMessage(parsed.value.options.id, height), '*')
}

new ResizeObserver(() => report()).observe(content)
window.addEventListener('message', (event) => {
  // Only the parent may ask, and only this question; anything else posted to the frame is not ours.
  if (event.source === window.parent && isPingMessage(event.data)) report(true)
})
