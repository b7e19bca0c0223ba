import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Dataset } from '../../src/model'
import { INDICATORS } from '../../src/pipeline/lexicon/indicators'

/**
 * Synthetic Chinese news for the search bench: seed sentences shuffled and recombined into ~800-character
 * articles, with generated place names and numbers, so the corpus grows to 100k documents with the vocabulary
 * and rhythm of the real pages. Deterministic for a given size.
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname

export function seedSentences(): string[] {
  const sentences: string[] = []
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS_DIR, name), 'utf8')
    for (const s of text.split(/(?<=[。！？])|\n+/)) {
      const t = s.trim()
      if ((t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 12) sentences.push(t)
    }
  }
  return sentences
}

const PLACE_CHARS = '阿巴查达额尔噶哈杭呼吉喀克拉莫那乌锡扎图格林郭勒浩特泉河沟山川源宝丰和兴安宁昌盛德信义仁康泰华丰茂隆'
const SUFFIXES = ['市', '旗', '县', '镇', '苏木', '嘎查', '区']

export function placeNames(count: number, random: () => number): string[] {
  const names = new Set<string>()
  while (names.size < count) {
    const len = 2 + Math.floor(random() * 2)
    let n = ''
    for (let i = 0; i < len; i++) n += PLACE_CHARS[Math.floor(random() * PLACE_CHARS.length)]
    names.add(n + SUFFIXES[Math.floor(random() * SUFFIXES.length)])
  }
  return [...names]
}

const REGIONS = [
  ['150100', '呼和浩特市'],
  ['150200', '包头市'],
  ['150600', '鄂尔多斯市'],
  ['150400', '赤峰市'],
  ['152500', '锡林郭勒盟'],
]

function randomNumber(random: () => number): string {
  const whole = Math.floor(random() ** 2 * 20000)
  return random() < 0.4 ? `${whole}.${Math.floor(random() * 10)}` : String(whole)
}

export interface SyntheticCorpus {
  dataset: Dataset
  places: string[]
  /** Headline + '\n' + body of each article, what every engine indexes. */
  texts: string[]
}

export function syntheticCorpus(size: number, seed = 42): SyntheticCorpus {
  const random = rng(seed + size)
  const sentences = seedSentences()
  const places = placeNames(Math.max(50, Math.floor(size / 20)), random)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const articles: Article[] = []
  const texts: string[] = []
  for (let i = 0; i < size; i++) {
    const place = pick(places)
    let body = ''
    while (body.length < 800) {
      let s = pick(sentences).replace(/\d+(?:\.\d+)?/g, () => randomNumber(random))
      if (random() < 0.3) s = place + s
      else if (random() < 0.2) s = s.replace(/全区|全市|我市|该市|全旗/, pick(places))
      body += s
    }
    const headline = place + pick(sentences).replace(/[，。！？、“”].*$/s, '').slice(0, 16)
    const [code, name] = pick(REGIONS)
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    articles.push({
      id: `s${i}`,
      file: `s${i}.txt`,
      headline,
      kicker: '',
      byline: '',
      dateline: '',
      date: `${2020 + Math.floor(random() * 6)}-${month}-${day}`,
      paper: '内蒙古日报',
      region: { code, name },
      start: 0,
      end: body.length,
      text: body,
      continuation: [],
    })
    texts.push(`${headline}\n\n${body}`)
  }
  return { dataset: { schemaVersion: 1, figures: [], articles, files: [], metrics: [], indicators: [] }, places, texts }
}

export interface BenchQuery {
  q: string
  kind: 'word' | 'place' | 'indicator' | 'number+unit' | 'number' | 'mixed'
}

/** Indicator names of the catalogue and the words its rules read (生产总值, 货运量 …), as readers type them. */
export function indicatorNames(): string[] {
  const names = new Set<string>()
  for (const rule of INDICATORS) {
    names.add(rule.zh)
    for (const alt of rule.names.source.split('|')) if (/^\p{Script=Han}{2,}$/u.test(alt)) names.add(alt)
  }
  return [...names]
}

/**
 * 240 queries: 80 Han substrings of 2–4 characters cut from the texts, 40 place names, 30 indicator names, 30
 * numbers with their unit as written (3022亿元, 12.5万吨), 30 numbers alone (3022, 12.5) and 30 mixed queries of
 * two terms (a place or an indicator with a number or a word: 格泰区 3022亿元).
 */
export function benchQueries(corpus: SyntheticCorpus, seed = 7): BenchQuery[] {
  const random = rng(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const queries: BenchQuery[] = []
  const word = () => {
    for (;;) {
      const runs = pick(corpus.texts).match(/\p{Script=Han}{4,}/gu) ?? []
      const run = runs.length ? pick(runs) : ''
      if (!run) continue
      const len = 2 + Math.floor(random() * 3)
      const at = Math.floor(random() * (run.length - len + 1))
      return run.slice(at, at + len)
    }
  }
  const numberWithUnit = () => {
    for (;;) {
      const m = pick(corpus.texts).match(/\d+(?:\.\d+)?(?:万吨|亿元|万元|万千瓦|万人|个|项|%)/g)
      if (m) return pick(m)
    }
  }
  const text = corpus.texts.join('\n')
  const indicators = indicatorNames().filter((n) => text.includes(n))
  for (let i = 0; i < 80; i++) queries.push({ q: word(), kind: 'word' })
  for (let i = 0; i < 40; i++) queries.push({ q: pick(corpus.places), kind: 'place' })
  for (let i = 0; i < 30; i++) queries.push({ q: pick(indicators), kind: 'indicator' })
  for (let i = 0; i < 30; i++) queries.push({ q: numberWithUnit(), kind: 'number+unit' })
  for (let i = 0; i < 30; i++) queries.push({ q: numberWithUnit().replace(/[^\d.]+$/, ''), kind: 'number' })
  for (let i = 0; i < 30; i++) {
    const first = random() < 0.5 ? pick(corpus.places) : pick(indicators)
    const second = random() < 0.5 ? numberWithUnit() : word()
    queries.push({ q: `${first} ${second}`, kind: 'mixed' })
  }
  return queries
}
