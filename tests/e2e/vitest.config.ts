import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

/** Browser tests in real headless Chromium against the production build (see globalSetup.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Chromium at a time: the CI machine is small and the tests share one server.
    fileParallelism: false,
  },
})
