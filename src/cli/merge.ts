import { readShardDirs } from '../build/shardDir.ts'
import { finish, run, writeDataset } from './output.ts'

const USAGE = 'usage: npm run merge -- <folder>… [--out <file.json>] [--report] [--strict]'

async function main(): Promise<number> {
  const dirs: string[] = []
  let out: string | null = null
  let report = false
  let strict = false
  const argv = process.argv.slice(2)
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--out') out = argv[++i] ?? ''
    else if (a.startsWith('--out=')) out = a.slice(6)
    else if (a === '--report') report = true
    else if (a === '--strict') strict = true
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`)
    else dirs.push(a)
  }
  if (dirs.length === 0) throw new Error(`no folders to merge\n${USAGE}`)
  if (out === '') throw new Error(`--out needs a file name\n${USAGE}`)
  const { records, fields } = await readShardDirs(dirs)
  for (const record of records) for (const note of record.notes) console.error(note)
  await writeDataset(records, fields, out)
  return finish(records, fields, { out, report, strict })
}

run('merge', main)
