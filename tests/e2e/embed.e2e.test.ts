import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { comparabilityClass } from '../../src/app/format/period'
import { headlineFor, indexDataset, resolveIndicator } from '../../src/app/data/figures'
import { formatFigureValue } from '../../src/app/format/number'
import type { Dataset, Figure } from '../../src/model'
import { EMBED_BUDGET_GZIP, LOADER_BUDGET_GZIP, measureDist } from '../bench/sizes'
import { launchChromium, readDataset, serveStatic, SHOTS_DIR, STRICT_CSP, type StaticServer } from './helpers'

/**
 * Both embed forms on a host page served from another origin (another port of 127.0.0.1) than the dashboard,
 * which is served as a static site that allows cross-origin reads and runs under a strict CSP.
 */
const distDir = inject('distDir')
let dataset: Dataset
let dashboard: StaticServer
let host: StaticServer
let hostDir: string
let browser: Browser
const contexts: BrowserContext[] = []

/** The app's policy, except that other sites may frame the embed page (that is its purpose). */
const EMBED_CSP = STRICT_CSP.replace("frame-ancestors 'none'", 'frame-ancestors *')

const HOST_CSS = `
* { font-family: serif; }
h2 { color: rgb(1, 2, 3); font-size: 40px; }
.nmg-embed, .nmg-title, figure, p { color: rgb(200, 0, 0) !important; background: rgb(0, 200, 0) !important; }
#frame-box { width: 640px; }
`

