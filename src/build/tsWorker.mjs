// Starts a TypeScript worker module through tsx's scoped loader: a worker does not inherit the loader that
// runs the main thread's TypeScript (tsx, Vite's config loader, Vitest), and Node 20 ignores `--import tsx`
// for a worker's entry file.
import { workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

await tsImport(workerData.entry, import.meta.url)
