/**
 * Shared by the browser tests and the benchmarks: build the app once, serve dist/ on 127.0.0.1 with a tiny
 * static server, drive the system's Chromium through playwright-core (never a downloaded browser).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import type { Dataset } from '../../src/model'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist')
export const SHOTS_DIR = process.env.E2E_SHOTS ?? '/tmp/shots'
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The policy the dashboard must run under: no eval, no inline script or style, nothing from other origins. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Production build with the project's vite.config.ts (which runs the pipeline on seeds/). Vitest sets
 * NODE_ENV=test, and Vite keeps an existing NODE_ENV: without forcing it the build would be a development
 * one (import.meta.env.DEV true, Vue's dev runtime), not what users get.
 */
export async function buildApp(outDir = DIST): Promise<string> {
  const { build } = await import('vite')
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: ROOT,
      mode: 'production',
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = previous
  }
  return outDir
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export interface ServeOptions {
  port?: number
  /** Extra response headers, e.g. a Content-Security-Policy to test the build under. */
  headers?: Record<string, string>
}

/** Serves a directory read-only; `/` is index.html; nothing outside the directory is reachable. */
export function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, headers = {} } = options
  const root = resolve(dir)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0])
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path))
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return { page, errors }
}

export function readDataset(distDir = DIST): Dataset {
  return JSON.parse(readFileSync(join(distDir, 'data', 'dataset.json'), 'utf8')) as Dataset
}

/** How many colours a chart's canvas shows (sampled): more than a few means a chart is drawn, not an empty box. */
export async function canvasColours(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const canvas = el.querySelector('canvas')
    if (!canvas || canvas.width === 0) return 0
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    const colours = new Set<number>()
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2])
    return colours.size
  })
}
