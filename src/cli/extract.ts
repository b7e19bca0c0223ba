import { writeFile } from 'node:fs/promises'
import { CorpusError, readCorpusDir } from '../build/corpus'
import { extractCorpus } from '../pipeline/dataset'
import { reportTable } from '../pipeline/report'

const USAGE = 'usage: npm run extract -- <input-dir> --out <file.json> [--report] [--strict]'

interface Args {
  input: string
  out: string | null
  report: boolean
  strict: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { input: '', out: null, report: false, strict: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--out') args.out = argv[++i] ?? ''
    else if (a.startsWith('--out=')) args.out = a.slice(6)
    else if (a === '--report') args.report = true
    else if (a === '--strict') args.strict = true
    else if (a.startsWith('--')) throw new CorpusError(`unknown option ${a}\n${USAGE}`)
    else if (!args.input) args.input = a
    else throw new CorpusError(`unexpected argument ${a}\n${USAGE}`)
  }
  if (!args.input) throw new CorpusError(`missing <input-dir>\n${USAGE}`)
  if (args.out === '') throw new CorpusError(`--out needs a file name\n${USAGE}`)
  return args
}

async function main(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the extraction.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  const args = parseArgs(process.argv.slice(2))
  const corpus = await readCorpusDir(args.input)
  const dataset = extractCorpus(corpus.files, { sources: corpus.sources, log: (m) => console.error(m) })
  const json = JSON.stringify(dataset, null, 1) + '\n'
  if (args.out) await writeFile(args.out, json)
  else process.stdout.write(json)
  const skipped = dataset.files.filter((f) => f.status === 'skipped')
  console.error(
    `${dataset.files.length} files (${skipped.length} skipped), ${dataset.articles.length} articles, ${dataset.figures.length} figures` +
      (args.out ? ` -> ${args.out}` : ''),
  )
  if (args.report) console.error(reportTable(dataset))
  if (args.strict && skipped.length > 0) {
    console.error(`--strict: ${skipped.length} file(s) skipped: ${skipped.map((f) => f.file).join(', ')}`)
    return 2
  }
  return 0
}

// exitCode, not process.exit(): exiting at once cuts JSON written to a pipe at 64 KB.
main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
