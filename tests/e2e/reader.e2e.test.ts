import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset, Figure } from '../../src/model'
import { launchChromium, openPage, readDataset, SHOTS_DIR } from './helpers'

/** What a reader following a link, reading English or exporting a chart notices (issue 11). */
const baseUrl = inject('baseUrl')
let browser: Browser
let dataset: Dataset

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  dataset = readDataset(inject('distDir'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function open(hash: string, options: Parameters<typeof openPage>[1] = {}) {
  const { page, errors } = await openPage(browser, options)
  await page.goto(baseUrl + hash)
  return { page, errors }
}

/** The article with the most figures and its last figure: the deepest point a link can send a reader to. */
function lastFigureOfLongestArticle(): Figure {
  const counts = new Map<string, number>()
  for (const f of dataset.figures) counts.set(f.source.articleId, (counts.get(f.source.articleId) ?? 0) + 1)
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
  return dataset.figures.filter((f) => f.source.articleId === id).sort((a, b) => b.source.offset - a.source.offset)[0]
}

/** Whether the element's box lies inside the window and inside its closest scrolling ancestor. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    if (r.height === 0 || r.top < 0 || r.bottom > window.innerHeight) return false
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p)
      if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) {
        const box = p.getBoundingClientRect()
        return r.top >= box.top && r.bottom <= box.bottom
      }
    }
    return true
  })
}

describe('a link to a figure', () => {
  it('opens the article at the figure, marked and focused, even the last figure of the longest article', async () => {
    const figure = lastFigureOfLongestArticle()
    const { page, errors } = await open(`#/article/${encodeURIComponent(figure.source.articleId)}?fig=${encodeURIComponent(figure.id)}`, {
      viewport: { width: 1366, height: 768 },
    })
    const mark = page.locator(`.article-text [data-figure="${figure.id}"]`)
    await mark.waitFor()
    await expect.poll(() => inView(mark)).toBe(true)
    expect(await mark.getAttribute('data-active')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-figure'))).toBe(figure.id)
    await page.screenshot({ path: join(SHOTS_DIR, 'article-deeplink-1366.png') })
    expect(errors).toEqual([])
  })

  it('scrolls the source panel’s copy of the article to the figure', async () => {
    const figure = lastFigureOfLongestArticle()
    const { page, errors } = await open(`#/explore?metric=${figure.metric}&view=table&fig=${encodeURIComponent(figure.id)}`, {
      viewport: { width: 375, height: 740 },
    })
    const mark = page.locator(`[data-panel="source"] .article-text [data-figure="${figure.id}"]`)
    await mark.waitFor()
    // The copy scrolls inside its own box; the panel itself still shows its facts at the top.
    await page.locator('[data-panel="source"] .source-text').scrollIntoViewIfNeeded()
    await expect.poll(() => inView(mark)).toBe(true)
    expect(await mark.getAttribute('data-active')).toBe('true')
    expect(errors).toEqual([])
  })
})

describe('going back', () => {
  it('returns to the overview at the place the reader left it', async () => {
    const { page, errors } = await open('#/', { viewport: { width: 375, height: 740 } })
    const link = page.locator('.coverage-table a').last()
    await link.waitFor()
    await link.scrollIntoViewIfNeeded()
    const before = await page.evaluate(() => window.scrollY)
    expect(before).toBeGreaterThan(300)
    await link.click()
    await page.waitForURL(/#\/explore/)
    await page.locator('.explorer').first().waitFor()
    await page.goBack()
    await page.locator('.coverage-table').waitFor()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50)
    expect(errors).toEqual([])
  })
})

describe('English', () => {
  it('opens in the language the link names (lang=en) and keeps it in the address', async () => {
    const { page, errors } = await open('#/explore?metric=gdp&lang=en')
    await expect.poll(() => page.locator('.app-nav').textContent()).toContain('Overview')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.locator('.app-nav a').first().click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain('lang=en')
    await page.locator('[data-action="lang"]').click()
    await expect.poll(() => page.locator('.app-nav').textContent()).toContain('概览')
    expect(new URL(page.url()).hash).not.toContain('lang=')
    expect(errors).toEqual([])
  })

  it('follows a link taken while the language switches, then speaks English there', async () => {
    const { page, errors } = await openPage(browser)
    // A slow connection: the article view's code is still on its way when the English messages arrive, so the
    // language changes while the navigation to the article is under way.
    await page.route(/ArticleView-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800))
      await route.continue()
    })
    await page.goto(baseUrl + '#/')
    await page.locator('.metric-card').first().waitFor()
    await page.locator('[data-action="lang"]').click()
    const article = dataset.articles[0]
    await page.goto(baseUrl + `#/article/${encodeURIComponent(article.id)}`)
    await page.locator('.article-text').waitFor()
    await expect.poll(() => page.locator('.app-nav').textContent()).toContain('Overview')
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain('lang=en')
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`#/article/${article.id}`)
    expect(errors).toEqual([])
  })

  it('names 达尔罕茂明安联合旗 Darhan Muminggan United Banner, and ports and zones by their official names', async () => {
    const figure = dataset.figures.find((f) => f.region.code === '150223')
    expect(figure, 'the seeds report figures for 达尔罕茂明安联合旗').toBeDefined()
    const { page, errors } = await open(`#/explore?metric=${figure!.metric}&regions=150223&view=table&lang=en`)
    const table = page.locator('table')
    await table.first().waitFor()
    await expect.poll(() => page.locator('main').textContent()).toContain('Darhan Muminggan United Banner')
    expect(await page.locator('main').textContent()).not.toMatch(/Daerhan/i)
    await page.screenshot({ path: join(SHOTS_DIR, 'table-en-1280.png'), fullPage: true })
    // A port in a chart's legend too: Mandula Port, not 满都拉口岸 or Mandoula.
    // The chart is of an indicator (port cargo), and a line of the port is drawn only when it is on a series.
    const port = dataset.series?.find((s) => s.place === '满都拉口岸' && s.breakdown === null)
    if (port) {
      await page.goto(baseUrl + `#/explore?metric=${port.indicator}&lang=en`)
      const legend = page.locator(`[data-metric="${port.indicator}"] .chart-legend`)
      await legend.waitFor()
      await expect.poll(() => legend.textContent()).toContain('Mandula Port')
      expect(await legend.textContent()).not.toContain('满都拉')
    }
    expect(errors).toEqual([])
  })

  it('says why the data did not load in the interface’s language', async () => {
    for (const [lang, expected, foreign] of [
      ['en', /not valid JSON/, /[\u4e00-\u9fff]/],
      ['zh', /不是有效的 JSON/, /the data file/],
    ] as const) {
      const { page } = await openPage(browser)
      await page.route('**/data/catalogue.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"figures": [' }))
      await page.goto(baseUrl + `#/?lang=${lang}`)
      const detail = page.locator('[data-state="error"] .small')
      await detail.waitFor()
      const text = (await detail.textContent()) ?? ''
      expect(text).toMatch(expected)
      expect(text).not.toMatch(foreign)
      await page.context().close()
    }
  })
})

