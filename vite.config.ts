import type { LogLevel, Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { datasetPlugin } from './src/build/datasetPlugin.ts'
import { CATALOGUE_PATH } from './src/model/shards.ts'
import { buildStandalone } from './src/build/standalone.ts'
import { compileHints } from './src/build/compileHints.ts'
import { bootShell } from './src/build/bootShell.ts'
import { buildEmbedScripts } from './src/embed/build.ts'
import { writeServiceWorker } from './src/sw/build.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * After the site is written: the embed page and scripts (dist/embed.html, dist/embed/), the single-file offline build (dist/standalone.html,
 * when the corpus fits: else the build says so and what to use instead)
 * and, last, the service worker, whose precache list and cache name come from every file written before it.
 * The site's index.html gets the worker's registration; standalone.html and embed.html do not.
 */
function offlineAndEmbeds(): Plugin {
  let outDir = ''
  let logLevel: LogLevel = 'warn'
  return {
    name: 'nmg-offline-and-embeds',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      logLevel = config.logLevel ?? 'warn'
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, ctx) =>
        ctx.filename.endsWith('index.html') ? [{ tag: 'script', attrs: { type: 'module', src: '/src/sw/register.ts' }, injectTo: 'body' }] : [],
    },
    async closeBundle(error?: Error) {
      // After a failed bundle (a dataset that violates its schema) the offline build has nothing to inline:
      // stepping aside keeps the first error the one reported, not a missing file of this step.
      if (error || !existsSync(resolve(outDir, CATALOGUE_PATH))) return
      await buildEmbedScripts(root, outDir, logLevel, [compileHints()])
      await buildStandalone(root, outDir, logLevel)
      await writeServiceWorker(root, outDir, logLevel)
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [vue({ features: { optionsAPI: false } }), bootShell(), datasetPlugin(), compileHints(), offlineAndEmbeds()],
  build: {
    // One stylesheet (24 KB, 5 KB gzipped), linked from index.html and fetched beside the entry script. Split per
    // view, a link opened on a view made its code wait for that view's sheets, each added at run time, then a
    // style recalculation of the page already drawn.
    cssCodeSplit: false,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/messages.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
})
