import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset, Figure } from '../../src/model'
import type { Catalogue } from '../../src/model/shards'
import { buildApp, launchChromium, openPage, readDataset, ROOT, serveStatic, SHOTS_DIR, STRICT_CSP, type StaticServer } from './helpers'

/**
 * Bad input in real Chromium: text from the pages is shown as text and never run, bad URLs get a note and the
 * defaults, the build runs under a strict Content-Security-Policy, a broken data file is explained.
 * Two builds: the seeds (globalSetup) and a folder of fixture pages full of markup, built here with NMG_SEEDS_DIR.
 */
const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
const XSS_PAGES = join(ROOT, 'tests/robustness/fixtures/xss-pages')

/**
 * Every payload the fixture pages carry (verbatim, checked below). Each would set `window.__xss` or open a
 * dialog if it ever ran; `parent.__xss` reaches the page from an iframe's srcdoc.
 */
const PAGE_PAYLOADS = [
  `<img src=x onerror=window.__xss='headline'>`,
  `"><svg onload=alert(1)>`,
  `<b onmouseover=window.__xss='byline'>`,
  `<img src=x onerror="window.__xss='img-body'">`,
  `"><svg onload="window.__xss='svg-body'">`,
  `<script>alert(1)</script>`,
  `javascript:alert(1)`,
  `<a href="javascript:window.__xss='anchor'">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `<details open ontoggle="window.__xss='details'">`,
  `<iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'">`,
  `<style onload=window.__xss='style'>`,
  `＜img src=x onerror="window.__xss='fullwidth'"＞`,
  `</textarea><img src=x onerror=alert(1)>`,
  '${alert(1)}',
  `<input autofocus onfocus="window.__xss='autofocus'">`,
  `&lt;img src=x onerror=alert(1)&gt;`,
  `<svg><animate onbegin=alert(1) attributeName=x>`,
  `<img src=x onerror=alert(1)>`,
  `</title><script>window.__xss='title'</script>`,
  `<object data="javascript:window.__xss='object'"></object>`,
  `'-alert(1)-'`,
  `<embed src="javascript:window.__xss='embed'">`,
  `<script>window.__xss='paper'</script>`,
]

/** Payloads given to the embed as options (URL query of embed.html, attributes of <nmg-chart>). */
const OPTION_PAYLOADS: Record<string, string> = {
  metric: `<img src=x onerror="window.__xss='opt-metric'">`,
  chart: `"><svg onload="window.__xss='opt-chart'">`,
  region: `<script>window.__xss='opt-region'</script>`,
  period: `javascript:window.__xss='opt-period'`,
  theme: `'><img src=x onerror=alert(1)>`,
  id: `"><iframe srcdoc="<script>parent.__xss='opt-id'</script>">`,
  colour: `<details open ontoggle=alert(1)>`,
}

/** Elements a payload would create if it were parsed as markup anywhere in the document. */
const INJECTED = 'img[src="x"], [onerror], [onload], [onmouseover], [ontoggle], [onfocus], [onbegin], iframe[srcdoc], object[data^="javascript"], embed[src^="javascript"], a[href^="javascript"]'

const tally = { pagePayloads: 0, optionPayloads: 0, urlPayloads: 0, views: 0, executed: 0, injected: 0, badUrls: 0, badUrlFailures: 0 }

let browser: Browser
let xssDist: string
let xss: StaticServer
let xssData: Dataset
const contexts: BrowserContext[] = []

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  browser = await launchChromium()
  // E2E_XSS_DIST with E2E_SKIP_BUILD=1 reuses a build while developing the tests.
  xssDist = process.env.E2E_XSS_DIST ?? mkdtempSync(join(tmpdir(), 'nmg-e2e-xss-'))
  if (!(process.env.E2E_XSS_DIST && process.env.E2E_SKIP_BUILD === '1')) {
    const previous = process.env.NMG_SEEDS_DIR
    process.env.NMG_SEEDS_DIR = XSS_PAGES
    try {
      await buildApp(xssDist)
    } finally {
      if (previous === undefined) delete process.env.NMG_SEEDS_DIR
      else process.env.NMG_SEEDS_DIR = previous
    }
  }
  xssData = readDataset(xssDist)
  xss = await serveStatic(xssDist, { headers: { 'Content-Security-Policy': STRICT_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'") } })
})

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  await xss?.close()
  if (!process.env.E2E_XSS_DIST && xssDist) rmSync(xssDist, { recursive: true, force: true })
  console.log(
    `[robustness] XSS: ${tally.pagePayloads} payloads in pages + ${tally.optionPayloads} in embed options + ${tally.urlPayloads} in URLs, ` +
      `${tally.views} views checked, ${tally.executed} executed, ${tally.injected} elements injected; ` +
      `bad URLs: ${tally.badUrls} tried, ${tally.badUrlFailures} blank pages or uncaught errors`,
  )
})

