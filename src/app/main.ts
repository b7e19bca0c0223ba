import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, openedRoute } from './router.ts'
import { useDatasetStore } from './stores/dataset.ts'
import { openingLangs } from './stores/preferences.ts'
import { hasMessages, loadMessages } from './i18n/messages.ts'
import { explorerIndicatorsIn } from './data/catalogue.ts'
import { parseExplorerQuery } from './url/explorer.ts'
import './styles/main.css'

// A link to the explorer: its code (and the chart library it imports) is fetched while the app starts, not after.
if (/^#\/explore(\?|$)/.test(location.hash)) void import('./views/ExplorerView.vue')

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const router = createAppRouter()
app.use(router)
// Start fetching the data before the first render: it arrives while the view's code is parsed. A link to the
// explorer's time chart also asks for its lines as soon as the catalogue says where they are.
const data = useDatasetStore(pinia)
void data.load().then(() => {
  const route = openedRoute(router)
  if (route.name !== 'explore' || data.status !== 'ready') return
  const { view, metrics } = parseExplorerQuery(route.query)
  if (view === 'time') void data.needLines(explorerIndicatorsIn(metrics, data.catalogue!))
})
// An English reader's messages come before the first render (a Chinese reader's first view carries none).
const opening = openingLangs()
if (opening.every(hasMessages)) app.mount('#app')
else void Promise.all(opening.map(loadMessages)).then(() => app.mount('#app'))
