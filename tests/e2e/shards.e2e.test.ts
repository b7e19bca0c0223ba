import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FIRST_CHART_MARK } from '../../src/app/composables/perf'
import { CATALOGUE_PATH, linesPath, provenancePath, stemOfId, type Catalogue, type FigureShard } from '../../src/model/shards'
import { launchChromium, openPage, serveStatic, SHOTS_DIR, type StaticServer } from './helpers'

/**
 * The app loads per view (src/model/shards.ts): on the seeds' build, which has dozens of shards, the explorer
 * fetches the catalogue and the lines of its indicator before its first chart, a source its page's shard, and a
 * damaged build says which file is missing instead of showing a blank page.
 */
const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
const catalogue = JSON.parse(readFileSync(join(distDir, CATALOGUE_PATH), 'utf8')) as Catalogue
// An indicator with lines, figures in several shards and a source to open.
const indicator = catalogue.lines.map((l) => l.indicator).find((i) => catalogue.series.filter((e) => e.indicator === i).length > 1)!

let browser: Browser
const cleanup: Array<() => Promise<void> | void> = []
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
  await browser?.close()
})

/** The data files a page asks for, each with the page-clock time its request started. */
/**
 * The data files a page asks for, with when each request started on the browser's clock (the one the page's
 * marks use). Not the time the test hears of it: on a busy machine that came after a chart drawn from the file.
 */
function watchData(page: Page): Array<{ path: string; readonly at: number }> {
  const seen: Array<{ path: string; readonly at: number }> = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    const i = path.indexOf('/data/')
    if (i >= 0) seen.push({ path: path.slice(i + 1), get at() { return request.timing().startTime } })
  })
  return seen
}

async function firstChartAt(page: Page): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK, { timeout: 20_000 })
  return page.evaluate((name) => performance.timeOrigin + performance.getEntriesByName(name)[0].startTime, FIRST_CHART_MARK)
}

describe('data per view', () => {
  it('the build has many shards: a catalogue, lines per indicator, figures per indicator and year, a file per page', () => {
    expect(catalogue.series.length).toBeGreaterThan(10)
    expect(catalogue.lines.length).toBeGreaterThan(3)
    expect(indicator).toBeTruthy()
  })

  it('the explorer fetches the catalogue and its indicator’s lines before its first chart, then that indicator’s figures only', async () => {
    const { page, errors } = await openPage(browser)
    cleanup.push(() => page.context().close())
    const data = watchData(page)
    await page.goto(`${baseUrl}#/explore?metric=${indicator}`)
    const chartAt = await firstChartAt(page)
    await page.locator('[data-role="matching"]').waitFor()
    await page.waitForLoadState('networkidle')
    const before = data.filter((d) => d.at <= chartAt).map((d) => d.path)
    expect(before).toEqual([CATALOGUE_PATH, linesPath(indicator)])
    // After the chart: the figures of that indicator, nothing of any other, never the whole dataset.
    const after = data.filter((d) => d.at > chartAt).map((d) => d.path)
    const own = new Set(catalogue.series.filter((e) => e.indicator === indicator).map((e) => e.path))
    expect(after.length).toBeGreaterThan(0)
    expect(after.filter((p) => !own.has(p))).toEqual([])
    expect(await page.locator('[data-chart="time"] canvas').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('a link to a time chart draws the chart first; the filters and the search box follow', async () => {
    const { page, errors } = await openPage(browser)
    cleanup.push(() => page.context().close())
    // When the filters' first box and the real search box entered the page, on the page's clock.
    await page.addInitScript(() => {
      const seen: Record<string, number> = {}
      ;(window as unknown as { appeared: Record<string, number> }).appeared = seen
      new MutationObserver(() => {
        if (!seen.controls && document.querySelector('.explorer-controls input[type="checkbox"]')) seen.controls = performance.now()
        if (!seen.search && document.getElementById('nmg-search')) seen.search = performance.now()
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`${baseUrl}#/explore?metric=${indicator}`)
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK, { timeout: 20_000 })
    await page.locator('.explorer-controls input[type="checkbox"]').first().waitFor({ timeout: 5000 })
    await page.getByTestId('search-input').waitFor({ timeout: 5000 })
    const { chart, appeared } = await page.evaluate((name) => ({
      chart: performance.getEntriesByName(name)[0].startTime,
      appeared: (window as unknown as { appeared: Record<string, number> }).appeared,
    }), FIRST_CHART_MARK)
    expect(appeared.controls).toBeGreaterThanOrEqual(chart)
    expect(appeared.search).toBeGreaterThanOrEqual(chart)
    expect(errors).toEqual([])
  })

  it('opening a source fetches that figure’s page and shows its quote', async () => {
    const { page, errors } = await openPage(browser)
    cleanup.push(() => page.context().close())
    const data = watchData(page)
    await page.goto(`${baseUrl}#/explore?metric=${indicator}&view=table`)
    await page.locator('table tbody tr').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(data.some((d) => d.path.startsWith('data/provenance/'))).toBe(false)
    const entry = catalogue.series.find((e) => e.indicator === indicator)!
    const shard = JSON.parse(readFileSync(join(distDir, entry.path), 'utf8')) as FigureShard
    const figure = shard.figures[0]
    await page.goto(`${baseUrl}#/explore?metric=${indicator}&view=table&fig=${encodeURIComponent(figure.id)}`)
    const quote = page.locator('[data-panel="source"] [data-role="quote"]')
    await quote.waitFor()
    expect(await quote.textContent()).toBe(figure.source.quote)
    expect(data.map((d) => d.path)).toContain(provenancePath(stemOfId(figure.id)!))
    expect(data.filter((d) => d.path.startsWith('data/provenance/')).length).toBe(1)
    expect(errors).toEqual([])
  })
})

describe('a damaged build', () => {
  let server: StaticServer
  let copy: string
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'nmg-shards-'))
    cpSync(distDir, copy, { recursive: true })
    // The lines and the figures of one indicator are gone, as after an interrupted upload.
    rmSync(join(copy, linesPath(indicator)))
    for (const e of catalogue.series.filter((s) => s.indicator === indicator)) rmSync(join(copy, e.path))
    server = await serveStatic(copy)
    cleanup.push(() => server.close(), () => rmSync(copy, { recursive: true, force: true }))
  })

  it('names the missing file beside the view, and the rest of the app still works', async () => {
    const page = await browser.newPage()
    cleanup.push(() => page.context().close())
    await page.goto(`${server.url}#/explore?metric=${indicator}`)
    const alert = page.locator('[data-state="shard-error"]')
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.getAttribute('role')).toBe('alert')
    expect(await alert.textContent()).toContain(linesPath(indicator))
    // The catalogue loaded: the controls list the indicators, so the reader can pick another one. (The alert can
    // show before the controls: waited for, not counted at once.)
    await page.locator('.explorer-controls input[type="checkbox"]').nth(3).waitFor({ timeout: 20_000 })
    await page.screenshot({ path: join(SHOTS_DIR, 'shards-missing.png') })
  })

  it('without the catalogue, says so with its path (not a blank page)', async () => {
    rmSync(join(copy, CATALOGUE_PATH))
    const page = await browser.newPage()
    cleanup.push(() => page.context().close())
    await page.goto(`${server.url}#/explore`)
    const error = page.locator('[data-state="error"]')
    await error.waitFor({ timeout: 20_000 })
    expect(await error.textContent()).toContain(CATALOGUE_PATH)
  })
})
