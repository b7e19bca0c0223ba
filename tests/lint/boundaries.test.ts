import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The import boundaries of src/ (eslint-rules/boundaries.js) run through `npx eslint .` with the project's own
 * config: each bad import below must fail it, and each good one pass. The files are virtual (lintText), so no bad
 * import ever sits in the tree.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` })
  return result.messages.filter((m) => m.ruleId === 'nmg/boundaries').map((m) => m.message)
}

const BAD: [file: string, code: string][] = [
  ['src/app/stores/bad.ts', "import { parseEmbedHash } from '../../embed/frame.ts'\nexport const x = parseEmbedHash"],
  ['src/app/components/Bad.vue', "<script setup lang=\"ts\">\nimport EmbedRoot from '../../embed/EmbedRoot.vue'\nvoid EmbedRoot\n</script>\n<template><div /></template>\n"],
  ['src/app/bad.ts', "export const load = () => import('../embed/view.ts')"],
  ['src/model/bad.ts', "export { createRegionMap } from '../pipeline/regions.ts'"],
  ['src/model/bad.ts', "import type { Lang } from '../app/i18n/lang.ts'\nexport type L = Lang"],
  ['src/pipeline/bad.ts', "import { buildSearchIndex } from '../search/build.ts'\nexport const b = buildSearchIndex"],
  ['src/pipeline/bad.ts', "export * from '../app/url/param.ts'"],
  ['src/pipeline/lexicon/bad.ts', "import { extractPages } from '../../build/extractPages.ts'\nexport const e = extractPages"],
  ['src/search/bad.ts', "import { divisionTable } from '../pipeline/divisions.ts'\nexport const d = divisionTable"],
  ['src/search/bad.ts', "import { translate } from '../app/i18n/messages.ts'\nexport const t = translate"],
]

const GOOD: [file: string, code: string][] = [
  ['src/app/good.ts', "import { METRIC_KEY } from '../model/index.ts'\nimport { tokenize } from '../search/tokenize.ts'\nexport const g = [METRIC_KEY, tokenize]"],
  ['src/app/components/good.ts', "import { heightFor } from './embed/hostFrames.ts'\nexport const h = heightFor"],
  ['src/embed/good.ts', "import { parseEmbedHash } from '../app/url/embed.ts'\nexport const p = parseEmbedHash"],
  ['src/search/good.ts', "import { divisionTable } from '../model/divisions.ts'\nexport const d = divisionTable"],
  ['src/build/good.ts', "import { createRegionMap } from '../pipeline/regions.ts'\nexport const c = createRegionMap"],
]

describe('import boundaries of src/', () => {
  // Loading the config (typescript-eslint, the Vue parser) takes seconds on a busy machine: once, up front.
  beforeAll(async () => {
    await boundaryErrors('src/app/warm-up.ts', 'export {}')
  }, 120_000)

  it.each(BAD)('fail on %s importing across a boundary', async (file, code) => {
    const errors = await boundaryErrors(file, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^src\/\w+ may not import src\/\w+/)
  }, 30_000)

  it.each(GOOD)('pass on %s importing the way imports run', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([])
  }, 30_000)
})
