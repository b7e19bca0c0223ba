import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset } from '../../src/model'
import { launchChromium, openPage, readDataset } from './helpers'

/**
 * axe-core on every view, in both languages and both themes: a serious or critical finding fails the test.
 * label-content-name-mismatch is still "experimental" in axe, so it is switched on by name.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeFinding {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

const baseUrl = inject('baseUrl')
let browser: Browser
let dataset: Dataset

beforeAll(async () => {
  dataset = readDataset(inject('distDir'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The article with the most figures, and its last figure: the deepest a reader can be sent into a text. */
function longestArticle() {
  const counts = new Map<string, number>()
  for (const f of dataset.figures) counts.set(f.source.articleId, (counts.get(f.source.articleId) ?? 0) + 1)
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
  const figures = dataset.figures.filter((f) => f.source.articleId === id).sort((a, b) => a.source.offset - b.source.offset)
  return { id, last: figures[figures.length - 1] }
}

async function axe(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  const findings = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeFinding[] }> } }).axe.run
    const result = await run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  })
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')
}

interface View {
  name: string
  hash: () => string
  ready: string
  /** Something to do before the check, e.g. type a search. */
  act?: (page: Page) => Promise<void>
}

const VIEWS: View[] = [
  { name: 'overview', hash: () => '#/', ready: '.coverage-table' },
  { name: 'about', hash: () => '#/about', ready: '[data-section]' },
  { name: 'explorer time', hash: () => '#/explore?metric=gdp,cargo_volume', ready: '[data-chart="time"] canvas' },
  { name: 'explorer region', hash: () => '#/explore?metric=gdp&view=region', ready: '[data-chart="map"] canvas, [data-role="no-league"]' },
  { name: 'explorer table', hash: () => '#/explore?metric=gdp,cargo_volume&view=table', ready: 'table' },
  {
    name: 'article',
    hash: () => {
      const { id, last } = longestArticle()
      return `#/article/${encodeURIComponent(id)}?fig=${encodeURIComponent(last.id)}`
    },
    ready: '.article-text [data-active="true"]',
  },
  {
    name: 'source panel',
    hash: () => `#/explore?metric=gdp&view=table&fig=${encodeURIComponent(dataset.figures.find((f) => f.metric === 'gdp')!.id)}`,
    ready: '[data-panel="source"] .article-text',
  },
  {
    name: 'search',
    hash: () => '#/',
    ready: '.metric-card',
    act: async (page) => {
      await page.getByTestId('search-input').fill('货运量')
      await page.locator('[data-group="figures"] [data-hit-kind="figure"]').first().waitFor()
    },
  },
]

describe('axe-core finds no serious or critical violation', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const view of VIEWS) {
        it(`${view.name}, ${lang}, ${scheme}`, async () => {
          const { page, errors } = await openPage(browser, { colorScheme: scheme })
          await page.addInitScript((l) => localStorage.setItem('nmg.lang', l), lang)
          await page.goto(baseUrl + view.hash())
          await page.locator(view.ready).first().waitFor()
          await view.act?.(page)
          // Let transitions and the chart's first frame settle so contrast is measured on final colours.
          await page.waitForTimeout(300)
          const findings = await axe(page)
          await page.context().close()
          expect(findings, JSON.stringify(findings, null, 1)).toEqual([])
          expect(errors).toEqual([])
        })
      }
    }
  }
})
