import { createApp, h } from 'vue'

createApp({ render: () => h('p', '内蒙古报刊数据看板') }).mount('#app')
