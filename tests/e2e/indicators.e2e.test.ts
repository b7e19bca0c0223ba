/**
 * Indicators in the browser, on fixture pages of invented sentences (tests/e2e/fixtures/indicator-pages):
 * port cargo of 2021, 2022 (with its import and export parts) and 2023 (突破1亿吨 and 10400万吨 in one article),
 * and one article listing the GDP of all twelve leagues. Built into their own dist with NMG_SEEDS_DIR.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEAGUES } from '../../src/app/data/regions'
import type { Dataset } from '../../src/model'
import { buildApp, canvasColours, launchChromium, openPage, readDataset, ROOT, serveStatic, SHOTS_DIR, type StaticServer } from './helpers'

const PAGES = resolve(ROOT, 'tests/e2e/fixtures/indicator-pages')

let browser: Browser
let dist: string
let server: StaticServer
let data: Dataset

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  dist = mkdtempSync(join(tmpdir(), 'nmg-e2e-indicators-'))
  const previous = process.env.NMG_SEEDS_DIR
  process.env.NMG_SEEDS_DIR = PAGES
  try {
    await buildApp(dist)
  } finally {
    if (previous === undefined) delete process.env.NMG_SEEDS_DIR
    else process.env.NMG_SEEDS_DIR = previous
  }
  data = readDataset(dist)
  server = await serveStatic(dist)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dist) rmSync(dist, { recursive: true, force: true })
})

async function open(hash: string, width = 1366): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { viewport: { width, height: 900 } })
  await opened.page.goto(server.url + hash)
  return opened
}

/** Whether a canvas has painted anything but the background: a chart drawn, not an empty box. */
async function painted(page: Page, selector: string): Promise<boolean> {
  return (await canvasColours(page, selector)) > 3
}

describe('indicators in the browser', () => {
  it('the dataset joins the three years of port cargo into one line, and a bound with its exact figure into one point', () => {
    const line = data.series!.find((s) => s.indicator === 'port_cargo' && s.breakdown === null && s.kind === 'level' && s.periodType === 'year')!
    expect(line.points.map((p) => p.end)).toEqual(['2021-12-31', '2022-12-31', '2023-12-31'])
    expect(line.points[2]).toMatchObject({ value: 1.04e8, conflicting: [] })
    expect(line.points[2].figureIds.length).toBe(3)
  })

  it('the overview draws a chart on the first screen', async () => {
    for (const width of [1366, 375]) {
      const { page, errors } = await open('#/', width)
      const chart = page.locator('[data-chart="overview-time"]')
      await chart.locator('canvas').waitFor()
      await page.waitForTimeout(300)
      expect(await painted(page, '[data-chart="overview-time"]')).toBe(true)
      expect(await chart.getAttribute('data-x-axis')).toBe('time')
      // The province's lines only (levels and growth), not every league's lone figure.
      const legend = (await page.locator('.overview-chart .chart-legend li').allTextContents()).map((n) => n.trim())
      expect(legend.sort()).toEqual(['口岸进出境货运量 · 内蒙古自治区 · 全年', '口岸进出境货运量 · 内蒙古自治区 · 增速 · 全年'])
      // On the first screen: the chart starts within the first viewport.
      const box = await chart.boundingBox()
      expect(box!.y).toBeLessThan(900)
      await expect.poll(() => page.locator('.metric-card[data-metric="port_cargo"] [data-role="year-earlier"]').textContent()).toContain('9500万吨')
      await page.screenshot({ path: join(SHOTS_DIR, `indicators-overview-${width}.png`), fullPage: true })
      expect(errors).toEqual([])
      await page.context().close()
    }
  })

  it('a time chart joins one indicator across three years on a time axis', async () => {
    const { page, errors } = await open('#/explore?metric=port_cargo')
    const chart = page.locator('[data-chart="time"]').first()
    await chart.locator('canvas').waitFor()
    expect(await chart.getAttribute('data-x-axis')).toBe('time')
    const legend = await chart.locator('.chart-legend li').allTextContents()
    const levels = legend.filter((n) => !n.includes('增速'))
    expect(levels.map((n) => n.trim())).toEqual(['口岸进出境货运量 · 内蒙古自治区 · 全年'])
    // The chart's description (read aloud) lists the three years on that one line.
    const description = await chart.locator('figcaption').textContent()
    expect(description).toMatch(/口岸进出境货运量 · 内蒙古自治区 · 全年：2021年 8000万吨、2022年 9500万吨、2023年 10400万吨/)
    await page.screenshot({ path: join(SHOTS_DIR, 'indicators-time-1366.png'), fullPage: true })
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('a part and its sum raise no conflict', async () => {
    const { page, errors } = await open('#/explore?metric=port_cargo&breakdown=*&view=table')
    const rows = page.locator('tr[data-figure]')
    await rows.first().waitFor()
    const parts = await page.locator('[data-role="breakdown"]').allTextContents()
    expect(parts.map((p) => p.replace('·', '').trim()).sort()).toEqual(['出口', '进口'])
    expect(await page.locator('tr[data-figure] .conflict').count()).toBe(0)
    // The chart of every part draws the parts as lines of their own, none marked as conflicting.
    await page.goto(server.url + '#/explore?metric=port_cargo&breakdown=*')
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    const legend = await page.locator('[data-chart="time"] .chart-legend li').allTextContents()
    expect(legend.some((n) => n.includes('进口'))).toBe(true)
    expect(legend.some((n) => n.includes('出口'))).toBe(true)
    expect(await page.locator('[data-chart="time"] figcaption').textContent()).not.toContain('⚠')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('a region view fills every league of a 盟市 list', async () => {
    for (const width of [1366, 375]) {
      const { page, errors } = await open('#/explore?metric=gdp&view=region', width)
      const bar = page.locator('[data-chart="bar"]')
      await bar.locator('canvas').waitFor()
      await page.locator('[data-chart="map"] canvas').waitFor()
      expect(await page.locator('[data-control="slice"] option').first().textContent()).toContain('(12/12)')
      await bar.locator('.chart-figures summary').click()
      const listed = await bar.locator('[data-figure]').allTextContents()
      const named = LEAGUES.filter((l) => listed.some((text) => text.startsWith(l.zh)))
      expect(named.map((l) => l.code).sort()).toEqual(LEAGUES.map((l) => l.code).sort())
      await page.waitForTimeout(300)
      expect(await painted(page, '[data-chart="map"]')).toBe(true)
      await page.screenshot({ path: join(SHOTS_DIR, `indicators-region-${width}.png`), fullPage: true })
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})
