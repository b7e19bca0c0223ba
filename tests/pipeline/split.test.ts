import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/pipeline/normalize'
import { paragraphs, splitArticles, splitSentences, type ArticleSpan, type Sentence } from '../../src/pipeline/split'
import type { TextView } from '../../src/pipeline/text'

const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url))
const fixtureDir = fileURLToPath(new URL('./fixtures/', import.meta.url))
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt'))

function load(dir: string, prefix: string): { raw: string; page: TextView; articles: ArticleSpan[] } {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no file ${prefix} in ${dir}`)
  const raw = readFileSync(dir + file, 'utf8')
  const page = normalize(raw)
  return { raw, page, articles: splitArticles(page) }
}
const seed = (prefix: string) => load(seedDir, prefix)
const fixture = (name: string) => load(fixtureDir, name)

function byHeadline(articles: ArticleSpan[], headline: string): ArticleSpan {
  const found = articles.find((a) => a.headline === headline)
  if (!found) throw new Error(`no article ${headline}; have ${articles.map((a) => a.headline).join(' / ')}`)
  return found
}

function bodySentences(page: TextView, article: ArticleSpan): Sentence[] {
  return splitSentences(page, article.bodyStart, article.bodyEnd)
}

function allSentences(page: TextView, articles: ArticleSpan[]): Sentence[] {
  return articles.flatMap((a) => bodySentences(page, a))
}

/** The headlines of each seed page, in page order: golden data for the whole seed pages, like the figures beside it. */
const SEED_HEADLINES: Record<string, string[]> = JSON.parse(
  readFileSync(fileURLToPath(new URL('./golden/seed-headlines.json', import.meta.url)), 'utf8'),
)

describe('splitArticles on the seeds', () => {
  it.each(Object.keys(SEED_HEADLINES))('finds the headlines of seed %s in page order', (prefix) => {
    expect(seed(prefix).articles.map((a) => a.headline)).toEqual(SEED_HEADLINES[prefix])
  })
})

// Invented pages in the layouts of the seeds: split-daily (000), split-mixed (001, 002), split-city (003, 004).
describe('splitArticles on invented pages laid out like the seeds', () => {
  const daily = fixture('split-daily')
  const mixed = fixture('split-mixed')
  const city = fixture('split-city')

  it('reads datelines', () => {
    expect(byHeadline(mixed.articles, '策克口岸进出口货运量突破450万吨').dateline).toBe('本报阿拉善5月18日电(记者 其其格)')
    expect(byHeadline(daily.articles, '「暖阳行动」推动中医药服务进社区').dateline).toBe('本报5月20日讯(记者 王丽娜)')
    expect(byHeadline(mixed.articles, '“醉美草原”阿尔山向首府游客发出邀请').dateline).toBe('本报呼和浩特5月20日讯(记者 赵文静)')
    expect(byHeadline(city.articles, '全市通过“一卡通”发放惠民资金98215.37万元').dateline).toBe('本报讯(记者 宋红梅)')
    expect(byHeadline(mixed.articles, '超薄铜箔诞生记').dateline).toBe('')
  })

  it('takes a short first line as the kicker and a —— line as the subtitle', () => {
    expect(byHeadline(city.articles, '全市通过“一卡通”发放惠民资金98215.37万元').kicker).toBe('截至4月底')
    expect(byHeadline(city.articles, '包头市第三届 新时代文明实践项目大赛启动').kicker).toBe('文明实践进行时')
    expect(byHeadline(city.articles, '点亮“微网格” 绘就幸福图景').kicker).toBe('——全市党建引领社区治理现场会观摩侧记')
    expect(byHeadline(mixed.articles, '锡林郭勒盟高纯金属材料产业化项目开工').kicker).toBe('总投资36亿元 填补区内空白')
    expect(byHeadline(city.articles, '王爱召镇:“四议两公开”赋能村级治理').kicker).toBe('打通乡村善治“最后一公里”')
  })

  it('reads bylines: reporter lines, photo credits, closing author marks and an author with title', () => {
    expect(byHeadline(daily.articles, '广场上的小“电”驴').byline).toBe('□本报记者 刘红梅')
    expect(byHeadline(city.articles, '点亮“微网格” 绘就幸福图景').byline).toBe('●本报记者 张晓燕 实习记者 李娜')
    expect(byHeadline(daily.articles, '科创园区迎新客').byline).toBe('本报记者 萨仁 摄')
    expect(byHeadline(mixed.articles, '小院“方寸地”成了增收“钱袋子”').byline).toBe('(王海军)')
    expect(byHeadline(city.articles, '牢记嘱托勇担使命 奋力谱写高质量发展新篇章').byline).toBe('李明华 乌兰察布市委书记、市人大常委会主任')
  })

  it('collects continuation markers', () => {
    expect(byHeadline(mixed.articles, '前三季度乌兰察布市地区生产总值1386.2亿元').continuation).toEqual(['上接第1版'])
    expect(byHeadline(city.articles, '科技创新“破题”“破”出发展新路').continuation).toEqual(['上接第1版'])
    expect(byHeadline(daily.articles, '巴图:半生扎根守牧场').continuation).toEqual(['下转第5版'])
  })

  it('gives a headline and byline printed after their text to the text before them', () => {
    const { page, articles } = daily
    const a = byHeadline(articles, '用心服务解难题 优化环境促发展')
    expect(a.kicker).toBe('全盟各地各部门扎实推进营商环境专项整治')
    expect(a.byline).toBe('□本报记者 高娃 王海军 其其格')
    const body = page.text.slice(a.bodyStart, a.bodyEnd)
    expect(body).toContain('乌兰察布市商务局围绕')
    expect(body).toContain('四子王旗组织工作组')
    expect(body).not.toContain('用心服务解难题')
    expect(page.text.slice(a.bodyEnd, a.end)).toContain('用心服务解难题 优化环境促发展')

    const herder = byHeadline(articles, '巴图:半生扎根守牧场')
    expect(herder.kicker).toBe('草原深处党旗红')
    expect(herder.byline).toBe('□本报记者 乌日娜')
    expect(page.text.slice(herder.bodyStart, herder.bodyEnd)).toContain('巴图笑着说')
  })

  it('keeps photo captions and section labels from swallowing the next article', () => {
    const photo = byHeadline(daily.articles, '科创园区迎新客')
    expect(daily.page.text.slice(photo.bodyStart, photo.bodyEnd)).not.toContain('媒体融合')
    const flowers = byHeadline(mixed.articles, '赏花')
    expect(mixed.page.text.slice(flowers.start, flowers.end)).not.toContain('外媒看北疆')
    expect(byHeadline(daily.articles, '「暖阳行动」推动中医药服务进社区').kicker).toBe('奋进新征程')
    const history = byHeadline(daily.articles, '二连浩特国际运输通道')
    expect(daily.page.text.slice(history.bodyStart, history.bodyEnd)).toMatch(/作出了重要贡献。\(任晓燕\)$/)
    expect(history.byline).toBe('(任晓燕)')
  })

  it('does not take a paragraph cut by the column end for a headline', () => {
    const { page, articles } = mixed
    const a = byHeadline(articles, '乌兰察布市以便民服务“提质” 为群众办事“提速”')
    expect(page.text.slice(a.bodyStart, a.bodyEnd)).toMatch(/化解邻里纠纷、办理$/)
    expect(byHeadline(articles, '青少年科普巡讲活动走进我区中学').kicker).toBe('')
  })
})

describe('splitArticles invariants', () => {
  const pages = [
    ...seedFiles.map((f) => ({ name: f, ...load(seedDir, f) })),
    ...['split-layout', 'split-column-label', 'split-no-headline', 'split-daily', 'split-mixed', 'split-city'].map((f) => ({ name: f, ...fixture(f) })),
  ]

  it.each(pages.map((p) => [p.name, p] as const))('%s: articles are ordered, disjoint and cover every non-blank line', (_name, { page, articles }) => {
    expect(articles.length).toBeGreaterThan(0)
    let previousEnd = 0
    for (const a of articles) {
      expect(a.start).toBeGreaterThanOrEqual(previousEnd)
      expect(a.start).toBeLessThanOrEqual(a.bodyStart)
      expect(a.bodyStart).toBeLessThanOrEqual(a.bodyEnd)
      expect(a.bodyEnd).toBeLessThanOrEqual(a.end)
      previousEnd = a.end
    }
    let at = 0
    for (const line of page.text.split('\n')) {
      const offset = line.search(/\S/)
      if (offset >= 0) {
        const pos = at + offset
        expect(articles.some((a) => a.start <= pos && pos < a.end), `line not in any article: ${line}`).toBe(true)
      }
      at += line.length + 1
    }
  })

  it.each(pages.map((p) => [p.name, p] as const))('%s: headlines are never body sentences', (_name, { page, articles }) => {
    const sentences = new Set(allSentences(page, articles).map((s) => s.text))
    for (const a of articles) {
      expect(a.headline).not.toMatch(/[。,;!?]./)
      expect(sentences.has(a.headline)).toBe(false)
    }
  })

  it.each(pages.map((p) => [p.name, p] as const))('%s: every figure of a body paragraph reaches a sentence', (_name, { raw, page, articles }) => {
    const covered = new Set<number>()
    for (const s of allSentences(page, articles)) for (const o of s.origin) covered.add(o)
    let at = 0
    for (const line of page.text.split('\n')) {
      if (line.includes('。')) {
        const skip = /^\s*(?:本报|新华社)[^(。]{0,12}[讯电](?:\([^)]*\))?|(?:■\s*)?\(?(?:上接|下转)第\d+版\)?/g
        const masked = line.replace(skip, (m) => ' '.repeat(m.length))
        for (let k = 0; k < masked.length; k++) {
          if (/\d/.test(masked[k])) expect(covered.has(page.origin[at + k]), `${raw.slice(page.origin[at + k] - 10, page.origin[at + k] + 10)}`).toBe(true)
        }
      }
      at += line.length + 1
    }
  })

  it('yields one headline-less article for a page without headlines', () => {
    const { articles } = fixture('split-no-headline')
    expect(articles).toHaveLength(1)
    expect(articles[0].headline).toBe('')
  })

  it('yields nothing for a blank page', () => {
    expect(splitArticles(normalize('\n \n\r\n'))).toEqual([])
  })

  it('seed article counts', () => {
    expect(Object.fromEntries(seedFiles.map((f) => [f.slice(0, 3), load(seedDir, f).articles.length]))).toEqual({
      '000': 8,
      '001': 11,
      '002': 10,
      '003': 9,
      '004': 4,
    })
  })
})

describe('splitArticles on invented pages', () => {
  it('handles a photo, a headline printed after its text, a wire dateline and a continued text', () => {
    const { page, articles } = fixture('split-layout')
    expect(articles.map((a) => a.headline)).toEqual([
      '某市前三季度地区生产总值增长5.2%',
      '秋收正忙',
      '绿色发展看某旗',
      '生态优先 绿色发展',
      '全国前三季度经济运行总体平稳',
      '',
    ])
    const [gdp, photo, , late, wire, continued] = articles
    expect(gdp.dateline).toBe('本报某地10月25日讯(记者 张三)')
    expect(gdp.continuation).toEqual(['下转第3版'])
    expect(photo.byline).toBe('本报记者 李四 摄')
    expect(late.kicker).toBe('——某旗推进生态文明建设纪实')
    expect(late.byline).toBe('□本报记者 王五')
    expect(page.text.slice(late.bodyStart, late.bodyEnd)).toBe('某旗今年实施重点项目86个,完成投资210亿元,带动就业3200人。')
    expect(wire.dateline).toBe('新华社北京10月20日电')
    expect(continued.continuation).toEqual(['上接第1版'])
    expect(continued.byline).toBe('(赵六)')
  })

  it('keeps a label printed inside a broken sentence out of the headlines', () => {
    const { page, articles } = fixture('split-column-label')
    expect(articles.map((a) => a.headline)).toEqual(['某县召开经济工作会议'])
    expect(splitSentences(page, articles[0].bodyStart, articles[0].bodyEnd).map((s) => s.text)).toEqual([
      '会议指出,今年全县要坚持稳中求进,以更加有力的举措推动高质量发展,全年地区生产总值增长6%左右。',
      '会议要求,全力抓好招商引资,确保新签约项目30个以上、到位资金50亿元以上。',
      '全年口岸过货量有望突破1500万吨,同比增长12%。',
    ])
  })

  it('does not take a sentence fragment followed by its continuation for a headline', () => {
    const page = normalize('某旗工业经济稳中向好\n\n本报讯(记者 孙八)今年1至9月,全旗工业总产值完成86亿元。\n\n全旗规模以上工业增加值同比增长\n\n8.5%,增速居全市首位。\n')
    const articles = splitArticles(page)
    expect(articles.map((a) => a.headline)).toEqual(['某旗工业经济稳中向好'])
    expect(splitSentences(page, articles[0].bodyStart, articles[0].bodyEnd).map((s) => s.text)).toContain(
      '全旗规模以上工业增加值同比增长8.5%,增速居全市首位。',
    )
  })

  it('never drops a short line that carries a number, even inside a broken sentence', () => {
    const page = normalize('某县召开会议\n\n本报讯 会议要求,以更加有力的举措推动\n\n全年新增就业1.2万人\n\n高质量发展。\n')
    const articles = splitArticles(page)
    expect(articles).toHaveLength(1)
    expect(splitSentences(page, articles[0].bodyStart, articles[0].bodyEnd).map((s) => s.text)).toContain('全年新增就业1.2万人')
  })

  it('starts a new article at a dateline even without a headline', () => {
    const page = normalize('某地召开会议\n\n本报讯 会议召开。\n\n本报呼和浩特3月2日讯(记者 周九)全市新增就业1.2万人。\n')
    const articles = splitArticles(page)
    expect(articles).toHaveLength(2)
    expect(articles[1].headline).toBe('')
    expect(articles[1].dateline).toBe('本报呼和浩特3月2日讯(记者 周九)')
  })
})

describe('splitSentences', () => {
  it('joins a sentence broken by a column break and keeps its origin in the file', () => {
    const { raw, page, articles } = fixture('split-mixed')
    const sentence = bodySentences(page, byHeadline(articles, '前三季度乌兰察布市地区生产总值1386.2亿元')).find((s) => s.text.includes('制造业投资同比增长5.4%'))
    expect(sentence?.text).toBe('分重点投资看,基础设施投资同比增长8.7%,制造业投资同比增长5.4%。')
    const s = sentence!
    const three = s.text.indexOf('5.4%')
    expect(raw.slice(s.origin[three], s.origin[three] + 4)).toBe('5.4%')
    expect(s.origin[three] - s.origin[three - 1]).toBeGreaterThan(1)
    expect(raw.slice(s.origin[three - 2], s.origin[three - 1] + 1)).toBe('增长')
  })

  it('joins words broken across columns', () => {
    const { page, articles } = fixture('split-daily')
    const texts = bodySentences(page, articles[0]).map((s) => s.text)
    expect(texts.some((t) => t.includes('特别是集中清理拖欠企业账款突出问题进行再动员再部署'))).toBe(true)
    const scooters = bodySentences(page, byHeadline(articles, '广场上的小“电”驴')).map((s) => s.text)
    expect(scooters).toContain('“这块电池里装的是新型储能材料,简单说就是把电‘存’在特制的电芯里。”')
  })

  it('reads through a label printed inside a broken sentence', () => {
    const { page, articles } = fixture('split-city')
    const texts = bodySentences(page, byHeadline(articles, '以有力监督护航改革落地')).map((s) => s.text)
    expect(texts.some((t) => t.endsWith('以更加有力的监督护航改革落地见效。”'))).toBe(true)
    expect(texts.some((t) => t.includes('学习贯彻全会精神专栏'))).toBe(false)
  })

  it('leaves continuation markers, datelines and closing author marks out of sentences', () => {
    const { page, articles } = fixture('split-daily')
    const all = allSentences(page, articles).map((s) => s.text)
    expect(all.some((t) => /上接第|下转第/.test(t))).toBe(false)
    expect(all.some((t) => t.startsWith('本报5月20日讯'))).toBe(false)
    expect(all.some((t) => t.includes('(任晓燕)'))).toBe(false)
    expect(bodySentences(page, byHeadline(articles, '巴图:半生扎根守牧场')).at(-1)?.text).toBe('乡亲们负责种牧草,他帮忙联系收购商,')
    const gdp = fixture('split-mixed')
    expect(bodySentences(gdp.page, byHeadline(gdp.articles, '前三季度乌兰察布市地区生产总值1386.2亿元'))[0].text).toBe(
      '制造业中,装备制造业增加值同比增长23.6%,高技术制造业增加值同比增长17.2%。',
    )
  })

  it('maps every sentence unit of every seed to the file unit it came from', () => {
    for (const f of seedFiles) {
      const { raw, page, articles } = load(seedDir, f)
      for (const s of allSentences(page, articles)) {
        expect(s.origin.length).toBe(s.text.length)
        for (let i = 0; i < s.text.length; i++) {
          const source = raw.slice(s.origin[i], s.origin[i] + 1)
          if (source !== s.text[i]) expect(source.normalize('NFKC')).toBe(s.text[i])
        }
        expect(page.text.slice(s.start, s.start + 1)).toBe(s.text[0])
        expect(page.text.slice(s.end - 1, s.end)).toBe(s.text.at(-1))
      }
    }
  })

  it('ends sentences at 。!? with their closing quotes, keeps ; inside, and numbers paragraphs', () => {
    const page = normalize('他说:“今年增长5%。”全年完成投资20亿元;其中工业投资8亿元!明年呢?\n\n第二段话。')
    const sentences = splitSentences(page, 0, page.text.length)
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, '他说:“今年增长5%。”'],
      [0, '全年完成投资20亿元;其中工业投资8亿元!'],
      [0, '明年呢?'],
      [1, '第二段话。'],
    ])
  })

  it('drops pieces without a letter or digit and keeps those with any letter, ideographs beyond the BMP included', () => {
    const page = normalize('……。★☆!𠀀𠀁。λ。全年增长5%。')
    expect(splitSentences(page).map((s) => s.text)).toEqual(['𠀀𠀁。', 'λ。', '全年增长5%。'])
  })

  it('joins a paragraph that ends in an open quote with the next one', () => {
    const page = normalize('负责人表示:“\n\n全年投资将超过30亿元。”\n')
    expect(splitSentences(page).map((s) => s.text)).toEqual(['负责人表示:“全年投资将超过30亿元。”'])
  })

  it('reads CRLF files like LF files, with origins into the CRLF text', () => {
    const lf = seed('002')
    const raw = lf.raw.replace(/\n/g, '\r\n')
    const page = normalize(raw)
    const articles = splitArticles(page)
    expect(articles.map((a) => a.headline)).toEqual(lf.articles.map((a) => a.headline))
    const sentences = allSentences(page, articles)
    expect(sentences.map((s) => s.text)).toEqual(allSentences(lf.page, lf.articles).map((s) => s.text))
    for (const s of sentences) for (let i = 0; i < s.text.length; i++) expect(raw.slice(s.origin[i], s.origin[i] + 1).normalize('NFKC')).toBe(s.text[i].normalize('NFKC'))
  })

  it('reads full-width digits and punctuation like ASCII, with origins at the full-width characters', () => {
    const ascii = fixture('split-mixed')
    const raw = ascii.raw.replace(/[0-9%,;:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(raw).toContain('１３８６.２亿元')
    const page = normalize(raw)
    const articles = splitArticles(page)
    expect(articles.map((a) => a.headline)).toEqual(ascii.articles.map((a) => a.headline))
    const sentences = allSentences(page, articles)
    expect(sentences.map((s) => s.text)).toEqual(allSentences(ascii.page, ascii.articles).map((s) => s.text))
    const s = sentences.find((x) => x.text.includes('同比增长5.4%'))!
    const at = s.text.indexOf('5.4%')
    expect(raw.slice(s.origin[at], s.origin[at] + 4)).toBe('５.４％')
  })
})

describe('paragraphs', () => {
  it('returns body paragraphs with column breaks joined and page positions', () => {
    const { page, articles } = fixture('split-mixed')
    const a = byHeadline(articles, '前三季度乌兰察布市地区生产总值1386.2亿元')
    const paras = paragraphs(page, a.bodyStart, a.bodyEnd)
    expect(paras.map((p) => p.index)).toEqual([0, 1, 2, 3, 4])
    expect(paras[2].text.startsWith('固定资产投资稳中加快。')).toBe(true)
    expect(paras[2].text).toContain('制造业投资同比增长5.4%。分产业看')
    expect(page.text.slice(paras[2].start, paras[2].end)).toContain('\n\n5.4%')
  })
})