interface Watched {
  page: Page
  errors: string[]
  dialogs: string[]
}

/** A page whose dialogs are counted (and dismissed) and whose uncaught errors are collected. */
async function watchedPage(options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
  const { page, errors } = await openPage(browser, options)
  contexts.push(page.context())
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  return { page, errors, dialogs }
}

/** Nothing ran and nothing was parsed into an element: the page and every frame of it are checked. */
async function expectNothingRan(w: Watched, where: string) {
  tally.views++
  const frames: Frame[] = w.page.frames()
  const ran: unknown[] = []
  let injected = 0
  for (const frame of frames) {
    const state = await frame
      .evaluate((selector) => ({ ran: (window as unknown as { __xss?: unknown }).__xss, injected: document.querySelectorAll(selector).length }), INJECTED)
      .catch(() => ({ ran: undefined, injected: 0 }))
    if (state.ran !== undefined) ran.push(state.ran)
    injected += state.injected
  }
  tally.executed += ran.length + w.dialogs.length
  tally.injected += injected
  expect({ where, ran, dialogs: w.dialogs, injected }).toEqual({ where, ran: [], dialogs: [], injected: 0 })
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? ''
}

/**
 * Sweeps the pointer over a chart (mousemove events on ECharts' surface, every 6 × 4 px: thousands of moves in a
 * second or two, where moving the real mouse costs a round trip each) and returns every tooltip text shown.
 */
async function sweepTooltips(page: Page, chart: string): Promise<string[]> {
  return [...(await sweepTooltipsAt(page, chart)).keys()]
}

/** The same sweep, with where each tooltip first showed (viewport coordinates). */
async function sweepTooltipsAt(page: Page, chart: string): Promise<Map<string, { x: number; y: number }>> {
  // Tooltips come after the first chart (ChartPanel): a sweep before they have would see none.
  await page.locator(`${chart}[data-tooltips="ready"]`).first().waitFor()
  const host = page.locator(`${chart} .echarts-host`).first()
  await host.locator('canvas').first().waitFor()
  const found = await host.evaluate((el) => {
    const surface = el.querySelector('canvas')!.parentElement!
    const box = surface.getBoundingClientRect()
    const tips: Record<string, { x: number; y: number }> = {}
    for (let x = box.left + 3; x < box.right; x += 6) {
      for (let y = box.top + 2; y < box.bottom; y += 4) {
        surface.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }))
        for (const d of el.querySelectorAll('div')) {
          const text = d.textContent
          if (text && !(text in tips) && d.querySelector('canvas') === null && d.children.length > 0 && getComputedStyle(d).display !== 'none') tips[text] = { x, y }
        }
      }
    }
    return tips
  })
  return new Map(Object.entries(found))
}

