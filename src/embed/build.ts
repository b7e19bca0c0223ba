import vue from '@vitejs/plugin-vue'
import { basename, dirname, join } from 'node:path'
import { build, type InlineConfig, type LogLevel, type PluginOption } from 'vite'
import { ELEMENT_SCRIPT_PATH, FRAME_PAGE_PATH, LOADER_SCRIPT_PATH } from '../app/components/embed/paths.ts'

/**
 * Builds what other sites use, each apart from the dashboard so the dashboard's own chunks stay as they are:
 * - embed.html, the iframe page;
 * - embed/nmg-chart.js, the custom element: an ES module whose map and pinyin code load on demand from
 *   embed/chunks/ (relative to the script, so any path works), every component compiled in custom-element mode so
 *   its styles go into the shadow root instead of the document;
 * - embed/loader.js, the optional classic script that sizes iframes.
 *
 * `plugins` are added to the iframe page's and the element's builds (the dashboard's compile hints: the first chart
 * of an embed is the same work as the dashboard's).
 */
export async function buildEmbedScripts(root: string, outDir: string, logLevel: LogLevel = 'warn', plugins: PluginOption[] = []): Promise<void> {
  const common: InlineConfig = {
    configFile: false,
    root,
    logLevel,
    publicDir: false,
  }
  const embedDir = join(outDir, dirname(ELEMENT_SCRIPT_PATH))
  // The element imports the English messages outright (an embed speaks its options' language from the first render),
  // so the dashboard's on-demand import of them has nothing to split off here: intended, not worth a warning.
  const onwarn = (warning: { code?: string; message: string }, warn: (w: never) => void) => {
    if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && warning.message.includes('messages.en')) return
    warn(warning as never)
  }
  await build({
    ...common,
    base: './',
    plugins: [vue(), ...plugins],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      chunkSizeWarningLimit: 800,
      rolldownOptions: { input: join(root, FRAME_PAGE_PATH), onwarn },
    },
  })
  await build({
    ...common,
    plugins: [vue({ features: { customElement: true } }), ...plugins],
    build: {
      outDir: embedDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // An application build, not library mode: full minification, and no preload links added to the host page.
      modulePreload: false,
      // Vue and the ECharts modules the charts need, in one file; tests/bench/size.bench.ts holds the budget.
      chunkSizeWarningLimit: 800,
      rolldownOptions: {
        input: join(root, 'src/embed/element.ts'),
        preserveEntrySignatures: false,
        onwarn,
        output: { entryFileNames: basename(ELEMENT_SCRIPT_PATH), chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  })
  await build({
    ...common,
    build: {
      outDir: embedDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry: join(root, 'src/embed/loader.ts'), formats: ['iife'], name: 'nmgEmbedLoader', fileName: () => basename(LOADER_SCRIPT_PATH) },
    },
  })
}
