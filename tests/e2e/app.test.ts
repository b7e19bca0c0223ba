import { buildSeries } from '../../src/series'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chartColors } from '../../src/app/charts/palette'
import { regionSlices, regionValues } from '../../src/app/charts/regionSlices'
import { timeSeriesOption } from '../../src/app/charts/timeSeriesOption'
import type { ChartContext } from '../../src/app/charts/types'
import { cardIndicators, headlineFor, indexDataset, supersededBound } from '../../src/app/data/figures'
import { formatFigureValue } from '../../src/app/format/number'
import { comparabilityClass } from '../../src/app/format/period'
import type { Dataset, Figure } from '../../src/model'
import { canvasColours, launchChromium, openPage, readDataset, serveStatic, SHOTS_DIR, STRICT_CSP } from './helpers'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')

let browser: Browser
let dataset: Dataset
const opened: Page[] = []

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  dataset = readDataset(distDir)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function open(hash: string, width = 1280, extra: Parameters<typeof openPage>[1] = {}) {
  const { page, errors } = await openPage(browser, { viewport: { width, height: width < 500 ? 800 : 900 }, ...extra })
  opened.push(page)
  await page.goto(baseUrl + hash)
  return { page, errors }
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

/** Figures a time chart draws: dated ones, without bounds an exact figure makes redundant. */
function dated(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => comparabilityClass(f.period) !== null && !supersededBound(f, figures))
}

describe('overview', () => {
  it('shows a card per headline indicator, named exactly, with its latest figure from the seeds', async () => {
    expect(dataset.figures.length).toBeGreaterThan(0)
    const index = indexDataset(dataset)
    const cards = cardIndicators(dataset.figures)
    // Three to four indicators a statistics office publishes, each with a figure for the indicator as a whole.
    expect(cards.length).toBeGreaterThanOrEqual(3)
    expect(cards.length).toBeLessThanOrEqual(4)
    const { page, errors } = await open('#/')
    await page.locator('.metric-card').first().waitFor()
    expect(await page.locator('.metric-card').evaluateAll((els) => els.map((el) => el.getAttribute('data-metric')))).toEqual(cards)
    for (const key of cards) {
      const card = page.locator(`.metric-card[data-metric="${key}"]`)
      // The card names its indicator as the catalogue does (地区生产总值, 口岸进出境货运量), not the family or a label as written.
      const info = dataset.indicators.find((i) => i.key === key)
      expect(info, `${key} is not in the catalogue`).toBeDefined()
      expect((await card.locator('h2').textContent())?.trim()).toBe(info!.zh)
      const headline = headlineFor(key, dataset.figures, index.articleDate)!
      expect(headline, `no whole figure of ${key} for its card`).not.toBeNull()
      expect(headline.main.indicator).toBe(key)
      expect(headline.main.breakdown).toBeNull()
      expect((await card.locator('[data-role="value"]').textContent())?.trim()).toBe(formatFigureValue(headline.main, 'zh'))
      const article = index.articleById.get(headline.main.source.articleId)!
      expect(await card.locator('[data-role="source"]').textContent()).toBe(article.headline)
      const also = await card.locator('[data-role="also"]').allTextContents()
      headline.also.forEach((f, i) => expect(also[i]).toContain(formatFigureValue(f, 'zh')))
      if (headline.yearEarlier) expect(await card.locator('[data-role="year-earlier"]').textContent()).toContain(formatFigureValue(headline.yearEarlier, 'zh'))
      else expect(await card.locator('[data-role="year-earlier"]').count()).toBe(0)
    }
    // What a reader of these pages expects to find, whenever the pipeline extracted it.
    const text = (await page.locator('.cards').textContent()) ?? ''
    const expectations: [string, (f: Figure) => boolean][] = [
      ['17875.5亿元', (f) => f.indicator === 'gdp' && f.breakdown === null && f.value === 1787550000000],
      ['2.6万亿元', (f) => f.indicator === 'gdp' && f.breakdown === null && f.value === 2.6e12],
      ['302万吨', (f) => f.indicator === 'port_cargo' && f.breakdown === null && f.value === 3020000],
    ]
    for (const [written, present] of expectations) {
      if (dataset.figures.some(present)) expect(text).toContain(written)
    }
    // Indicators whose pages give parts only (the growth of 装备制造业) have no card claiming a value for the whole.
    expect(await page.locator('.metric-card [data-role="empty"]').count()).toBe(0)
    await shot(page, 'overview-1280')
    expect(errors).toEqual([])
  })

  it('fits a phone: nothing wider than 375 px', async () => {
    const { page, errors } = await open('#/', 375)
    await page.locator('.metric-card').first().waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await shot(page, 'overview-375')
    expect(errors).toEqual([])
  })

  it('does not load the map, its boundaries or the SVG exporter for the first view', async () => {
    const { page } = await openPage(browser)
    opened.push(page)
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await page.goto(baseUrl + '#/')
    await page.locator('.metric-card').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(requested.filter((u) => /\/assets\/(map|exportChart|ExplorerView)-/.test(u))).toEqual([])
  })

  it('serves every script an explorer link runs with V8’s compile hint as its first line', async () => {
    const { page } = await openPage(browser)
    opened.push(page)
    const scripts: Promise<[string, string]>[] = []
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().then((body) => [r.url().split('/').pop()!, body.split('\n', 1)[0]]))
    })
    await page.goto(baseUrl + '#/explore?metric=gdp')
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    const firstLines = await Promise.all(scripts)
    // The entry, the framework, the view and the chart library at least.
    expect(firstLines.length).toBeGreaterThanOrEqual(4)
    expect(firstLines.filter(([, line]) => line !== '//# allFunctionsCalledOnLoad')).toEqual([])
  })
})