describe('text from the pages is shown as text, never run', () => {
  it('the checks see a payload that does run (so a pass means something)', async () => {
    const w = await watchedPage()
    // Markup parsed the way a v-html or an unescaped tooltip would parse it, on a blank page (the app's CSP would block it).
    await w.page.setContent(`<p>x</p><img src=x onerror="window.__xss='control'"><button onclick=alert(1)>b</button>`)
    await w.page.locator('button').click()
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBe('control')
    const before = { ...tally }
    await expect(expectNothingRan(w, 'control')).rejects.toThrow()
    Object.assign(tally, before)
  })

  it('the fixture pages carry every payload, and the pipeline passed them into headlines, quotes and labels', () => {
    const pages = readdirSync(XSS_PAGES)
      .map((f) => readFileSync(join(XSS_PAGES, f), 'utf8'))
      .join('\n')
    for (const p of PAGE_PAYLOADS) expect(pages, p).toContain(p)
    tally.pagePayloads = PAGE_PAYLOADS.length
    const headlines = xssData.articles.map((a) => a.headline + a.kicker).join('\n')
    expect(headlines).toContain(`<img src=x onerror=window.__xss='headline'>全区地区生产总值1234亿元`)
    expect(headlines).toContain(`"><svg onload=alert(1)>`)
    expect(xssData.figures.some((f) => f.source.quote.includes(`<img src=x onerror="window.__xss='img-body'">`))).toBe(true)
    expect(xssData.figures.some((f) => f.label.includes('<'))).toBe(true)
    expect(xssData.articles.some((a) => a.paper?.includes('<script>'))).toBe(true)
  })

  it('in the overview and the list of articles', async () => {
    const w = await watchedPage()
    await w.page.goto(xss.url + '#/')
    await w.page.locator('.metric-card').first().waitFor()
    expect(await text(w.page, '.cards')).toContain(`<img src=x onerror=window.__xss='headline'>`)
    await expectNothingRan(w, 'overview')
    await w.page.goto(xss.url + '#/article')
    await w.page.locator('.article-view li a').first().waitFor()
    const list = await text(w.page, '.article-view')
    for (const a of xssData.articles) if (a.headline) expect(list).toContain(a.headline)
    await expectNothingRan(w, 'article list')
    expect(w.errors).toEqual([])
  })

  it('in the article view: headline, kicker, paper and the text, with its figures marked', async () => {
    const w = await watchedPage()
    for (const a of xssData.articles) {
      const first = xssData.figures.find((f) => f.source.articleId === a.id)
      await w.page.goto(xss.url + `#/article/${encodeURIComponent(a.id)}${first ? `?fig=${encodeURIComponent(first.id)}` : ''}`)
      await w.page.locator(`[data-article="${a.id}"] .article-text`).waitFor()
      expect(await text(w.page, '.article-body h1')).toBe(a.headline)
      if (a.kicker) expect(await text(w.page, '.article-body .kicker')).toBe(a.kicker)
      if (a.paper) expect(await text(w.page, '.article-body .meta')).toContain(a.paper)
      // The text as printed: every character of the article, the markup included, and nothing more.
      expect(await text(w.page, '.article-body .article-text')).toBe(a.text)
      // Hover and focus everything a payload could have hooked.
      for (const el of await w.page.locator('.article-body *').all()) await el.hover({ timeout: 1000, force: true }).catch(() => {})
      await expectNothingRan(w, `article ${a.id}`)
      if (a.headline.startsWith('<img')) await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-xss-article.png'), fullPage: true })
    }
    expect(w.errors).toEqual([])
  })

  it('in search: results for a term, for the markup itself, and a query from the URL', async () => {
    const w = await watchedPage()
    await w.page.goto(xss.url + '#/')
    const input = w.page.getByTestId('search-input')
    await input.waitFor()
    await input.fill('地区生产总值')
    await w.page.locator('[data-hit-kind="figure"]').first().waitFor()
    const panel = await text(w.page, '[data-testid="search-panel"]')
    expect(panel).toMatch(/<img ?src=x/)
    await expectNothingRan(w, 'search: 地区生产总值')

    await input.fill('onerror')
    await w.page.locator('[data-hit-kind]').first().waitFor()
    expect(await text(w.page, '[data-testid="search-panel"]')).toContain('onerror=')
    for (const hit of await w.page.locator('[data-hit-kind]').all()) await hit.hover()
    await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-xss-search.png') })
    await expectNothingRan(w, 'search: onerror')

    const markup = `<img src=x onerror="window.__xss='query'">`
    tally.urlPayloads++
    await input.fill(markup)
    await expect.poll(() => text(w.page, '[data-testid="search-panel"]')).toMatch(/onerror|没有找到/)
    await expectNothingRan(w, 'search: markup typed')

    const q = `<script>window.__xss='url-q'</script>地区生产总值`
    tally.urlPayloads++
    await w.page.goto(xss.url + `#/explore?q=${encodeURIComponent(q)}`)
    await w.page.reload()
    await expect.poll(() => input.inputValue()).toBe(q)
    await expectNothingRan(w, 'search: query from the URL')
    expect(w.errors).toEqual([])
  })

  it('in chart tooltips: the time chart, the bar chart and the map', async () => {
    const w = await watchedPage()
    await w.page.goto(xss.url + '#/explore?metric=gdp')
    const timeTips = await sweepTooltipsAt(w.page, '[data-metric="gdp"] [data-chart="time"]')
    const headline = xssData.articles.find((a) => a.headline.startsWith('<img'))!.headline
    const withHeadline = [...timeTips.keys()].find((tip) => tip.includes(headline))
    expect(withHeadline).toBeDefined()
    expect([...timeTips.keys()].some((tip) => tip.includes(`<detailsopenontoggle="window.__xss='details'">`))).toBe(true)
    // The real mouse on one of them, for the screenshot.
    const at = timeTips.get(withHeadline!)!
    await w.page.mouse.move(at.x, at.y)
    await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-xss-tooltip.png') })
    await expectNothingRan(w, 'time chart tooltips')

    await w.page.goto(xss.url + '#/explore?metric=gdp&view=region')
    const barTips = await sweepTooltips(w.page, '[data-chart="bar"]')
    expect(barTips.join('\n')).toMatch(/<svg><animate onbegin=alert\(1\)|<img src=x/)
    await expectNothingRan(w, 'bar chart tooltips')
    const mapTips = await sweepTooltips(w.page, '[data-chart="map"]')
    expect(mapTips.join('\n')).toMatch(/<svg><animate onbegin=alert\(1\)|<img src=x/)
    await expectNothingRan(w, 'map tooltips')
    expect(w.errors).toEqual([])
  })

  it('in the table and the source panel, conflicting reports included', async () => {
    const w = await watchedPage()
    const withConflict = xssData.figures.filter((f) => f.metric === 'gdp' && f.kind === 'level' && /[<>]/.test(f.source.quote))
    expect(withConflict.length).toBeGreaterThan(0)
    await w.page.goto(xss.url + '#/explore?metric=gdp&view=table')
    await w.page.locator('.figure-table tbody tr').first().waitFor()
    expect(await text(w.page, '.figure-table')).toMatch(/<img ?src=x/)
    await expectNothingRan(w, 'table')
    let conflictsShown = 0
    for (const f of withConflict) {
      await w.page.goto(xss.url + `#/explore?metric=gdp&view=table&fig=${encodeURIComponent(f.id)}`)
      await w.page.locator('[data-panel="source"] [data-role="quote"]').waitFor()
      expect(await text(w.page, '[data-panel="source"] [data-role="quote"]')).toBe(f.source.quote)
      expect(await text(w.page, '[data-panel="source"] .source-article h3')).toBe(xssData.articles.find((a) => a.id === f.source.articleId)!.headline)
      if (await w.page.locator('[data-panel="source"] [data-role="conflicts"]').count()) conflictsShown++
      await expectNothingRan(w, `source panel ${f.id}`)
    }
    expect(conflictsShown).toBeGreaterThan(0)
    expect(w.errors).toEqual([])
  })

  it('in English too (names romanized around the raw text)', async () => {
    const w = await watchedPage()
    await w.page.goto(xss.url + '#/')
    await w.page.locator('[data-action="lang"]').click()
    const a = xssData.articles[0]
    await w.page.goto(xss.url + `#/article/${encodeURIComponent(a.id)}`)
    await w.page.locator('.article-text').waitFor()
    expect(await text(w.page, '.article-body h1')).toBe(a.headline)
    await w.page.goto(xss.url + '#/explore?metric=gdp&view=region')
    await w.page.locator('[data-chart="bar"] canvas').first().waitFor()
    await expectNothingRan(w, 'English views')
    expect(w.errors).toEqual([])
  })

  it('in the embed: the source line, and options that carry markup', async () => {
    const w = await watchedPage()
    await w.page.goto(xss.url + 'embed.html#/chart?chart=card&metric=gdp&region=150000')
    await w.page.locator('.nmg-foot').waitFor()
    const foot = await text(w.page, '.nmg-foot')
    expect(xssData.articles.some((a) => /[<>]/.test(a.headline) && foot.includes(a.headline))).toBe(true)
    await expectNothingRan(w, 'embed card')

    const query = Object.entries(OPTION_PAYLOADS)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')
    tally.optionPayloads = Object.keys(OPTION_PAYLOADS).length * 2
    await w.page.goto(xss.url + `embed.html#/chart?${query}`)
    const notes = w.page.locator('[data-role="notes"]')
    await notes.waitFor()
    const noted = (await notes.textContent()) ?? ''
    expect(noted).toContain('<img src=x')
    expect(noted).toContain('colour')
    await w.page.locator('[data-role="chart"] canvas').waitFor()
    await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-xss-embed-options.png'), fullPage: true })
    await expectNothingRan(w, 'embed.html with markup in its options')

    // The custom element on a page of the same site, with the same payloads as attributes.
    const attrs = Object.entries(OPTION_PAYLOADS)
      .map(([k, v]) => `${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join(' ')
    await w.page.route('**/host.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body><nmg-chart id="c" ${attrs}></nmg-chart><script type="module" src="embed/nmg-chart.js"></script></body></html>`,
      }),
    )
    await w.page.goto(xss.url + 'host.html')
    const elementNotes = w.page.locator('#c [data-role="notes"]')
    await elementNotes.waitFor()
    expect(await elementNotes.textContent()).toContain('<img src=x')
    await w.page.locator('#c [data-role="chart"] canvas').waitFor()
    const shadowInjected = await w.page.locator('#c').evaluate((el, selector) => el.shadowRoot?.querySelectorAll(selector).length ?? -1, INJECTED)
    expect(shadowInjected).toBe(0)
    await expectNothingRan(w, '<nmg-chart> with markup in its attributes')

    // Messages that are not the embed's own, some of them markup, change nothing.
    await w.page.goto(xss.url + 'embed.html#/chart?metric=gdp&id=frame')
    await w.page.locator('[data-role="chart"] canvas').waitFor()
    await w.page.evaluate(() => {
      window.postMessage(`<img src=x onerror="window.__xss='message'">`, '*')
      window.postMessage({ type: 'nmg-embed:ping', html: `<img src=x onerror="window.__xss='message'">` }, '*')
      window.postMessage({ type: 'nmg-embed:height', id: 'frame', height: `<svg onload=alert(1)>` }, '*')
    })
    await w.page.waitForTimeout(300)
    await expectNothingRan(w, 'embed receiving foreign messages')
    expect(w.errors).toEqual([])
  })
})

