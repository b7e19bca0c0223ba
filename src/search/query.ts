import type { MetricInfo } from '../model/index.ts'
import type { NameGroup } from './schema.ts'
import { foldText, splitRuns } from './tokenize.ts'

/** One term of a query and the strings that satisfy it (the term itself first, then aliases), all folded. */
export interface QueryTerm {
  text: string
  variants: string[]
  /** No Han character: matched by word, prefix and typo tolerance rather than by substring. */
  latin: boolean
  /** The last term of the query, which the user may still be typing: matched as a prefix. */
  last: boolean
  /** Regions whose names hold the term (exact: one of their names is the term), for documents about them. */
  regions: { code: string; exact: boolean }[]
}

const SEPARATORS = /[\s、，,；;。！!？?：:（）()《》“”"'‘’【】[\]]+/

/**
 * Splits a query into terms: at spaces and punctuation, and where Han text meets a Latin word (包头GDP → 包头,
 * gdp), but not where it meets a number (450万吨 stays one term, as the number and its unit are written together).
 */
export function splitTerms(query: string): string[] {
  const terms: string[] = []
  for (const piece of foldText(query).split(SEPARATORS)) {
    if (!piece) continue
    const runs = splitRuns(piece)
    if (runs.length === 0) continue
    let start = 0
    for (let i = 1; i < runs.length; i++) {
      const a = runs[i - 1]
      const b = runs[i]
      const lettered = (r: typeof a) => r.kind === 'word' && /[a-z]/.test(r.text)
      if (a.kind !== b.kind && (lettered(a) || lettered(b))) {
        terms.push(piece.slice(start, b.start).trim())
        start = b.start
      }
    }
    terms.push(piece.slice(start).trim())
  }
  return terms.filter((t) => splitRuns(t).length > 0)
}

/** Optimal string alignment distance, capped: enough to forgive one typo or one swap in a pinyin name. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) rows.push([i])
  for (let j = 0; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1)
      rows[i][j] = d
    }
  }
  return rows[a.length][b.length]
}

/** Expands a term to the other names of what it names: a region's aliases, a metric's Chinese name. */
export class QueryExpander {
  private readonly byHanForm = new Map<string, NameGroup[]>()
  private readonly latinForms: { form: string; group: NameGroup }[] = []
  private readonly metricWords: { word: string; metric: MetricInfo }[] = []

  constructor(regions: NameGroup[], metrics: MetricInfo[]) {
    for (const g of regions) {
      for (const form of g.forms) {
        const key = foldText(form)
        this.byHanForm.set(key, [...(this.byHanForm.get(key) ?? []), g])
      }
      for (const form of g.latin) this.latinForms.push({ form: form.replace(/ /g, ''), group: g })
    }
    for (const m of metrics) {
      const en = foldText(m.en)
      const words = new Set([...en.split(/[^a-z0-9]+/), en.replace(/[^a-z0-9]/g, ''), ...m.key.split('_'), m.key.replace(/_/g, '')])
      for (const word of words) if (word.length >= 2) this.metricWords.push({ word, metric: m })
    }
  }

  /** Regions the term names: a Han term inside one of their names, a Latin term as their pinyin or English name. */
  regionsFor(term: string, last: boolean): { code: string; exact: boolean }[] {
    const found = new Map<string, boolean>()
    const note = (code: string, exact: boolean) => found.set(code, (found.get(code) ?? false) || exact)
    if (isLatinWord(term)) {
      for (const { form, group } of this.latinForms) if (latinMatches(term, form, last)) note(group.code, form === term)
    } else {
      for (const [form, groups] of this.byHanForm) if (form.includes(term)) for (const g of groups) note(g.code, form === term)
    }
    return [...found].map(([code, exact]) => ({ code, exact }))
  }

  expand(term: string, last: boolean): string[] {
    const variants = [term]
    const add = (forms: string[]) => {
      for (const f of forms) {
        const folded = foldText(f)
        if (!variants.includes(folded)) variants.push(folded)
      }
    }
    if (isLatinWord(term)) {
      for (const { form, group } of this.latinForms) if (latinMatches(term, form, last)) add(group.forms)
      for (const { word, metric } of this.metricWords) {
        if (word === term || (last && term.length >= 3 && word.startsWith(term))) add([metric.zh])
      }
    } else {
      for (const group of this.byHanForm.get(term) ?? []) add(group.forms)
    }
    return variants
  }
}

function isLatinWord(term: string): boolean {
  return /[a-z]/.test(term) && !/[^a-z0-9]/.test(term)
}

/** A Latin term names a Latin form exactly, as its start while being typed, or with one typo. */
function latinMatches(term: string, form: string, last: boolean): boolean {
  return form === term || (last && term.length >= 3 && form.startsWith(term)) || (term.length >= 5 && editDistance(term, form, 1) <= 1)
}

export function parseQuery(query: string, expander: QueryExpander): QueryTerm[] {
  const texts = splitTerms(query)
  // Typing goes on at the end of the query, so only a query that does not end in a space has an unfinished term.
  const typing = !/\s$/.test(query)
  return texts.map((text, i) => {
    const last = typing && i === texts.length - 1
    return {
      text,
      variants: expander.expand(text, last),
      latin: !splitRuns(text).some((r) => r.kind === 'han'),
      last,
      regions: expander.regionsFor(text, last),
    }
  })
}