describe('explorer', () => {
  it('draws a time chart per metric, described for screen readers', async () => {
    const gdp = dated(dataset.figures.filter((f) => f.metric === 'gdp'))
    expect(gdp.length).toBeGreaterThan(0)
    const { page, errors } = await open('#/explore?metric=gdp,cargo_volume')
    const chart = page.locator('[data-metric="gdp"] [data-chart="time"] canvas')
    await chart.first().waitFor()
    // The chart is drawn first from its lines; the description names every figure once the figures are in.
    await page.locator('[data-role="matching"]').waitFor()
    const label = await page.locator('[data-metric="gdp"] [data-chart="time"] .echarts-host').getAttribute('aria-label')
    expect(label).toContain('地区生产总值')
    for (const f of gdp) expect(label).toContain(formatFigureValue(f, 'zh'))
    await shot(page, 'explorer-time-1280')
    await page.setViewportSize({ width: 375, height: 800 })
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await shot(page, 'explorer-time-375')
    expect(errors).toEqual([])
  })

  it('writes the default metric into the URL so the link reproduces the view', async () => {
    const { page } = await open('#/explore')
    await page.waitForURL(/metric=/)
    expect(page.url()).toMatch(/#\/explore\?metric=\w+/)
  })

  it('renders the league map and the sorted bar chart, with the boundaries’ licence', async () => {
    const metric = metricWithLeagues()
    expect(metric, 'the seeds report no figure for any league').not.toBeNull()
    const { page, errors } = await open(`#/explore?metric=${metric}&view=region`)
    await page.locator('[data-chart="map"] canvas').first().waitFor()
    await page.locator('[data-chart="bar"] canvas').first().waitFor()
    // The map is of the indicator's slice with most leagues, and names every league it colours with its value.
    const values = regionValues(regionSlices(dataset.figures.filter((f) => f.indicator === metric))[0])
    const name = dataset.indicators.find((i) => i.key === metric)!.zh
    const mapLabel = (await page.locator('[data-chart="map"] .echarts-host').getAttribute('aria-label')) ?? ''
    expect(mapLabel).toContain(`${name}（`)
    expect(mapLabel).toMatch(/各盟市分布图/)
    for (const league of values.leagues) expect(mapLabel).toContain(`${league.figure.region.name} ${formatFigureValue(league.figure, 'zh')}`)
    await page.waitForTimeout(300)
    expect(await canvasColours(page, '[data-chart="map"]'), 'the map paints no league').toBeGreaterThan(3)
    const notice = await page.request.get(baseUrl + 'licenses/echarts4-NOTICE.txt')
    expect(notice.status()).toBe(200)
    expect(await notice.text()).toContain('Apache ECharts')
    await shot(page, 'explorer-region-1280')
    await page.setViewportSize({ width: 375, height: 800 })
    await page.waitForTimeout(300)
    await shot(page, 'explorer-region-375')
    expect(errors).toEqual([])
  })

  it('opens the source panel with the quote when a table row is clicked, and Escape closes it', async () => {
    const { page, errors } = await open('#/explore?metric=cargo_volume&view=table')
    const row = page.locator('.figure-table tbody tr').first()
    await row.waitFor()
    const id = (await row.getAttribute('data-figure'))!
    const figure = dataset.figures.find((f) => f.id === id)!
    await row.click()
    await page.locator('[data-panel="source"] [data-role="quote"]').waitFor()
    expect(await page.locator('[data-panel="source"] [data-role="quote"]').textContent()).toBe(figure.source.quote)
    expect(decodeURIComponent(page.url())).toContain(`fig=${id}`)
    // The sentence is highlighted in the article text and the figure itself marked active.
    expect(await page.locator('[data-panel="source"] mark.quote, [data-panel="source"] .fig-in-quote').count()).toBeGreaterThan(0)
    expect(await page.locator(`[data-panel="source"] [data-figure="${id}"][data-active="true"]`).count()).toBe(1)
    await shot(page, 'explorer-source-1280')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-panel="source"]').count()).toBe(0)
    expect(page.url()).not.toContain('fig=')
    // Focus returns to the row the panel was opened from.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-figure'))).toBe(id)
    expect(errors).toEqual([])
  })

  it('opens the source of a point clicked on the chart', async () => {
    const { page, errors } = await open('#/explore?metric=gdp')
    const canvas = page.locator('[data-metric="gdp"] [data-chart="time"] canvas').first()
    await canvas.waitFor()
    const box = (await canvas.boundingBox())!
    // Points stand at the end of their period on a time axis; the grid's margins are 64 px left and 32 px right.
    const chart = timeSeriesOption({ metric: 'gdp', figures: dataset.figures, series: buildSeries(dataset.figures), showDerived: false }, testContext())
    const axis = (chart.option as { xAxis: { min: number; max: number }[] }).xAxis[0]
    const times = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.value[0])))]
    const columns = times.map((t) => box.x + 64 + ((t - axis.min) / (axis.max - axis.min)) * (box.width - 64 - 32))
    // ECharts shows a pointer over a clickable symbol: scan each column until the cursor says so, then click there.
    let hit: { x: number; y: number } | null = null
    for (const x of columns) {
      for (let y = box.y + 24; y < box.y + box.height - 20 && !hit; y += 3) {
        await page.mouse.move(x, y)
        const cursor = await page.evaluate(([px, py]) => {
          const el = document.elementFromPoint(px, py)
          return el ? getComputedStyle(el).cursor : ''
        }, [x, y])
        if (cursor === 'pointer') hit = { x, y }
      }
    }
    expect(hit, 'no clickable point found on the chart').not.toBeNull()
    await page.mouse.click(hit!.x, hit!.y)
    await page.locator('[data-panel="source"] [data-role="quote"]').waitFor()
    const id = new URL(page.url().replace('#/', '')).searchParams.get('fig')!
    const figure = dataset.figures.find((f) => f.id === id)!
    expect(figure.metric).toBe('gdp')
    expect(await page.locator('[data-panel="source"] [data-role="quote"]').textContent()).toBe(figure.source.quote)
    expect(errors).toEqual([])
  })

  it('opens a figure’s source from the keyboard list under a chart', async () => {
    const { page } = await open('#/explore?metric=gdp')
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    await page.locator('.chart-figures summary').first().click()
    const button = page.locator('.chart-figures [data-figure]').first()
    const id = (await button.getAttribute('data-figure'))!
    await button.focus()
    await page.keyboard.press('Enter')
    const quote = dataset.figures.find((f) => f.id === id)!.source.quote
    await expect.poll(() => page.locator('[data-panel="source"] [data-role="quote"]').textContent()).toBe(quote)
  })

  it('reproduces a view from a URL opened cold, and the back button undoes a change', async () => {
    const figure = dated(dataset.figures.filter((f) => f.metric === 'cargo_volume'))[0] ?? dataset.figures[0]
    const hash = `#/explore?metric=${figure.metric}&view=table&sort=value&dir=asc&fig=${encodeURIComponent(figure.id)}`
    const { page } = await open(hash)
    await page.locator('[data-panel="source"] [data-role="quote"]').waitFor()
    expect(await page.locator('[data-panel="source"] [data-role="quote"]').textContent()).toBe(figure.source.quote)
    // The table and the source come from different files: whichever arrives second, both are there.
    await page.locator('.figure-table').waitFor()
    expect(await page.locator('th[aria-sort="ascending"] [data-sort="value"]').count()).toBe(1)
    expect(await page.locator(`.figure-table tr.selected[data-figure="${figure.id}"]`).count()).toBe(1)

    await page.locator('[data-view="time"]').click()
    await page.locator('[data-chart="time"]').first().waitFor()
    await page.goBack()
    await page.locator('.figure-table').waitFor()
    expect(page.url()).toContain('view=table')
  })

  it('explains an empty selection instead of drawing empty axes', async () => {
    const { page } = await open('#/explore?metric=gdp&period=1990')
    await page.locator('[data-metric="gdp"] [data-role="empty"]').waitFor()
    expect(await page.locator('[data-metric="gdp"] canvas').count()).toBe(0)
    expect(await page.locator('[data-metric="gdp"] [data-role="empty"]').textContent()).toMatch(/没有数字/)
  })

  it('downloads the figures behind a chart as CSV with a BOM, and the chart as PNG and SVG', async () => {
    const metric = 'port_cargo'
    const { page, errors } = await open(`#/explore?metric=${metric}`)
    const panel = page.locator(`[data-metric="${metric}"]`)
    await panel.locator('canvas').first().waitFor()

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="csv"]').click()])
    expect(csvDownload.suggestedFilename()).toBe(`nmg-${metric}-time.csv`)
    const csv = readFileSync((await csvDownload.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    // Every report of every point on the chart's lines: the series of the indicator as a whole (no part is drawn by default).
    const drawn = dataset.series!.filter((s) => s.indicator === metric && s.breakdown === null)
    expect(drawn.length).toBeGreaterThan(0)
    const ids = drawn.flatMap((s) => s.points.flatMap((p) => p.figureIds))
    const lines = csv.slice(1).split('\r\n').filter(Boolean)
    const header = lines[0].split(',')
    expect(header.slice(0, 4)).toEqual(['编号', '指标代码', '指标', '分项'])
    expect(header).toContain('序列时期类型')
    expect(lines).toHaveLength(ids.length + 1)
    const column = (name: string) => header.indexOf(name)
    for (const id of ids) {
      const f = dataset.figures.find((g) => g.id === id)!
      const quoted = /[",\r\n]/.test(f.source.quote) ? `"${f.source.quote.replace(/"/g, '""')}"` : f.source.quote
      expect(csv).toContain(quoted)
      const row = lines.find((l) => l.startsWith(`${id},`))
      expect(row, `no row for ${id}`).toBeDefined()
      const cells = row!.split(',')
      // The new columns: indicator key and name, the (empty) breakdown, the period type of the line it is on.
      expect(cells[column('指标代码')]).toBe(metric)
      expect(cells[column('指标')]).toBe('口岸进出境货运量')
      expect(cells[column('分项')]).toBe('')
      expect(cells[column('数值')]).toBe(String(f.value))
      expect(drawn.some((s) => s.periodType === cells[column('序列时期类型')] && s.points.some((p) => p.figureIds.includes(id)))).toBe(true)
    }

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="svg"]').click()])
    const svg = readFileSync((await svgDownload.path())!, 'utf8')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('货运量')

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="png"]').click()])
    const png = readFileSync((await pngDownload.path())!)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.length).toBeGreaterThan(5000)
    expect(errors).toEqual([])
  })
})

describe('article view', () => {
  it('highlights every figure of an article and links each to its chart', async () => {
    const figure = dataset.figures.find((f) => f.metric === 'cargo_volume') ?? dataset.figures[0]
    const articleFigures = dataset.figures.filter((f) => f.source.articleId === figure.source.articleId)
    const { page, errors } = await open(`#/article/${encodeURIComponent(figure.source.articleId)}?fig=${encodeURIComponent(figure.id)}`)
    await page.locator('.article-text').waitFor()
    const marked = await page.locator('.article-text [data-figure]').count()
    expect(marked).toBeGreaterThanOrEqual(new Set(articleFigures.map((f) => f.source.offset)).size)
    const active = page.locator('.article-text [data-active="true"]')
    expect(await active.count()).toBe(1)
    expect(figure.raw.startsWith((await active.textContent())!.trim().slice(0, 2))).toBe(true)
    await active.click()
    await page.waitForURL(/#\/explore\?/)
    expect(decodeURIComponent(page.url())).toContain(`fig=${figure.id}`)
    await page.locator('[data-panel="source"]').waitFor()
    await page.goBack()
    await page.locator('.article-text').waitFor()
    await shot(page, 'article-1280')
    await page.setViewportSize({ width: 375, height: 800 })
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await shot(page, 'article-375')
    expect(errors).toEqual([])
  })
})

describe('interface', () => {
  it('switches to English and back, remembering the choice', async () => {
    const { page } = await open('#/')
    await page.locator('.metric-card').first().waitFor()
    // A Chinese reader's page fetches no English messages; the switch fetches them, then speaks English.
    const englishFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /messages\.en-[^/]*\.js$/.test(e.name)))
    expect(await englishFetched()).toBe(false)
    await page.locator('[data-action="lang"]').click()
    await expect.poll(() => page.locator('.metric-card[data-metric="gdp"] h2').textContent()).toBe('GDP')
    expect(await englishFetched()).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.reload()
    await expect.poll(() => page.locator('.app-nav').textContent()).toContain('Overview')
    await shot(page, 'overview-en-1280')
    await page.locator('[data-action="lang"]').click()
    await expect.poll(() => page.locator('.app-nav').textContent()).toContain('概览')
  })

  it('follows the system’s dark scheme and lets the reader override it', async () => {
    const { page } = await open('#/', 1280, { colorScheme: 'dark' })
    await page.locator('.metric-card').first().waitFor()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    await shot(page, 'overview-dark-1280')
    await page.locator('[data-action="theme"]').selectOption('light')
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
  })

  it('explains a corrupt data file instead of showing a blank page', async () => {
    const { page } = await openPage(browser)
    opened.push(page)
    await page.route('**/data/catalogue.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"figures": [' }))
    await page.goto(baseUrl + '#/')
    await page.locator('[data-state="error"]').waitFor()
    expect(await page.locator('[data-state="error"]').textContent()).toMatch(/数据无法加载.*不是有效的 JSON/s)
  })

  it('explains a missing data file', async () => {
    const { page } = await openPage(browser)
    opened.push(page)
    await page.route('**/data/catalogue.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
    await page.goto(baseUrl + '#/')
    await page.locator('[data-state="error"]').waitFor()
    expect(await page.locator('[data-state="error"]').textContent()).toContain('404')
  })

  it('runs under a strict Content-Security-Policy (no eval, no inline script or style)', async () => {
    const strict = await serveStatic(distDir, { headers: { 'Content-Security-Policy': STRICT_CSP } })
    try {
      const { page, errors } = await openPage(browser)
      opened.push(page)
      const violations: string[] = []
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        )
      })
      await page.goto(strict.url + '#/')
      await page.locator('.metric-card').first().waitFor()
      await page.goto(strict.url + `#/explore?metric=${metricWithLeagues() ?? 'gdp'}&view=region`)
      await page.locator('[data-chart="map"] canvas, [data-role="no-league"]').first().waitFor()
      await page.goto(strict.url + '#/explore?metric=gdp')
      await page.locator('[data-chart="time"] canvas').first().waitFor()
      expect(violations).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await strict.close()
    }
  })
})

function testContext(): ChartContext {
  return { colors: chartColors('light'), labels: { lang: 'zh', metric: (k) => k, region: (r) => r.name, headline: (id) => id } }
}

/** The indicator the seeds report for most leagues as a whole (in its best slice), so the map has something to colour. */
function metricWithLeagues(): string | null {
  const indicators = [...new Set(dataset.figures.map((f) => f.indicator).filter((k): k is string => k !== null))]
  let best: string | null = null
  let most = 0
  for (const key of indicators) {
    const slices = regionSlices(dataset.figures.filter((f) => f.indicator === key))
    const leagues = slices.length ? regionValues(slices[0]).leagues.length : 0
    if (leagues > most) [best, most] = [key, leagues]
  }
  return best
}
