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

  it('reads datelines', () => {
    expect(byHeadline(seed('001').articles, '满都拉口岸进出口货运量突破300万吨').dateline).toBe('本报包头6月2日电(记者 格日勒图)')
    expect(byHeadline(seed('000').articles, '「春雨行动」助推医疗器械临床创新成果落地').dateline).toBe('本报6月8日讯(记者 李国萍)')
    expect(byHeadline(seed('001').articles, '“天边草原”乌拉盖向首府游客发出真诚邀约').dateline).toBe('本报呼和浩特6月2日讯(记者 皇甫秀玲)')
    expect(byHeadline(seed('003').articles, '全市通过“一卡通”发放补贴资金146380.85万元').dateline).toBe('本报讯(记者 宋向华)')
    expect(byHeadline(seed('001').articles, '超薄铝箔炼成记').dateline).toBe('')
  })

  it('takes a short first line as the kicker and a —— line as the subtitle', () => {
    const s003 = seed('003').articles
    expect(byHeadline(s003, '全市通过“一卡通”发放补贴资金146380.85万元').kicker).toBe('截至8月底')
    expect(byHeadline(s003, '呼和浩特市第四届 新时代文明实践项目大赛决赛开赛').kicker).toBe('文明实践在行动')
    expect(byHeadline(s003, '激活“神经末梢” 擦亮幸福底色').kicker).toBe('——内蒙古自治区党建引领基层治理重点工作推进会观摩侧记')
    expect(byHeadline(seed('002').articles, '锡林郭勒盟光学、光电子材料产业化项目开工').kicker).toBe('总投资53亿元 填补产业空白')
    expect(byHeadline(seed('004').articles, '吉格斯太镇:“一组三会”赋能社级治理').kicker).toBe('打通基层善治“最后一米”')
  })

  it('reads bylines: reporter lines, photo credits, closing author marks and an author with title', () => {
    expect(byHeadline(seed('000').articles, '阿尔丁广场上的小“氢”骑').byline).toBe('□本报记者 蔡冬梅')
    expect(byHeadline(seed('003').articles, '激活“神经末梢” 擦亮幸福底色').byline).toBe('●本报记者 孙岳龙 实习记者 刘艳霞')
    expect(byHeadline(seed('000').articles, '科创基地筑巢引企').byline).toBe('本报记者 孟和朝鲁 摄')
    expect(byHeadline(seed('001').articles, '庭院“方寸地”变成村民增收“聚宝盆”').byline).toBe('(王林喜)')
    expect(byHeadline(seed('004').articles, '沿着习近平总书记指引的方向砥砺前行 书写中国式现代化内蒙古新篇章').byline).toBe(
      '孙绍骋 内蒙古自治区党委书记、自治区人大常委会主任',
    )
  })

  it('collects continuation markers', () => {
    expect(byHeadline(seed('002').articles, '前三季度内蒙古生产总值17875.5亿元').continuation).toEqual(['上接第1版'])
    expect(byHeadline(seed('003').articles, '科技“突围”“突”出硬核实力').continuation).toEqual(['上接第1版'])
    expect(byHeadline(seed('000').articles, '廷·巴特尔:用一生守护草原').continuation).toEqual(['下转第5版'])
  })

  it('gives a headline and byline printed after their text to the text before them', () => {
    const { page, articles } = seed('000')
    const a = byHeadline(articles, '深耕实干谋发展 为民造福谱新篇')
    expect(a.kicker).toBe('全区各地各部门扎实开展树立和践行正确政绩观学习教育')
    expect(a.byline).toBe('□本报记者 李永桃 宋阿勇 布音额尔乐')
    const body = page.text.slice(a.bodyStart, a.bodyEnd)
    expect(body).toContain('内蒙古住房和城乡建设厅紧扣')
    expect(body).toContain('鄂尔多斯市乌审旗组织调研组')
    expect(body).not.toContain('深耕实干谋发展')
    expect(page.text.slice(a.bodyEnd, a.end)).toContain('深耕实干谋发展 为民造福谱新篇')

    const ting = byHeadline(articles, '廷·巴特尔:用一生守护草原')
    expect(ting.kicker).toBe('党旗在基层一线高高飘扬')
    expect(ting.byline).toBe('□本报记者 巴依斯古楞')
    expect(page.text.slice(ting.bodyStart, ting.bodyEnd)).toContain('廷·巴特尔笑着说')
  })

  it('keeps photo captions and section labels from swallowing the next article', () => {
    const s000 = seed('000')
    const photo = byHeadline(s000.articles, '科创基地筑巢引企')
    expect(s000.page.text.slice(photo.bodyStart, photo.bodyEnd)).not.toContain('党媒引领')
    const s002 = seed('002')
    const autumn = byHeadline(s002.articles, '赏秋')
    expect(s002.page.text.slice(autumn.start, autumn.end)).not.toContain('外媒看青城')
    expect(byHeadline(s000.articles, '「春雨行动」助推医疗器械临床创新成果落地').kicker).toBe('伟大征程')
    const history = byHeadline(s000.articles, '满洲里红色国际秘密交通线')
    expect(s000.page.text.slice(history.bodyStart, history.bodyEnd)).toMatch(/作出了重要贡献。\(侯丽媛\)$/)
    expect(history.byline).toBe('(侯丽媛)')
  })

  it('does not take a paragraph cut by the column end for a headline', () => {
    const { page, articles } = seed('002')
    const a = byHeadline(articles, '兴安盟以党群服务“破圈” 为群众幸福“聚能”')
    expect(page.text.slice(a.bodyStart, a.bodyEnd)).toMatch(/协调解决生产生活难题、处置$/)
    expect(byHeadline(articles, '科学家精神进校园巡讲活动走进我区高校').kicker).toBe('')
  })
})

