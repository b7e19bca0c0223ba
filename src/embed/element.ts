/**
 * Entry of dist/embed/nmg-chart.js: defines `<nmg-chart>`. Built on its own with every component compiled as a
 * custom element, so its styles live in the element's shadow root and nothing crosses to or from the host page.
 */
import { defineCustomElement } from 'vue'
import NmgChart from './NmgChart.vue'
import { SCRIPT_URL } from './elementContext.ts'
// An embed speaks the language its options ask for from its first render: both catalogues come with it.
import '../app/i18n/messages.en.ts'

export const NmgChartElement = defineCustomElement(NmgChart, {
  configureApp: (app) => app.provide(SCRIPT_URL, import.meta.url),
})

if (!customElements.get('nmg-chart')) customElements.define('nmg-chart', NmgChartElement)
