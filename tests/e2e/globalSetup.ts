import type { TestProject } from 'vitest/node'
import { buildApp, DIST, serveStatic } from './helpers'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
  }
}

/** Builds dist/ once for all browser tests (E2E_SKIP_BUILD=1 reuses an existing build) and serves it. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') await buildApp(DIST)
  const server = await serveStatic(DIST)
  project.provide('baseUrl', server.url)
  project.provide('distDir', DIST)
  return () => server.close()
}
