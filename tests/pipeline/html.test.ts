import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/model/validate'
import { extractCorpus } from '../../src/pipeline/dataset'
import { htmlText } from '../../src/pipeline/html'

const enc = new TextEncoder()
const PAGE = `<!DOCTYPE html><html><head><title>t</title><script>var s = "地区生产总值999亿元"</script></head>
<body><div class="nav">首页 &gt; 要闻</div><h1>某盟经济稳中有进</h1>
<p>本报4月20日讯&nbsp;今年一季度,全盟地区生产总值<b>412.5</b>亿元,同比增长5.6%。</p><!-- 访问量 1234 -->
<p>其中,第一产业增加值20.1&#20159;元。</p></body></html>`

describe('HTML pages', () => {
  it('reads the text a reader sees, with offsets into the .html file', () => {
    const view = htmlText(PAGE)
    expect(view.text).toContain('全盟地区生产总值412.5亿元')
    expect(view.text).not.toContain('999亿元')
    expect(view.text).not.toContain('1234')
    for (let k = 0; k < view.text.length; k++) {
      const ch = view.text[k]
      if (/[\u4e00-\u9fff0-9]/.test(ch) && PAGE[view.origin[k]] !== ch) expect(PAGE.slice(view.origin[k], view.origin[k] + 8)).toMatch(/^&#/)
    }
  })

  it('extracts an .html page like a .txt one, quotes verbatim from the file, and ids stay unique beside a .txt of the same name', () => {
    const text = '本报4月20日讯 今年一季度,全盟地区生产总值412.5亿元,同比增长5.6%。'
    const dataset = extractCorpus(
      [
        { name: 'p.html', bytes: enc.encode(PAGE) },
        { name: 'p.txt', bytes: enc.encode(text) },
      ],
      { sources: { 'p.html': { date: '2024-04-20' }, 'p.txt': { date: '2024-04-20' } } },
    )
    const html = dataset.figures.filter((f) => f.source.file === 'p.html')
    expect(html.map((f) => `${f.metric} ${f.value} ${f.raw}`)).toEqual(['gdp 41250000000 412.5亿元', 'gdp 5.6 5.6%', 'value_added 2010000000 20.1亿元'])
    for (const f of html) expect(PAGE.slice(f.source.quoteOffset, f.source.quoteOffset + f.source.quote.length)).toBe(f.source.quote)
    expect(html[0].period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' })
    const ids = dataset.figures.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(validateDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true)
  })
})

describe('numbers that cannot be figures', () => {
  it('a run of thousands of digits is set aside as too long, never a figure with an infinite value', () => {
    const dataset = extractCorpus([{ name: 'x.txt', bytes: enc.encode(`全年地区生产总值${'9'.repeat(5000)}亿元。`) }])
    expect(dataset.figures).toEqual([])
    expect(dataset.files[0].setAside.map((s) => s.reason)).toContain('too-long')
  })
})

describe('reposts', () => {
  it('a kicker that repeats the headline word for word gives each line its own figure and id', () => {
    const line = '某口岸前2个月进出口货运量达120.5万吨'
    const dataset = extractCorpus([{ name: 'r.txt', bytes: enc.encode(`${line}\n\n${line}\n\n中新网某地3月16日电 今年前2个月,某口岸进出口货运量达120.5万吨。`) }])
    const ids = dataset.figures.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(validateDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true)
  })
})