describe('splitArticles invariants', () => {
  const pages = [
    ...seedFiles.map((f) => ({ name: f, ...load(seedDir, f) })),
    ...['split-layout', 'split-column-label', 'split-no-headline'].map((f) => ({ name: f, ...fixture(f) })),
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
    const { raw, page, articles } = seed('002')
    const sentence = bodySentences(page, byHeadline(articles, '前三季度内蒙古生产总值17875.5亿元')).find((s) => s.text.includes('制造业投资同比增长3.2%'))
    expect(sentence?.text).toBe('分重点投资看,基础设施投资同比增长12.3%,制造业投资同比增长3.2%。')
    const s = sentence!
    const three = s.text.indexOf('3.2%')
    expect(raw.slice(s.origin[three], s.origin[three] + 4)).toBe('3.2%')
    expect(s.origin[three] - s.origin[three - 1]).toBeGreaterThan(1)
    expect(raw.slice(s.origin[three - 2], s.origin[three - 1] + 1)).toBe('增长')
  })

  it('joins words broken across columns', () => {
    const { page, articles } = seed('000')
    const texts = bodySentences(page, articles[0]).map((s) => s.text)
    expect(texts.some((t) => t.includes('特别是集中整治新官不理旧账突出问题进行再动员再部署'))).toBe(true)
    const hydrogen = bodySentences(page, byHeadline(articles, '阿尔丁广场上的小“氢”骑')).map((s) => s.text)
    expect(hydrogen).toContain('“这个罐子里装的是固态储氢材料,说白了就是把氢气‘存’在稀土合金里。”')
  })

  it('reads through a label printed inside a broken sentence', () => {
    const { page, articles } = seed('003')
    const texts = bodySentences(page, byHeadline(articles, '以有力有效监督推动全会精神贯彻落实')).map((s) => s.text)
    expect(texts.some((t) => t.endsWith('以有力有效的监督将改革进行到底。”'))).toBe(true)
    expect(texts.some((t) => t.includes('学习贯彻党的二十届三中全会精神的'))).toBe(false)
  })

  it('leaves continuation markers, datelines and closing author marks out of sentences', () => {
    const { page, articles } = seed('000')
    const all = allSentences(page, articles).map((s) => s.text)
    expect(all.some((t) => /上接第|下转第/.test(t))).toBe(false)
    expect(all.some((t) => t.startsWith('本报6月8日讯'))).toBe(false)
    expect(all.some((t) => t.includes('(侯丽媛)'))).toBe(false)
    expect(bodySentences(page, byHeadline(articles, '廷·巴特尔:用一生守护草原')).at(-1)?.text).toBe('同嘎查的牧民负责盖新房,他帮忙设计图纸,')
    const gdp = seed('002')
    expect(bodySentences(gdp.page, byHeadline(gdp.articles, '前三季度内蒙古生产总值17875.5亿元'))[0].text).toBe(
      '制造业中,装备制造业增加值同比增长41.8%,高技术制造业增加值同比增长31.6%。',
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
    const ascii = seed('002')
    const raw = ascii.raw.replace(/[0-9%,;:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(raw).toContain('１７８７５.５亿元')
    const page = normalize(raw)
    const articles = splitArticles(page)
    expect(articles.map((a) => a.headline)).toEqual(ascii.articles.map((a) => a.headline))
    const sentences = allSentences(page, articles)
    expect(sentences.map((s) => s.text)).toEqual(allSentences(ascii.page, ascii.articles).map((s) => s.text))
    const s = sentences.find((x) => x.text.includes('同比增长3.2%'))!
    const at = s.text.indexOf('3.2%')
    expect(raw.slice(s.origin[at], s.origin[at] + 4)).toBe('３.２％')
  })
})

describe('paragraphs', () => {
  it('returns body paragraphs with column breaks joined and page positions', () => {
    const { page, articles } = seed('002')
    const a = byHeadline(articles, '前三季度内蒙古生产总值17875.5亿元')
    const paras = paragraphs(page, a.bodyStart, a.bodyEnd)
    expect(paras.map((p) => p.index)).toEqual([0, 1, 2, 3, 4])
    expect(paras[2].text.startsWith('固定资产投资稳中加快。')).toBe(true)
    expect(paras[2].text).toContain('制造业投资同比增长3.2%。分产业看')
    expect(page.text.slice(paras[2].start, paras[2].end)).toContain('\n\n3.2%')
  })
})