interface BadUrl {
  hash: string
  /** What the visible note must say (a regular expression over the notes' text). */
  note: RegExp
  /** The note shown for it, when not the route notes. */
  where?: string
  /** What the fallback shows (the defaults drawn, not an empty chart). */
  shows?: string
}

const TIME_CHART = '[data-chart="time"] canvas'

const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n)

const BAD_URLS: BadUrl[] = [
  { hash: '#/explore?metric=<script>&regions=999999,abc&period=20x4&view=nope&fig=zzz', note: /^(?=[\s\S]*<script>)(?=[\s\S]*999999)(?=[\s\S]*abc)(?=[\s\S]*20x4)(?=[\s\S]*nope)/, shows: TIME_CHART },
  { hash: '#/explore?metric=gdp&fig=zzz', note: /zzz/, where: '[data-panel="source"] .notice' },
  { hash: '#/article/does-not-exist', note: /does-not-exist/, where: '.article-view .notice', shows: '.article-view .page-group a' },
  { hash: '#/article/%E0%A4%A', note: /%E0%A4%A/, where: '.article-view .notice' },
  { hash: '#/nope', note: /\/nope/, shows: '.metric-card' },
  { hash: '#/nope/deeper?x=1', note: /\/nope\/deeper/ },
  { hash: '#/explore?q=%E0%A4%A', note: /%E0%A4%A/ },
  { hash: '#/explore?metric=%E0%A4%A&view=table', note: /%E0%A4%A/ },
  { hash: `#/explore?metric=${long('a', 5000)}`, note: /aaaa…/ },
  { hash: `#/explore?metric=gdp&regions=${long('abc,', 20000)}`, note: /abc/, shows: TIME_CHART },
  { hash: `#/explore?q=${long('货运量', 3000)}&fig=${long('f', 3000)}`, note: /fff…/, where: '[data-panel="source"] .notice' },
  { hash: `#/article/${long('x', 20000)}`, note: /xxxx…/, where: '.article-view .notice' },
  { hash: '#/explore?metric=no_such_metric', note: /no_such_metric/, shows: TIME_CHART },
  { hash: '#/explore?metric=__proto__,constructor,toString', note: /__proto__/, shows: TIME_CHART },
  { hash: `#/explore?metric=${mapMetric(readDataset(distDir))}&view=region&slice=zzz`, note: /zzz/, shows: '[data-chart="bar"] canvas' },
  { hash: '#/explore?metric=gdp&view=table&sort=__proto__&dir=sideways', note: /__proto__[\s\S]*sideways/, shows: '.figure-table tbody tr' },
  { hash: '#/explore?metric=gdp&basis=forever&derived=maybe', note: /forever[\s\S]*maybe/ },
  { hash: '#/explore?metric=gdp&period=99999', note: /99999/ },
  { hash: '#/explore?metric=gdp&unknown=1&colour=red', note: /unknown[\s\S]*colour/ },
  { hash: '#/explore?&&&==&metric', note: /=/ },
  { hash: '#/?view=nope', note: /view/ },
  { hash: `#/article/${encodeURIComponent(`<img src=x onerror="window.__xss='url-article'">`)}`, note: /<img src=x/, where: '.article-view .notice' },
  { hash: `#/explore?metric=${encodeURIComponent(`"><svg onload="window.__xss='url-metric'">`)}`, note: /<svg onload/ },
]

describe('unknown or malformed URL parameters fall back to defaults with a visible note', () => {
  it.each(BAD_URLS)('$hash', async ({ hash, note, where, shows }) => {
    tally.badUrls++
    if (/__xss|%3Cscript|%3Csvg/i.test(hash)) tally.urlPayloads++
    const w = await watchedPage()
    let ok = false
    try {
      await w.page.goto(baseUrl + hash)
      await w.page.locator('.app-header').waitFor()
      await w.page.locator('[data-state="loading"]').waitFor({ state: 'detached' })
      const selector = where ?? '[data-role="route-notes"]'
      await w.page.locator(selector).first().waitFor()
      const shown = await text(w.page, selector)
      expect(shown).toMatch(note)
      // The app is there around the note: the navigation and a page's content.
      expect(await w.page.locator('.app-nav a').count()).toBe(4)
      expect((await text(w.page, 'main')).length).toBeGreaterThan(shown.length)
      if (shows) await w.page.locator(shows).first().waitFor()
      expect(await w.page.locator('.explorer [data-role="empty"]').count()).toBe(0)
      await expectNothingRan(w, hash.slice(0, 80))
      expect(w.errors).toEqual([])
      ok = true
    } finally {
      if (!ok) tally.badUrlFailures++
    }
    if (hash.startsWith('#/explore?metric=<script>')) await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-bad-url.png'), fullPage: true })
  })

  it('keeps the note while the app fills in the default metric, and drops it once the reader changes the view', async () => {
    const w = await watchedPage()
    await w.page.goto(baseUrl + '#/explore?metric=<script>&view=nope')
    await w.page.locator('[data-role="route-notes"]').waitFor()
    await w.page.waitForURL(/metric=\w+/)
    await w.page.locator('[data-chart="time"] canvas').first().waitFor()
    expect(await w.page.locator('[data-role="route-notes"]').count()).toBe(1)
    await w.page.locator('[data-view="table"]').click()
    await w.page.locator('.figure-table').waitFor()
    expect(await w.page.locator('[data-role="route-notes"]').count()).toBe(0)
    await w.page.goBack()
    await w.page.locator('[data-chart="time"] canvas').first().waitFor()
    expect(w.errors).toEqual([])
  })
})

describe('a strict Content-Security-Policy (no unsafe-eval, no inline script or style)', () => {
  it('holds for the explorer with the map, search with its index, the article view and embed.html', async () => {
    const strict = await serveStatic(distDir, { headers: { 'Content-Security-Policy': STRICT_CSP } })
    try {
      const w = await watchedPage()
      const violations: string[] = []
      const requests: string[] = []
      w.page.on('request', (r) => requests.push(r.url()))
      await w.page.exposeFunction('reportViolation', (v: string) => violations.push(v))
      await w.page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        )
      })
      const data = readDataset(distDir)
      const metric = mapMetric(data)
      await w.page.goto(strict.url + `#/explore?metric=${metric}&view=region`)
      await w.page.locator('[data-chart="map"] canvas').first().waitFor()
      await w.page.locator('[data-chart="bar"] canvas').first().waitFor()
      expect((await sweepTooltips(w.page, '[data-chart="bar"]')).length).toBeGreaterThan(0)

      const input = w.page.getByTestId('search-input')
      await input.fill('货运量')
      await w.page.locator('[data-hit-kind="figure"]').first().waitFor()
      expect(requests.some((u) => u.endsWith('data/search/manifest.json'))).toBe(true)
      await w.page.locator('[data-hit-kind="article"]').first().click()
      await w.page.locator('.article-text').waitFor()

      await w.page.goto(strict.url + `embed.html#/chart?chart=map&metric=${metric}`)
      await w.page.locator('[data-role="chart"] canvas').waitFor()
      await w.page.goto(strict.url + 'embed.html#/chart?chart=time&metric=gdp&lang=en')
      await w.page.locator('[data-role="chart"] canvas').waitFor()
      await w.page.waitForTimeout(300)
      expect(violations).toEqual([])
      expect(w.errors).toEqual([])
    } finally {
      await strict.close()
    }
  })
})

