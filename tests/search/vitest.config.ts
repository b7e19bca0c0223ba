import { defineConfig } from 'vitest/config'

/** Runs the search tests alone, without the app's Vite plugins (useful while other stages are mid-change). */
export default defineConfig({
  test: { include: ['tests/search/**/*.test.ts'], environment: 'node', root: new URL('../..', import.meta.url).pathname },
})
