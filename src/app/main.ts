import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { useDatasetStore } from './stores/dataset.ts'
import { useSelectionStore } from './stores/selection.ts'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const router = createAppRouter()
app.use(router)
// Start fetching the data before the first render: it arrives while the view's code is parsed. A link to the
// explorer's time chart also asks for its lines as soon as the catalogue says where they are.
const data = useDatasetStore(pinia)
void Promise.all([data.load(), router.isReady()]).then(() => {
  if (router.currentRoute.value.name !== 'explore' || data.status !== 'ready') return
  const selection = app.runWithContext(() => useSelectionStore(pinia))
  if (selection.selection.view === 'time') void data.needLines(selection.metrics)
})
app.mount('#app')