/** RFC 4180 rows, enough for the app's own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('exports', () => {
  it('writes the table as CSV with numbers as numbers, qualifiers as words and no guard apostrophe on plain values', async () => {
    // Metrics with growth rates (+63%) and qualified figures (≥300万吨): the values a careless guard would spoil.
    const metrics = [...new Set(dataset.figures.filter((f) => f.kind === 'growth' || f.qualifier !== '=').map((f) => f.metric))].slice(0, 6)
    const { page, errors } = await open(`#/explore?metric=${metrics.join(',')}&view=table`)
    await page.locator('table').first().waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="table-csv"]').click()])
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1))
    const col = (name: string) => header.indexOf(name)
    const byId = new Map(dataset.figures.map((f) => [f.id, f]))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((r) => /^[+-]\d/.test(r[col('显示值')]))).toBe(true)
    for (const row of rows) {
      const f = byId.get(row[col('编号')])!
      expect(Number(row[col('数值')])).toBe(f.value)
      expect(['', '不低于', '超过', '约', '不到', '最高']).toContain(row[col('限定')])
      for (const cell of row) {
        // An apostrophe only guards text that would run as a formula, never a plain number or word.
        if (cell.startsWith("'")) expect(cell.slice(1)).toMatch(/^[=+\-@]/)
        expect(cell).not.toMatch(/^'[+-]?\d[\d.,]*%?$/)
      }
    }
    expect(errors).toEqual([])
  })

  it('puts the title, the source line and the dashboard link into PNG and SVG exports', async () => {
    const metric = 'port_cargo'
    const { page, errors } = await open(`#/explore?metric=${metric}`)
    const panel = page.locator(`[data-metric="${metric}"]`)
    await panel.locator('canvas').first().waitFor()
    // The figures on the chart's lines: the indicator as a whole (no part is drawn by default).
    const ids = new Set(dataset.series!.filter((s) => s.indicator === metric && s.breakdown === null).flatMap((s) => s.points.flatMap((p) => p.figureIds)))
    const figures = dataset.figures.filter((f) => ids.has(f.id))
    expect(figures.length).toBeGreaterThan(0)
    const articles = new Map(dataset.articles.map((a) => [a.id, a]))
    const newest = figures.map((f) => articles.get(f.source.articleId)!).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="svg"]').click()])
    const svg = readFileSync((await svgDownload.path())!, 'utf8')
    expect(svg).toContain('口岸进出境货运量')
    expect(svg).toContain('来源：')
    expect(svg).toContain(`《${newest.headline}`)
    if (newest.paper) expect(svg).toContain(newest.paper)
    expect(svg).toContain('看板：')
    expect(svg).toContain(`metric=${metric}`)

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="png"]').click()])
    const png = readFileSync((await pngDownload.path())!)
    // The PNG is drawn from the same layout as the SVG (at twice the pixels): same size, so the same footer.
    const svgSize = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(svg)!.slice(1).map(Number)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(svgSize.map((n) => n * 2))
    writeShot('export-cargo.png', png)
    expect(errors).toEqual([])
  })
})

describe('the whole dataset, sharing and printing', () => {
  it('downloads every figure as CSV and a data dictionary from the About page', async () => {
    const { page, errors } = await open('#/about')
    await page.locator('[data-export="dataset-csv"]').waitFor()
    expect(await page.locator('[data-section]').count()).toBe(6)
    const [all] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="dataset-csv"]').click()])
    const rows = parseCsv(readFileSync((await all.path())!, 'utf8').slice(1))
    expect(rows).toHaveLength(dataset.figures.length + 1)
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(dataset.figures.map((f) => f.id)))
    const [dictionary] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="dictionary-csv"]').click()])
    const dict = parseCsv(readFileSync((await dictionary.path())!, 'utf8').slice(1))
    const sections = new Set(dict.slice(1).map((r) => r[0]))
    expect([...sections]).toEqual(expect.arrayContaining(['字段', '指标', '时期类型', '单位', '地区']))
    for (const m of dataset.metrics) expect(dict.some((r) => r[1] === m.key && r[2] === m.zh)).toBe(true)
    expect(dict.some((r) => r[1] === '150223' && r[3] === 'Darhan Muminggan United Banner')).toBe(dataset.figures.some((f) => f.region.code === '150223'))
    await page.screenshot({ path: join(SHOTS_DIR, 'about-1280.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('copies the address of the current view, language included', async () => {
    const { page, errors } = await open('#/explore?metric=gdp&lang=en')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
    await page.locator('[data-action="share"]').click()
    await expect.poll(() => page.locator('[role="status"]').allTextContents()).toContain('Link copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    expect(decodeURIComponent(copied)).toContain('metric=gdp')
    expect(copied).toContain('lang=en')
    expect(errors).toEqual([])
  })

  it('prints the chart without the controls', async () => {
    const { page, errors } = await open('#/explore?metric=gdp')
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.header-tools', '.header-search', '.explorer-controls', '[data-export="csv"]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    }
    expect(await page.locator('[data-chart="time"] canvas').first().isVisible()).toBe(true)
    await page.screenshot({ path: join(SHOTS_DIR, 'explorer-print.png'), fullPage: true })
    expect(errors).toEqual([])
  })
})

describe('search', () => {
  it('marks the query in an article opened from a search (?q=)', async () => {
    const article = dataset.articles.find((a) => a.text.includes('货运量'))!
    const { page, errors } = await open(`#/article/${encodeURIComponent(article.id)}?q=货运量`)
    await page.locator('.article-text').waitFor()
    const marks = await page.locator('.article-text mark.search-mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => m === '货运量')).toBe(true)
    expect(errors).toEqual([])
  })

  it('keeps the qualifier on a figure hit (≥300万吨, not 300万吨)', async () => {
    const f = dataset.figures.find((x) => x.qualifier === '>=' && x.label.length >= 2)!
    const { page, errors } = await open('#/')
    await page.getByTestId('search-input').fill(f.label)
    const hit = page.locator(`[data-hit-id="${f.id}"] .hit-value`)
    await hit.waitFor()
    expect(await hit.textContent()).toBe('≥' + f.raw)
    expect(errors).toEqual([])
  })

  it('suggests the indicator one typo away when nothing is found', async () => {
    const { page, errors } = await open('#/')
    await page.getByTestId('search-input').fill('货运亮')
    const suggestion = page.locator('[data-role="suggestion"]')
    await suggestion.waitFor()
    expect(await suggestion.textContent()).toBe('货运量')
    await suggestion.click()
    await page.locator('[data-group="figures"] [data-hit-kind="figure"]').first().waitFor()
    expect(await page.getByTestId('search-input').inputValue()).toBe('货运量')
    expect(errors).toEqual([])
  })

  it('does not tell a touch-screen reader to press /', async () => {
    const { page } = await open('#/', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })
    const input = page.getByTestId('search-input')
    await input.waitFor()
    expect(await input.getAttribute('placeholder')).not.toContain('/')
  })
})

describe('a phone (375 px) and a keyboard', () => {
  const phone = { viewport: { width: 375, height: 740 } }

  it('shows the table as cards with region, quote and source in view', async () => {
    const { page, errors } = await open('#/explore?metric=gdp,cargo_volume&view=table', phone)
    const first = page.locator('.figure-table tbody tr').first()
    await first.waitFor()
    for (const cell of ['.region-cell', '.quote-cell', '.source-cell']) {
      const box = (await first.locator(cell).boundingBox())!
      expect(box.x + box.width, cell).toBeLessThanOrEqual(375)
      expect(box.width, cell).toBeGreaterThan(200)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await page.screenshot({ path: join(SHOTS_DIR, 'table-cards-375.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('shows every year of the coverage matrix without scrolling sideways', async () => {
    const { page, errors } = await open('#/', phone)
    const box = page.locator('.coverage')
    await box.locator('thead th').last().waitFor()
    const bounds = (await box.boundingBox())!
    for (const th of await box.locator('thead th.num').all()) {
      const r = (await th.boundingBox())!
      expect(r.x + r.width).toBeLessThanOrEqual(bounds.x + bounds.width + 1)
    }
    expect(errors).toEqual([])
  })

  it('lets the keyboard skip the filters to the chart, and keeps the metric list short until asked', async () => {
    const { page, errors } = await open('#/explore?metric=gdp')
    await page.locator('[data-chart="time"] canvas').first().waitFor()
    const boxes = page.locator('[data-control="metrics"] input[type="checkbox"]')
    // The list offers the named indicators (a figure of none has no line to draw).
    const total = new Set(dataset.figures.flatMap((f) => (f.indicator ? [f.indicator] : []))).size
    if (total > 9) {
      expect(await boxes.count()).toBeLessThanOrEqual(9)
      await page.locator('[data-action="more-metrics"]').click()
      expect(await boxes.count()).toBe(total)
    }
    await page.locator('[data-action="skip-to-chart"]').focus()
    expect(await page.locator('[data-action="skip-to-chart"]').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-main')
    await page.keyboard.press('Tab')
    // The next stop is inside the chart area (view tabs), not another filter.
    expect(await page.evaluate(() => !!document.activeElement?.closest('#explorer-main'))).toBe(true)
    expect(errors).toEqual([])
  })

  it('finds a region by typing its name in the region filter', async () => {
    const { page, errors } = await open('#/explore?metric=gdp&lang=en')
    await page.locator('#region-filter').fill('darhan')
    const labels = await page.locator('[data-control="regions"] li').allTextContents()
    const expected = dataset.figures.some((f) => f.region.code === '150223') ? ['Darhan Muminggan United Banner'] : []
    expect(labels.map((l) => l.trim())).toEqual(expected)
    expect(errors).toEqual([])
  })
})

function writeShot(name: string, bytes: Buffer) {
  writeFileSync(join(SHOTS_DIR, name), bytes)
}
