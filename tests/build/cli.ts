import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourcesJson } from '../../src/model'
import type { CorpusFile } from '../../src/pipeline/dataset'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

export interface Run {
  status: number | null
  stdout: Buffer
  stderr: string
}

/** `npm run <script> -- …` without npm: a command of src/cli as its own process, as a user or a job runner starts it. */
export function cli(command: 'extract' | 'merge', args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`src/cli/${command}.ts`, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }))
  })
}

export function writeFolder(dir: string, files: CorpusFile[], sources?: SourcesJson): string {
  mkdirSync(dir, { recursive: true })
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes)
  if (sources) writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources))
  return dir
}
