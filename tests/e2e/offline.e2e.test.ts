import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cardIndicators, headlineFor, indexDataset } from '../../src/app/data/figures'
import { formatFigureValue } from '../../src/app/format/number'
import type { Dataset } from '../../src/model'
import { writeServiceWorker } from '../../src/sw/build'
import { launchChromium, readDataset, ROOT, serveStatic, SHOTS_DIR, type StaticServer } from './helpers'

/** The two ways to use the dashboard without a network: the single file from file://, and the hosted site once visited. */
const distDir = inject('distDir')
let dataset: Dataset
let browser: Browser
const cleanup: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  dataset = readDataset(distDir)
  browser = await launchChromium()
})

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo()
  await browser?.close()
})

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  cleanup.push(() => context.close().catch(() => {}))
  return context
}

function watch(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}

/** The overview's cards (one per headline indicator) show the figures the dataset says they should. */
async function expectOverview(page: Page) {
  await page.locator('.metric-card').first().waitFor()
  const index = indexDataset(dataset)
  const cards = cardIndicators(dataset.figures)
  expect(cards.length).toBeGreaterThan(0)
  for (const key of cards) {
    const headline = headlineFor(key, dataset.figures, index.articleDate)!
    expect((await page.locator(`.metric-card[data-metric="${key}"] [data-role="value"]`).textContent())?.trim()).toBe(formatFigureValue(headline.main, 'zh'))
  }
}

async function expectSearchFinds(page: Page, term: string) {
  const input = page.getByTestId('search-input')
  await input.click()
  await input.fill(term)
  await page.locator('[data-group="figures"] [data-hit-kind="figure"]').first().waitFor()
  expect(await page.locator('[data-group="figures"] mark').allTextContents()).toContain(term)
}

/** Serves a folder under /some/sub/path/ of a fresh origin, as a static host that is not the site's root. */
async function serveUnderSubPath(dir: string): Promise<{ server: StaticServer; site: string }> {
  const root = mkdtempSync(join(tmpdir(), 'nmg-subpath-'))
  mkdirSync(join(root, 'some/sub'), { recursive: true })
  symlinkSync(dir, join(root, 'some/sub/path'), 'dir')
  const server = await serveStatic(root)
  cleanup.push(() => rmSync(root, { recursive: true, force: true }))
  cleanup.push(() => server.close())
  return { server, site: `${server.url}some/sub/path/` }
}

async function activeWorker(page: Page): Promise<{ scope: string; state: string | undefined; caches: string[] }> {
  return page.evaluate(async () => {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no service worker became active within 20 s')), 20_000))
    const registration = await Promise.race([navigator.serviceWorker.ready, timeout])
    const worker = registration.active!
    if (worker.state !== 'activated') {
      await Promise.race([new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(null))), timeout])
    }
    return { scope: registration.scope, state: worker.state, caches: await caches.keys() }
  })
}

describe('standalone.html', () => {
  it('works from file:// with the network switched off: overview, search, explorer and map', async () => {
    const file = join(distDir, 'standalone.html')
    // No service worker on file://: the single file does not even carry its registration.
    expect(readFileSync(file, 'utf8').includes('sw.js')).toBe(false)
    const context = await newContext()
    await context.setOffline(true)
    const requests: string[] = []
    await context.route(/^(https?|wss?):/, (route) => {
      requests.push(route.request().url())
      return route.abort()
    })
    const page = await context.newPage()
    const errors = watch(page)
    const files: string[] = []
    page.on('request', (r) => {
      if (r.url().startsWith('file:') && !r.url().startsWith(pathToFileURL(file).href)) files.push(r.url())
    })
    await page.goto(pathToFileURL(file).href)
    await expectOverview(page)
    expect(await page.evaluate(() => document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]').length)).toBe(0)
    await page.screenshot({ path: join(SHOTS_DIR, 'offline-standalone.png') })
    await expectSearchFinds(page, '货运量')
    await page.screenshot({ path: join(SHOTS_DIR, 'offline-standalone-search.png') })
    await page.keyboard.press('Escape')

    await page.goto(pathToFileURL(file).href + '#/explore?metric=gdp')
    await page.locator('[data-metric="gdp"] [data-chart="time"] canvas').first().waitFor()
    // Embedding needs a hosted copy: the dialog says so instead of making file:// snippets and a blank preview.
    await page.locator('[data-metric="gdp"] [data-action="embed"]').click()
    const notice = page.locator('[data-role="embed-standalone"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('dist/')
    expect(await page.locator('[data-role="embed-dialog"] textarea, [data-role="embed-dialog"] iframe').count()).toBe(0)
    await page.locator('[data-role="embed-standalone"] [data-action="embed-close"]').click()
    await page.goto(pathToFileURL(file).href + '#/explore?metric=gdp&view=region')
    await page.locator('[data-chart="bar"] canvas, [data-role="no-league"]').first().waitFor()
    expect(requests).toEqual([])
    expect(files).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('the hosted site', () => {
  it('works under any sub-path and, once visited, reloads offline', async () => {
    const { server, site } = await serveUnderSubPath(distDir)
    const context = await newContext()
    const page = await context.newPage()
    const errors = watch(page)
    await page.goto(site + '#/')
    await expectOverview(page)
    const worker = await activeWorker(page)
    expect(worker.scope).toBe(site)
    expect(worker.caches).toHaveLength(1)

    // No server, no network: everything comes from the worker's cache.
    await server.close()
    await context.setOffline(true)
    await context.route(/^https?:/, (route) => route.abort())
    await page.reload()
    await expectOverview(page)
    await page.locator('.app-nav a[href*="explore"]').click()
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    await expectSearchFinds(page, '货运量')
    await page.screenshot({ path: join(SHOTS_DIR, 'offline-hosted.png') })
    expect(errors).toEqual([])
  })

  it('replaces the cache of the last build with the next one', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'nmg-rebuild-'))
    cleanup.push(() => rmSync(copy, { recursive: true, force: true }))
    cpSync(distDir, copy, { recursive: true })
    const { site } = await serveUnderSubPath(copy)
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(site + '#/')
    const first = await activeWorker(page)
    expect(first.caches).toHaveLength(1)

    // A new build: a file changed, so the worker lists a new version.
    appendFileSync(join(copy, 'licenses', 'echarts4-NOTICE.txt'), '\n')
    const next = await writeServiceWorker(ROOT, copy, 'silent')
    expect(first.caches[0].endsWith(next.version)).toBe(false)

    const names = await page.evaluate(async (): Promise<string[]> => {
      const registration = await navigator.serviceWorker.ready
      await registration.update()
      const incoming = registration.installing ?? registration.waiting
      if (incoming && incoming.state !== 'activated') {
        await new Promise((done) => incoming.addEventListener('statechange', () => incoming.state === 'activated' && done(null)))
      }
      return caches.keys()
    })
    expect(names).toHaveLength(1)
    expect(names[0].endsWith(next.version)).toBe(true)
  })
})
