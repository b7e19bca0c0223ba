import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

/**
 * The app's unit tests alone, without the dataset plugin of vite.config.ts (which runs the pipeline).
 * `npm test` runs them too through the root config; this one is for working on the app in isolation.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/app/**/*.test.ts'], environment: 'node' },
})
