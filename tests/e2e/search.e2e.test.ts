import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SearchEngine } from '../../src/search/engine'
import type { SearchManifest } from '../../src/search/schema'
import { launchChromium, openPage, readDataset, SHOTS_DIR } from './helpers'

/** The search box in real Chromium against the production build from seeds/. */
describe('search box', () => {
  const baseUrl = inject('baseUrl')
  const dataset = readDataset(inject('distDir'))
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(SHOTS_DIR, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function openApp(hash = '#/'): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const { page, errors } = await openPage(browser)
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(baseUrl + hash)
    await page.getByTestId('search-input').waitFor()
    return { page, errors, requests }
  }

  const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash)

  it('loads nothing for search until it is used, then finds figures and articles for a Chinese term', async () => {
    const { page, errors, requests } = await openApp()
    await page.waitForLoadState('networkidle')
    expect(requests.some((u) => u.includes('data/search/'))).toBe(false)

    await page.locator('body').click()
    await page.keyboard.press('/')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nmg-search')
    await page.keyboard.insertText('货运量')

    const figures = page.locator('[data-group="figures"] [data-hit-kind="figure"]')
    await figures.first().waitFor()
    expect(requests.some((u) => u.endsWith('data/search/manifest.json'))).toBe(true)
    expect(await page.locator('[data-group="articles"] [data-hit-kind="article"]').count()).toBeGreaterThan(0)
    const marks = await page.locator('[data-group="figures"] mark').allTextContents()
    expect(marks).toContain('货运量')
    expect(hash(page)).toContain('q=货运量')

    await page.keyboard.press('ArrowDown')
    await expect.poll(() => figures.first().getAttribute('aria-selected')).toBe('true')
    await page.screenshot({ path: join(SHOTS_DIR, 'search-results.png') })
    const id = await figures.first().getAttribute('data-hit-id')
    const figure = dataset.figures.find((f) => f.id === id)!
    expect(figure.label).toContain('货运量')

    await page.keyboard.press('Enter')
    await expect.poll(() => hash(page)).toBe(`#/explore?metric=${figure.metric}&region=${figure.region.code}&fig=${figure.id}`)
    expect(await page.getByTestId('search-panel').count()).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('stands in with a plain box until its code comes, which takes the focus and what was typed', async () => {
    const { page, errors } = await openPage(browser)
    // A slow network: the search box's code takes a second and a half to come.
    await page.route(/\/SearchBox-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto(baseUrl + '#/about')
    const standIn = page.locator('[data-role="search-stand-in"]')
    await standIn.waitFor()
    expect(await page.getByTestId('search-input').count()).toBe(0)
    await page.locator('body').click()
    await page.keyboard.press('/')
    await page.keyboard.type('货运量', { delay: 30 })
    expect(await page.getByTestId('search-input').count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('nmg-search')
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('货运量')
    await page.locator('[data-group="figures"] [data-hit-kind="figure"]').first().waitFor()
    expect(await standIn.count()).toBe(0)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('finds a place by its alias and by pinyin, narrows by a facet, and opens an article with the query', async () => {
    const { page, errors } = await openApp()
    const input = page.getByTestId('search-input')
    await input.click()
    await input.fill('达茂旗')
    await page.locator('[data-hit-kind="figure"]').first().waitFor()
    // The banner's own figures (its port's cargo) are in 达尔罕茂明安联合旗: the alias finds them, and the full name is
    // marked. A figure of the league whose sentence names a park of the banner (达茂…工业园) is found by its words.
    expect(await page.locator('[data-group="figures"] [data-hit-kind="figure"] mark').allTextContents()).toContain('达尔罕茂明安联合旗')

    await page.screenshot({ path: join(SHOTS_DIR, 'search-alias.png') })

    await input.fill('baotou')
    await expect.poll(() => page.locator('[data-group="articles"] mark').allTextContents()).toContain('包头市')

    await input.fill('投资')
    const regionChips = page.locator('[data-facet="region"] .chip')
    await regionChips.first().waitFor()
    const before = await page.locator('[data-hit-kind]').count()
    await regionChips.nth(1).click()
    await expect.poll(() => regionChips.nth(1).getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('[data-hit-kind]').count()).toBeLessThan(before)

    await input.fill('政绩观')
    const article = page.locator('[data-hit-kind="article"]').first()
    await article.waitFor()
    const articleId = await article.getAttribute('data-hit-id')
    await article.click()
    await expect.poll(() => hash(page)).toBe(`#/article/${articleId}?q=政绩观`)
    await input.press('Escape')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('opens with the query from the URL and closes with Esc', async () => {
    const { page, errors } = await openApp(`#/?q=${encodeURIComponent('固定资产投资')}`)
    await page.locator('[data-hit-kind="figure"]').first().waitFor()
    expect(await page.getByTestId('search-input').inputValue()).toBe('固定资产投资')
    await page.getByTestId('search-input').focus()
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('search-panel').count()).toBe(0)
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('search-input').inputValue()).toBe('')
    await expect.poll(() => hash(page)).not.toContain('q=')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('fetches the manifest and only the shards a number query needs, and finds the figure', async () => {
    // A number with its unit as the pages write it (302万吨): the query a reader copies from a chart.
    const figure = dataset.figures.find((f) => /^\d+(\.\d+)?万吨$/.test(f.raw)) ?? dataset.figures.find((f) => /^\d+(\.\d+)?亿元$/.test(f.raw))!
    const q = figure.raw
    // The shards a query needs, as the engine routes them, read from the build on disk.
    const searchDir = join(inject('distDir'), 'data/search')
    const manifest = JSON.parse(readFileSync(join(searchDir, 'manifest.json'), 'utf8')) as SearchManifest
    const planner = new SearchEngine(manifest, async () => {
      throw new Error('not read')
    })
    const lookups = planner.lookupsFor(q)
    const needed = [
      ...planner.shardsFor(lookups).map((s) => `data/search/${manifest.id}/p/${s}.bin`),
      ...planner.positionShardsFor(lookups).map((s) => `data/search/${manifest.id}/x/${s}.bin`),
    ]
    expect(needed.length).toBeGreaterThan(0)
    expect(needed.length).toBeLessThan(manifest.shards.first.length)

    const { page, errors, requests } = await openApp()
    const input = page.getByTestId('search-input')
    await input.click()
    await input.fill(q)
    const hit = page.locator(`[data-group="figures"] [data-hit-id="${figure.id}"]`)
    await hit.waitFor()
    expect(await hit.locator('.hit-value').textContent()).toContain(q)

    const search = requests.map((u) => new URL(u).pathname).filter((p) => p.includes('/data/search/')).map((p) => p.slice(p.indexOf('data/search/')))
    expect(search.filter((p) => p.endsWith('manifest.json'))).toHaveLength(1)
    expect(search.filter((p) => p.endsWith('.bin')).sort()).toEqual([...new Set(needed)].sort())
    // Besides: the stored fields of the hits shown, never the whole dataset for search's sake.
    expect(search.every((p) => p.endsWith('manifest.json') || p.endsWith('.bin') || /\/[af]\/\d+\.json$/.test(p))).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })
})