describe('before its script runs, and without JavaScript', () => {
  it('the HTML alone shows the name, a loading line and, with scripts off, why nothing more comes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(baseUrl + '#/explore?metric=gdp')
    const shell = page.locator('#app [data-state="booting"]')
    await expect(shell.locator('.boot-title').textContent()).resolves.toBe('内蒙古报刊数据看板')
    const text = (await shell.innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('正在加载数据…')
    expect(text).toContain('本看板需要浏览器启用 JavaScript')
    expect(text).toContain('This dashboard needs JavaScript')
    await page.screenshot({ path: join(SHOTS_DIR, 'robustness-no-javascript.png') })
  })

  it('the app replaces it once mounted', async () => {
    const w = await watchedPage()
    await w.page.goto(baseUrl + '#/')
    await w.page.locator('.app-header').waitFor()
    expect(await w.page.locator('[data-state="booting"]').count()).toBe(0)
    expect(w.errors).toEqual([])
  })
})

describe('a missing, truncated or schema-violating data file is explained', () => {
  // The catalogue is the file every view reads first (data/catalogue.json, see src/model/shards.ts).
  const cases: { name: string; body: string | null; status?: number; expected: RegExp }[] = [
    { name: 'truncated JSON', body: '{"schemaVersion":2,"indicators":[{"indicator":"gdp"', expected: /不是有效的 JSON[\s\S]*catalogue\.json/ },
    { name: 'an empty object', body: '{}', expected: /catalogue\.json[\s\S]*schemaVersion/ },
    { name: 'a JSON array', body: '[]', expected: /catalogue\.json[\s\S]*not a JSON object/ },
    { name: 'an empty file', body: '', expected: /不是有效的 JSON/ },
    { name: 'an HTML page served as the data file', body: '<!doctype html><html><body>Not here</body></html>', expected: /不是有效的 JSON/ },
    { name: 'a missing file', body: 'not found', status: 404, expected: /404/ },
    { name: 'a server error', body: 'boom', status: 500, expected: /500/ },
    { name: 'no connection', body: null, expected: /无法获取/ },
  ]

  async function expectExplained(body: string | null, status: number, expected: RegExp, url = '#/') {
    const w = await watchedPage()
    await w.page.route('**/data/catalogue.json', (route) => (body === null ? route.abort('connectionrefused') : route.fulfill({ status, contentType: 'application/json', body })))
    await w.page.goto(baseUrl + url)
    const panel = w.page.locator('[data-state="error"]')
    await panel.waitFor()
    const shown = (await panel.textContent()) ?? ''
    expect(shown).toMatch(/数据无法加载/)
    expect(shown).toMatch(expected)
    return { w, shown }
  }

  it.each(cases)('$name', async ({ body, status, expected }) => {
    await expectExplained(body, status ?? 200, expected)
  })

  /** The largest figure shard of the build and the explorer table that reads it, served with `change` applied. */
  async function brokenShard(change: (figures: Record<string, Record<string, unknown> | unknown>[]) => void) {
    const catalogue = JSON.parse(readFileSync(join(distDir, 'data/catalogue.json'), 'utf8')) as Catalogue
    const entry = [...catalogue.series].filter((e) => e.indicator !== null).sort((a, b) => b.figures - a.figures)[0]
    const shard = JSON.parse(readFileSync(join(distDir, entry.path), 'utf8')) as { figures: Record<string, unknown>[] }
    change(shard.figures)
    const w = await watchedPage()
    await w.page.route(`**/${entry.path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(shard) }))
    await w.page.goto(baseUrl + `#/explore?metric=${entry.indicator}&view=table`)
    const panel = w.page.locator('[data-state="shard-error"]')
    await panel.waitFor()
    return { w, shown: (await panel.textContent()) ?? '', path: entry.path, figures: entry.figures }
  }

  it('a figure with a bad period: the file, the path of the field and what was expected', async () => {
    const { w, shown, path } = await brokenShard((figures) => {
      ;(figures[0] as { period: Record<string, unknown> }).period.start = '2023-13-45'
      ;(figures[1] as { period: Record<string, unknown> }).period.basis = 'someday'
    })
    expect(shown).toContain(path)
    expect(shown).toMatch(/figures\[0\]\.period\.start: expected YYYY-MM-DD or null/)
    expect(shown).toContain('figures[1].period.basis')
    await w.page.screenshot({ path: join(SHOTS_DIR, 'robustness-bad-data.png'), fullPage: true })
  })

  it('many problems: the first few, and how many more', async () => {
    const { shown, figures } = await brokenShard((list) => {
      for (const f of list) (f as Record<string, unknown>).value = 'lots'
    })
    expect(figures).toBeGreaterThan(5)
    expect(shown).toMatch(/figures\[0\]\.value: expected a finite number/)
    expect(shown).toMatch(/另有\d+处/)
    expect(shown.length).toBeLessThan(2000)
  })

  it('in the embed as well (it reads the figure shards of its indicator)', async () => {
    const w = await watchedPage()
    await w.page.route('**/data/series/gdp/*.json', async (route) => {
      const shard = (await (await route.fetch()).json()) as { figures: { region: Record<string, unknown> }[] }
      shard.figures[0].region.code = 'Baotou'
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(shard) })
    })
    await w.page.goto(baseUrl + 'embed.html#/chart?metric=gdp')
    const status = w.page.locator('[data-state="error"]')
    await status.waitFor()
    expect(await status.textContent()).toMatch(/data\/series\/gdp\/\d{4}\.json.*figures\[0\]\.region\.code/)
  })
})

/** An indicator the seeds report for leagues (as a whole, not a place in one), so the map is drawn. */
function mapMetric(data: Dataset): string {
  const byMetric = new Map<string, Set<string>>()
  for (const f of data.figures as Figure[]) {
    if (!f.indicator || f.place !== null || !/^15\d\d00$/.test(f.region.code) || f.region.code === '150000') continue
    const set = byMetric.get(f.indicator) ?? new Set<string>()
    set.add(f.region.code)
    byMetric.set(f.indicator, set)
  }
  return [...byMetric.entries()].sort((a, b) => b[1].size - a[1].size)[0]?.[0] ?? 'gdp'
}
