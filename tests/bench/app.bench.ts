/**
 * `npm run bench:app`: builds the app, serves dist/ on 127.0.0.1 and measures in headless Chromium, over
 * 10 fresh page loads each (no cache):
 *   - time to first view (the view component mounted with its data: `nmg:first-view`) on the overview,
 *   - time to first chart (`nmg:first-chart`, set on ECharts' first 'finished') on a cold explorer URL and,
 *     if it draws one, on the overview,
 * with and without 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), each in a new browser context per
 * load and in one already-running renderer with the cache disabled (see `loads`), and the gzip size of the
 * JavaScript the first view loads. Budgets: JS ≤ 250 KB gzip, first chart ≤ 400 ms, ≤ 1 s at 4×.
 * BENCH_SKIP_BUILD=1 reuses an existing dist/; BENCH_RUNS changes the number of runs.
 */
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { FIRST_CHART_MARK, FIRST_VIEW_MARK } from '../../src/app/composables/perf'
import { buildApp, DIST, launchChromium, serveStatic } from '../e2e/helpers'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const BUDGET = { jsKb: 250, firstChartMs: 400, firstChartThrottledMs: 1000 }

interface Stats {
  median: number
  min: number
  max: number
  n: number
}

function stats(values: number[]): Stats | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: values.length }
}

type Mode = 'fresh' | 'warm'

/**
 * Cold loads, each with an empty HTTP cache; returns per load the marks' times (ms since navigation start),
 * null for a mark never set. `fresh`: a new browser context per load, so each load also pays for a new
 * renderer process (font set-up included). `warm`: one renderer, cache disabled, an about:blank in between:
 * the app's own cost, as for a reader whose browser is already open.
 */
async function loads(browser: Browser, url: string, throttle: number, mode: Mode, runs: number): Promise<(number | null)[][]> {
  const marks = [FIRST_VIEW_MARK, FIRST_CHART_MARK]
  const results: (number | null)[][] = []
  let shared: { context: BrowserContext; page: Page } | null = null
  const setUp = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    return { context, page }
  }
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = mode === 'warm' ? (shared ??= await setUp()) : await setUp()
      const errors: string[] = []
      const onError = (e: Error) => errors.push(e.message)
      page.on('pageerror', onError)
      try {
        if (mode === 'warm') await page.goto('about:blank')
        await page.goto(url)
        await page
          .waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_VIEW_MARK, { timeout: 30_000 })
          .catch((e: Error) => {
            throw new Error(`${url} at ${throttle}×: no first view (${errors.join(' | ') || e.message})`)
          })
        // Give a chart that is coming the time to finish; a view without charts simply has no mark.
        await page
          .waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK, { timeout: 3_000 * throttle })
          .catch(() => undefined)
        results.push(await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null), marks))
      } finally {
        page.off('pageerror', onError)
        if (mode === 'fresh') await context.close()
      }
    }
  } finally {
    await shared?.context.close()
  }
  return results
}

async function firstViewScripts(browser: Browser, url: string): Promise<{ file: string; raw: number; gzip: number }[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<{ file: string; raw: number; gzip: number } | null>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    bodies.push(
      response
        .body()
        .then((body) => ({ file: new URL(response.url()).pathname.split('/').pop()!, raw: body.length, gzip: gzipSync(body).length }))
        .catch(() => null),
    )
  })
  await page.goto(url)
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_VIEW_MARK, { timeout: 20_000 })
  await page.waitForLoadState('networkidle')
  await context.close()
  return (await Promise.all(bodies)).filter((b): b is { file: string; raw: number; gzip: number } => b !== null)
}

function fmt(s: Stats | null): string {
  return s ? `median ${s.median.toFixed(0)} ms  (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}, n=${s.n})` : 'not set (no chart on this view)'
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('building…')
    await buildApp(DIST)
  }
  const server = await serveStatic(DIST)
  const browser = await launchChromium()
  const failures: string[] = []
  try {
    const scripts = await firstViewScripts(browser, server.url + '#/')
    const gzipKb = scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024
    console.log(`\nJavaScript loaded by the first view (overview), ${scripts.length} files:`)
    for (const s of scripts) console.log(`  ${s.file.padEnd(32)} ${(s.raw / 1024).toFixed(1).padStart(7)} KB  gzip ${(s.gzip / 1024).toFixed(1).padStart(6)} KB`)
    console.log(`  total gzip ${gzipKb.toFixed(1)} KB (budget ${BUDGET.jsKb} KB)`)
    if (gzipKb > BUDGET.jsKb) failures.push(`first-view JS ${gzipKb.toFixed(1)} KB gzip > ${BUDGET.jsKb} KB`)

    const scenarios = [
      { name: 'overview', hash: '#/' },
      { name: 'explorer (cold URL)', hash: '#/explore?metric=gdp,cargo_volume,investment' },
    ]
    for (const mode of ['fresh', 'warm'] as Mode[]) {
      for (const throttle of [1, 4]) {
        const cpu = throttle === 1 ? 'CPU unthrottled' : `CPU throttled ${throttle}×`
        const process = mode === 'fresh' ? 'new browser context per load' : 'one renderer, cache disabled'
        console.log(`\n${cpu}, ${process}, ${RUNS} cold loads each:`)
        for (const scenario of scenarios) {
          const results = await loads(browser, server.url + scenario.hash, throttle, mode, RUNS)
          const view = results.map((r) => r[0]).filter((v): v is number => v !== null)
          const chart = results.map((r) => r[1]).filter((v): v is number => v !== null)
          const chartStats = stats(chart)
          console.log(`  ${scenario.name}`)
          console.log(`    first view  ${fmt(stats(view))}`)
          console.log(`    first chart ${fmt(chartStats)}`)
          const budget = throttle === 1 ? BUDGET.firstChartMs : BUDGET.firstChartThrottledMs
          if (chartStats && chartStats.median > budget) {
            failures.push(`${scenario.name} first chart at ${throttle}× (${mode}) ${chartStats.median.toFixed(0)} ms > ${budget} ms`)
          }
        }
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  console.log(failures.length ? `\nOVER BUDGET:\n  ${failures.join('\n  ')}` : '\nall within budget')
  process.exitCode = failures.length ? 1 : 0
}

await main()