function hostPage(dash: string, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news site</title><link rel="icon" href="data:,">
<style>${HOST_CSS}${extraCss}</style></head>
<body>
<h2 id="host-title">The host's own heading</h2>
${body}
<script src="${dash}embed/loader.js" async></script>
<script type="module" src="${dash}embed/nmg-chart.js"></script>
</body></html>`
}

function frameTag(dash: string, query: string, id: string, height = 150): string {
  return `<iframe id="${id}" src="${dash}embed.html#/chart?${query}&id=${id}" data-nmg-embed="${id}" width="100%" height="${height}" style="border:0" title="chart"></iframe>`
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  dataset = readDataset(distDir)
  dashboard = await serveStatic(distDir, { headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': EMBED_CSP } })
  hostDir = mkdtempSync(join(tmpdir(), 'nmg-host-'))
  host = await serveStatic(hostDir)
  browser = await launchChromium()
})

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  await host?.close()
  await dashboard?.close()
  rmSync(hostDir, { recursive: true, force: true })
})

async function openHost(name: string, html: string, colorScheme: 'light' | 'dark' = 'light') {
  writeFileSync(join(hostDir, `${name}.html`), html)
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 }, colorScheme })
  contexts.push(context)
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(`${host.url}${name}.html`)
  return { page, errors, requests }
}

function embedFrame(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`id=${id}`))
  if (!frame) throw new Error(`no frame ${id}`)
  return frame
}

async function frameHeights(page: Page, id: string) {
  const iframe = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height)
  const content = await embedFrame(page, id)
    .locator('#embed')
    .evaluate((el) => el.getBoundingClientRect().height)
  return { iframe, content }
}

function dated(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => comparabilityClass(f.period) !== null)
}

describe('an iframe and a custom element on a page of another origin', () => {
  it('render the chart with the figures of the dataset, its source and a link to the dashboard', async () => {
    expect(new URL(host.url).origin).not.toBe(new URL(dashboard.url).origin)
    const dash = dashboard.url
    const { page, errors } = await openHost(
      'both',
      hostPage(dash, `<div id="frame-box">${frameTag(dash, 'chart=time&metric=gdp&region=150000', 'frame-gdp')}</div>
<nmg-chart id="card" chart="card" metric="cargo_volume"></nmg-chart>
<nmg-chart id="element-time" chart="time" metric="gdp" region="150000" lang="en"></nmg-chart>`),
    )
    const gdp = dated(dataset.figures.filter((f) => f.metric === 'gdp' && f.region.code === '150000'))
    expect(gdp.length).toBeGreaterThan(0)

    // The iframe: every reported GDP figure of the province is on the chart (its accessible description).
    const frame = embedFrame(page, 'frame-gdp')
    await frame.locator('[data-role="chart"] canvas').waitFor()
    const description = (await frame.locator('.nmg-hidden').textContent()) ?? ''
    for (const f of gdp) expect(description).toContain(formatFigureValue(f, 'zh'))
    expect(await frame.locator('.nmg-title').textContent()).toBe('地区生产总值')
    const index = indexDataset(dataset)
    const newest = gdp.map((f) => index.articleById.get(f.source.articleId)!).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]
    const source = (await frame.locator('[data-role="source"]').textContent()) ?? ''
    expect(source).toContain(newest.headline)
    if (newest.date) expect(source).toContain(`${Number(newest.date.slice(0, 4))}年`)
    const link = await frame.locator('[data-role="open"]').getAttribute('href')
    expect(link).toBe(`${dash}index.html#/explore?metric=gdp&region=150000`)

    // The custom element: an older snippet's family key (cargo_volume) shows its main indicator, 口岸进出境货运量,
    // with the headline figure the dashboard's overview card shows, and links to that indicator.
    const indicator = resolveIndicator('cargo_volume', dataset.figures)
    expect(indicator).toBe('port_cargo')
    const headline = headlineFor(indicator!, dataset.figures, index.articleDate)!
    const card = page.locator('#card')
    await card.locator('[data-role="value"]').waitFor()
    expect(await card.locator('.nmg-title').textContent()).toBe('口岸进出境货运量')
    expect(await card.locator('[data-role="value"]').textContent()).toBe(formatFigureValue(headline.main, 'zh'))
    expect(await card.locator('[data-role="source"]').textContent()).toContain(index.articleById.get(headline.main.source.articleId)!.headline)
    expect(await card.locator('[data-role="open"]').getAttribute('href')).toBe(`${dash}index.html#/explore?metric=port_cargo&fig=${encodeURIComponent(headline.main.id)}`)

    // …and a second element, in English, draws the same figures as the iframe.
    const element = page.locator('#element-time')
    await element.locator('[data-role="chart"] canvas').waitFor()
    const english = (await element.locator('.nmg-hidden').textContent()) ?? ''
    for (const f of gdp) expect(english).toContain(formatFigureValue(f, 'en'))

    await page.screenshot({ path: join(SHOTS_DIR, 'embed-host-light.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('fetch the catalogue and the figures of the indicator they chart, never the whole dataset, and follow a new hash', async () => {
    const dash = dashboard.url
    const { page, errors, requests } = await openHost(
      'per-view',
      hostPage(dash, `${frameTag(dash, 'chart=time&metric=gdp', 'frame-one')}
<nmg-chart id="element-one" chart="card" metric="gdp"></nmg-chart>`),
    )
    const frame = embedFrame(page, 'frame-one')
    await frame.locator('[data-role="chart"] canvas').waitFor()
    await page.locator('#element-one [data-role="value"]').waitFor()
    const data = () => requests.filter((u) => u.startsWith(`${dash}data/`)).map((u) => u.slice(dash.length))
    expect(data()).toContain('data/catalogue.json')
    expect(data().some((p) => p.startsWith('data/series/gdp/'))).toBe(true)
    // Nothing of other indicators, no page's text, no whole dataset.
    expect(data().filter((p) => !p.startsWith('data/series/gdp/') && p !== 'data/catalogue.json')).toEqual([])

    // Another indicator in the hash: the frame fetches its figures and charts them.
    const other = dataset.figures.find((f) => f.indicator && f.indicator !== 'gdp' && f.breakdown === null && comparabilityClass(f.period) !== null)!
    await frame.evaluate((key) => (location.hash = `#/chart?chart=time&metric=${key}&id=frame-one`), other.indicator!)
    await expect.poll(() => data().some((p) => p.startsWith(`data/series/${other.indicator}/`))).toBe(true)
    await frame.locator('[data-role="chart"] canvas').waitFor()
    await expect.poll(async () => (await frame.locator('.nmg-hidden').textContent()) ?? '').toContain(formatFigureValue(other, 'zh'))
    expect(errors).toEqual([])
  })

  it('keeps the host page’s styles and its own apart', async () => {
    const dash = dashboard.url
    const { page, errors } = await openHost(
      'styles',
      hostPage(dash, `<div id="frame-box">${frameTag(dash, 'chart=card&metric=gdp', 'frame-card')}</div>
<nmg-chart id="card" chart="card" metric="gdp"></nmg-chart>`),
    )
    const card = page.locator('#card')
    await card.locator('[data-role="value"]').waitFor()
    await embedFrame(page, 'frame-card').locator('[data-role="value"]').waitFor()

    const style = (el: Element) => {
      const s = getComputedStyle(el)
      return { color: s.color, font: s.fontFamily, size: s.fontSize, background: s.backgroundColor }
    }
    const hostTitle = await page.locator('#host-title').evaluate(style)
    expect(hostTitle.color).toBe('rgb(1, 2, 3)')
    expect(hostTitle.font).toBe('serif')
    expect(hostTitle.size).toBe('40px')

    for (const title of [card.locator('.nmg-title'), embedFrame(page, 'frame-card').locator('.nmg-title')]) {
      const inner = await title.evaluate(style)
      expect(inner.color).not.toBe('rgb(1, 2, 3)')
      expect(inner.color).not.toBe('rgb(200, 0, 0)')
      expect(inner.font).toContain('system-ui')
      expect(inner.size).toBe('16px')
    }
    const box = await card.locator('.nmg-embed').evaluate(style)
    expect(box.background).toBe('rgb(255, 255, 255)')
    expect(box.font).toContain('system-ui')

    // Nothing of the element's styles reaches the document: its sheets are in its shadow root.
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1)
    expect(await card.evaluate((el) => el.shadowRoot?.querySelectorAll('style').length ?? 0)).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('sizes the iframe to its content, follows it when the content changes, and never grows by itself', async () => {
    const dash = dashboard.url
    const { page, errors } = await openHost('height', hostPage(dash, `<div id="frame-box">${frameTag(dash, 'chart=bar&metric=funding', 'frame-bar', 150)}</div>`))
    const frame = embedFrame(page, 'frame-bar')
    await frame.locator('.nmg-foot').waitFor()
    await expect.poll(async () => (await frameHeights(page, 'frame-bar')).iframe).toBeGreaterThan(150)
    let h = await frameHeights(page, 'frame-bar')
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(1)

    // A narrower column wraps the source line: the content grows and the iframe with it.
    const wide = h.content
    await page.locator('#frame-box').evaluate((el) => ((el as HTMLElement).style.width = '300px'))
    await expect.poll(async () => (await frameHeights(page, 'frame-bar')).content).toBeGreaterThan(wide)
    await expect.poll(async () => {
      const now = await frameHeights(page, 'frame-bar')
      return Math.abs(now.iframe - now.content)
    }).toBeLessThanOrEqual(1)

    // Stable: the reported height does not depend on the iframe's height, so nothing changes any more.
    h = await frameHeights(page, 'frame-bar')
    await page.waitForTimeout(800)
    expect(await frameHeights(page, 'frame-bar')).toEqual(h)

    // Messages that are not the embed's own change nothing: junk posted to the frame, a forged height message
    // from the host window itself.
    await page.evaluate(() => {
      const target = document.querySelector<HTMLIFrameElement>('#frame-bar')!.contentWindow!
      target.postMessage('hello', '*')
      target.postMessage({ type: 'nmg-embed:height', id: 'frame-bar', height: 5 }, '*')
      target.postMessage({ type: 'nmg-embed:ping', extra: true }, '*')
      window.postMessage({ type: 'nmg-embed:height', id: 'frame-bar', height: 5 }, '*')
    })
    await page.waitForTimeout(500)
    const after = await frameHeights(page, 'frame-bar')
    expect(after.iframe).toBe(h.iframe)
    await page.screenshot({ path: join(SHOTS_DIR, 'embed-host-narrow.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('shows a note, and the defaults, for options it does not know', async () => {
    const dash = dashboard.url
    const { page, errors } = await openHost(
      'notes',
      hostPage(dash, `<div id="frame-box">${frameTag(dash, 'chart=pie&metric=gdp&colour=red', 'frame-bad')}</div>
<nmg-chart id="bad" chart="donut" metric="gdp" theme="neon"></nmg-chart>`),
    )
    const notes = embedFrame(page, 'frame-bad').locator('[data-role="notes"]')
    await notes.waitFor()
    expect(await notes.textContent()).toContain('pie')
    expect(await notes.textContent()).toContain('colour')
    await embedFrame(page, 'frame-bad').locator('[data-role="chart"] canvas').waitFor()
    const elementNotes = page.locator('#bad [data-role="notes"]')
    await elementNotes.waitFor()
    expect(await elementNotes.textContent()).toContain('donut')
    expect(await elementNotes.textContent()).toContain('neon')
    expect(await page.locator('#bad .nmg-embed').getAttribute('data-body')).toBe('time')
    expect(errors).toEqual([])
  })

  it('reads the dataset named by data-src, and says so when it cannot', async () => {
    const dash = dashboard.url
    const { page } = await openHost(
      'data-src',
      hostPage(dash, `<nmg-chart id="given" chart="card" metric="gdp" data-src="${dash}data/dataset.json"></nmg-chart>
<nmg-chart id="missing" chart="card" metric="gdp" data-src="${dash}data/missing.json"></nmg-chart>`),
    )
    await page.locator('#given [data-role="value"]').waitFor()
    const error = page.locator('#missing [data-state="error"]')
    await error.waitFor()
    // The test server sends no CORS header with its 404, so the browser reports a failed fetch, not the status.
    expect(await error.textContent()).toContain(`${dash}data/missing.json`)
  })

  it('loads the map code only for a map', async () => {
    const dash = dashboard.url
    const { page, requests } = await openHost('lazy', hostPage(dash, `<nmg-chart id="time" chart="time" metric="gdp"></nmg-chart>`))
    await page.locator('#time [data-role="chart"] canvas').waitFor()
    await page.waitForLoadState('networkidle')
    expect(requests.filter((u) => u.includes('/embed/chunks/map-'))).toEqual([])

    const leagues = new Set(dataset.figures.filter((f) => f.metric === 'funding' && /^15\d\d00$/.test(f.region.code) && f.region.code !== '150000').map((f) => f.region.code))
    await page.evaluate(() => {
      const el = document.createElement('nmg-chart')
      el.id = 'map'
      el.setAttribute('chart', 'map')
      el.setAttribute('metric', 'funding')
      document.body.append(el)
    })
    const map = page.locator('#map')
    if (leagues.size) {
      await map.locator('[data-role="chart"] canvas').waitFor()
      expect(requests.some((u) => u.includes('/embed/chunks/map-'))).toBe(true)
    } else {
      await map.locator('[data-role="empty"]').waitFor()
    }
    await page.screenshot({ path: join(SHOTS_DIR, 'embed-host-map.png'), fullPage: true })
  })

  it('follows a dark host and sets its colour scheme, so a dark page gets no white box', async () => {
    const dash = dashboard.url
    const { page, errors } = await openHost(
      'dark',
      hostPage(dash, `<div id="frame-box">${frameTag(dash, 'chart=time&metric=gdp&region=150000&theme=auto', 'frame-dark')}</div>
<nmg-chart id="auto" chart="card" metric="gdp"></nmg-chart>
<nmg-chart id="light" chart="card" metric="gdp" theme="light"></nmg-chart>`, ':root { color-scheme: dark; } body { background: #111; }'),
      'dark',
    )
    await page.locator('#auto [data-role="value"]').waitFor()
    await page.locator('#light [data-role="value"]').waitFor()
    expect(await page.locator('#auto .nmg-embed').getAttribute('data-theme')).toBe('dark')
    expect(await page.locator('#auto .nmg-embed').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(33, 31, 28)')
    expect(await page.locator('#auto').evaluate((el) => getComputedStyle(el).colorScheme)).toBe('light dark')
    expect(await page.locator('#light .nmg-embed').getAttribute('data-theme')).toBe('light')
    expect(await page.locator('#light').evaluate((el) => getComputedStyle(el).colorScheme)).toBe('light')

    const frame = embedFrame(page, 'frame-dark')
    await frame.locator('[data-role="chart"] canvas').waitFor()
    expect(await frame.locator('.nmg-embed').getAttribute('data-theme')).toBe('dark')
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light dark')
    expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    await page.screenshot({ path: join(SHOTS_DIR, 'embed-host-dark.png'), fullPage: true })
    expect(errors).toEqual([])
  })
})

describe('the embed action in the dashboard', () => {
  it('shows a snippet and a live preview that follows the options', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${dashboard.url.replace(/\/$/, '')}/#/explore?metric=gdp&regions=150000`)
    await page.locator('[data-action="embed"]').first().click()
    const snippet = page.locator('[data-role="embed-snippet"]')
    await snippet.waitFor()
    const html = await snippet.inputValue()
    expect(html).toContain(`${dashboard.url}embed.html#/chart?chart=time&amp;metric=gdp&amp;region=150000`)
    expect(html).toContain(`${dashboard.url}embed/loader.js`)

    const preview = page.frameLocator('[data-role="embed-preview"]')
    await preview.locator('[data-role="chart"] canvas').waitFor()
    await page.locator('[data-field="chart"]').selectOption('card')
    await preview.locator('[data-role="value"]').waitFor()
    await expect.poll(async () => {
      const frame = await page.locator('[data-role="embed-preview"]').evaluate((el) => el.getBoundingClientRect().height)
      const content = await preview.locator('#embed').evaluate((el) => el.getBoundingClientRect().height)
      return Math.abs(frame - content)
    }).toBeLessThanOrEqual(1)

    await page.locator('[data-field="form-element"]').check()
    const element = await snippet.inputValue()
    expect(element).toContain(`<script type="module" src="${dashboard.url}embed/nmg-chart.js"></script>`)
    expect(element).toContain('<nmg-chart chart="card" metric="gdp" region="150000"')
    await page.screenshot({ path: join(SHOTS_DIR, 'embed-dialog.png') })
    expect(errors).toEqual([])
  })
})

describe('what a host page downloads', () => {
  it('stays within budget: the custom element ≤ 250 KB gzip with the ECharts modules it needs, the map on demand', () => {
    const report = measureDist(distDir)
    expect(report.element.gzip).toBeLessThanOrEqual(EMBED_BUDGET_GZIP)
    expect(report.loader.gzip).toBeLessThanOrEqual(LOADER_BUDGET_GZIP)
    expect(report.element.files.map((f) => f.file).some((f) => /map-/.test(f))).toBe(false)
    expect(report.elementLazy.map((f) => f.file).some((f) => /map-/.test(f))).toBe(true)
  })
})
