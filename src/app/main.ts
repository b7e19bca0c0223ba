import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { useDatasetStore } from './stores/dataset.ts'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createAppRouter())
// Start fetching the data before the first render: it arrives while the view's code is parsed.
void useDatasetStore(pinia).load()
app.mount('#app')
