import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Region } from '../../src/model'
import { buildDivisionTable, divisionTable } from '../../src/model/divisions'
import { CITY_NICKNAMES, COMMON_SHORT_FORMS } from '../../src/model/regionAliases'
import {
  LAND_PORTS,
  createRegionMap,
  type PlaceMention,
} from '../../src/pipeline/regions'

const map = createRegionMap(divisionTable())
const seedDir = new URL('../../seeds/', import.meta.url)
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
const seed = (prefix: string): string => {
  const file = seedFiles.find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no seed ${prefix}`)
  return readFileSync(new URL(file, seedDir), 'utf8')
}

/** The sentence of a seed that contains `fragment` (sentences end at 。！？ or a line break). */
function seedSentence(prefix: string, fragment: string): string {
  const sentence = seed(prefix)
    .split(/(?<=[。！？\n])/)
    .find((s) => s.includes(fragment))
  if (!sentence) throw new Error(`fragment not in seed ${prefix}: ${fragment}`)
  return sentence.trim()
}

/** An article of a seed: from its headline to the next headline given (or 3000 characters). */
function seedArticle(prefix: string, headline: string, nextHeadline?: string): string {
  const text = seed(prefix)
  const start = text.indexOf(headline)
  if (start < 0) throw new Error(`headline not in seed ${prefix}: ${headline}`)
  const end = nextHeadline ? text.indexOf(nextHeadline, start + headline.length) : start + 3000
  if (end < 0) throw new Error(`headline not in seed ${prefix}: ${nextHeadline}`)
  return text.slice(start, end)
}

const places = (sentence: string, hints?: string[]): PlaceMention[] => map.findPlaces(sentence, hints)
const only = (sentence: string): PlaceMention => {
  const found = places(sentence)
  expect(found, sentence).toHaveLength(1)
  return found[0]
}

const INNER_MONGOLIA: Region = { code: '150000', name: '内蒙古自治区' }
const HOHHOT: Region = { code: '150100', name: '呼和浩特市' }
const BAOTOU: Region = { code: '150200', name: '包头市' }
const DALAD: Region = { code: '150621', name: '达拉特旗' }

/** The figure's number: the first occurrence of `number` in the sentence. */
function resolve(sentence: string, number: string, ctx: Parameters<typeof map.resolveRegion>[2]) {
  const at = sentence.indexOf(number)
  if (at < 0) throw new Error(`${number} not in ${sentence}`)
  return map.resolveRegion(sentence, at, ctx)
}

describe('division table', () => {
  it('holds the 12 leagues and cities of Inner Mongolia and its banners, counties and districts, from GB/T 2260', () => {
    const leagues = map.listLeagues()
    expect(leagues).toHaveLength(12)
    expect(leagues.map((l) => l.name)).toContain('锡林郭勒盟')
    const counties = leagues.flatMap((l) => map.listCounties(l.code))
    expect(counties.filter((d) => d.level === 'county')).toHaveLength(103)
    expect(counties.find((d) => d.code === '150223')?.name).toBe('达尔罕茂明安联合旗')
    expect(map.listCounties('150600').map((d) => d.name)).toEqual(expect.arrayContaining(['达拉特旗', '准格尔旗', '伊金霍洛旗', '康巴什区']))
  })

  it('is plain data that survives JSON', () => {
    const table = buildDivisionTable('15')
    const copy = JSON.parse(JSON.stringify(table))
    expect(copy).toEqual(table)
    expect(createRegionMap(copy).findPlaces('达茂旗')[0]?.code).toBe('150223')
  })

  it('walks the hierarchy: parent, league, name, containment', () => {
    expect(map.leagueOf('150621')).toBe('150600')
    expect(map.leagueOf('150600')).toBe('150600')
    expect(map.leagueOf('150000')).toBeNull()
    expect(map.parentOf('150223')).toBe('150200')
    expect(map.parentOf('150200')).toBe('150000')
    expect(map.regionName('152222')).toBe('科尔沁右翼中旗')
    expect(map.regionName('100000')).toBe('全国')
    expect(map.isWithin('150621', '150000')).toBe(true)
    expect(map.isWithin('150621', '150200')).toBe(false)
  })

  it('finds a region by code, official name or short form, and refuses unknown names', () => {
    expect(map.region('150621')).toEqual(DALAD)
    expect(map.region('达拉特旗')).toEqual(DALAD)
    expect(map.region('达茂旗')?.code).toBe('150223')
    expect(map.region('首府')).toEqual(HOHHOT)
    expect(map.region('火星')).toBeNull()
    expect(map.region('999999')).toBeNull()
  })
})

describe('findPlaces', () => {
  it('reads a land port as a port of its banner: 满都拉口岸 lies in 达尔罕茂明安联合旗 (150223), Baotou', () => {
    const port = places(seedSentence('001', '2024年满都拉口岸进出口货运量')).find((p) => p.written === '满都拉口岸')
    expect(port).toMatchObject({ name: '满都拉口岸', level: 'port', code: '150223', parentCode: '150200' })
  })

  it.each([
    ['达茂旗', '达尔罕茂明安联合旗', '150223'],
    ['科右中旗', '科尔沁右翼中旗', '152222'],
    ['科右前旗', '科尔沁右翼前旗', '152221'],
    ['科左中旗', '科尔沁左翼中旗', '150521'],
    ['科左后旗', '科尔沁左翼后旗', '150522'],
    ['察右前旗', '察哈尔右翼前旗', '150926'],
    ['察右后旗', '察哈尔右翼后旗', '150928'],
    ['伊旗', '伊金霍洛旗', '150627'],
    ['鄂托克前旗', '鄂托克前旗', '150623'],
    ['阿左旗', '阿拉善左旗', '152921'],
    ['东乌旗', '东乌珠穆沁旗', '152525'],
    ['西乌旗', '西乌珠穆沁旗', '152526'],
    ['莫旗', '莫力达瓦达斡尔族自治旗', '150722'],
    ['鄂温克旗', '鄂温克族自治旗', '150724'],
    ['土左旗', '土默特左旗', '150121'],
    ['托县', '托克托县', '150122'],
    ['和林县', '和林格尔县', '150123'],
    ['杭锦后旗', '杭锦后旗', '150826'],
    ['乌拉特中旗', '乌拉特中旗', '150824'],
    ['准旗', '准格尔旗', '150622'],
    ['达旗', '达拉特旗', '150621'],
    ['正蓝旗', '正蓝旗', '152530'],
    ['达拉特', '达拉特旗', '150621'],
    ['锡林浩特市', '锡林浩特市', '152502'],
  ])('reads the banner or county %s as %s', (written, name, code) => {
    expect(only(`今年${written}新建项目`)).toMatchObject({ written, name, code })
  })

  it.each([
    ['鄂尔多斯', '150600'],
    ['包头', '150200'],
    ['呼伦贝尔', '150700'],
    ['锡林郭勒', '152500'],
    ['乌兰察布', '150900'],
    ['阿拉善', '152900'],
    ['兴安盟', '152200'],
    ['赤峰', '150400'],
    ['通辽', '150500'],
    ['乌海', '150300'],
    ['霍林郭勒', '150581'],
    ['满洲里', '150781'],
    ['二连浩特', '152501'],
  ])('reads %s without its suffix', (written, code) => {
    expect(only(`记者在${written}看到`).code).toBe(code)
  })

  it('reads the capital by its nicknames 首府 and 青城', () => {
    expect(only('首府游客纷纷前往').code).toBe('150100')
    expect(only('外媒看青城活动').code).toBe('150100')
    expect(only('呼市今年新开工项目').code).toBe('150100')
  })

  it('reads the region, the country-wide words and provinces elsewhere', () => {
    expect(places('内蒙古各族干部群众牢记嘱托').map((p) => p.code)).toEqual(['150000'])
    expect(places('自治区党委召开会议').map((p) => p.code)).toEqual(['150000'])
    expect(places('广西壮族自治区和江苏的客商').map((p) => p.code)).toEqual(['450000', '320000'])
    expect(places('北京、天津与河北').map((p) => p.code)).toEqual(['110000', '120000', '130000'])
  })

  it('reads every curated short form, nickname and port as the place it stands for', () => {
    for (const [official, forms] of [...Object.entries(COMMON_SHORT_FORMS), ...Object.entries(CITY_NICKNAMES)]) {
      const code = map.region(official)?.code
      expect(code, official).toBeTruthy()
      for (const form of forms) expect(places(`据${form}消息`).map((p) => p.code), form).toEqual([code])
    }
    for (const port of LAND_PORTS) {
      const found = places(`${port.name}今年`)
      expect(found.map((p) => [p.level, p.code]), port.name).toEqual([['port', map.region(port.county)?.code]])
    }
  })

  it('reads a town as a town of its banner: 吉格斯太镇 lies in 达拉特旗', () => {
    const found = places(seedSentence('004', '达拉特旗吉格斯太镇张义城窑村'))
    expect(found.map((p) => [p.written, p.level, p.code])).toEqual([
      ['达拉特旗', 'county', '150621'],
      ['吉格斯太镇', 'town', '150621'],
    ])
    expect(found[1].townCode).toMatch(/^150621\d{3}$/)
  })

  it('makes a zone or a port of a division followed by a zone or port word', () => {
    expect(only('满洲里口岸今年进出境旅客')).toMatchObject({ written: '满洲里口岸', level: 'port', code: '150781' })
    expect(only('包头稀土高新区新落地项目')).toMatchObject({ level: 'zone', code: '150271' })
    expect(only('和林格尔新区建设加快')).toMatchObject({ level: 'zone', code: '150123' })
  })

  it('reads 包头 once in 包头市', () => {
    expect(places('2024年以来,包头市统筹投入各类资金超1.3亿元').map((p) => p.written)).toEqual(['包头市'])
  })

  it('ignores streets named after places', () => {
    const heating = places(seedSentence('003', '南至乌兰察布街'))
    expect(heating.map((p) => p.written)).toEqual(['呼和浩特市'])
    expect(places('沿鄂尔多斯路向北1.8公里')).toEqual([])
    expect(places('呼伦贝尔北路和鄂尔多斯大街交叉口')).toEqual([])
    expect(places('新城区呼伦北路街道办事处').map((p) => p.name)).toEqual(['新城区'])
  })

  it('does not read 兴安盟 into 大兴安岭, 乌兰 into 乌兰牧骑, or districts into 城区/市区/社区', () => {
    const grassland = places(seedSentence('001', '深藏于大兴安岭'))
    expect(grassland.map((p) => p.name)).toEqual(['乌拉盖管理区管委会', '锡林郭勒盟', '内蒙古自治区'])
    expect(places('乌兰牧骑演出120场,乌兰同志说')).toEqual([])
    expect(places('主城区新增学位4320个,市区和社区、老城区同步推进')).toEqual([])
    expect(places('黄河南岸的阴山西部')).toEqual([])
    expect(places('隆重庆祝建党节')).toEqual([])
  })

  it('settles a town name shared by several banners from the places around it', () => {
    const found = places(seedSentence('001', '海拉尔区胜利街道'))
    expect(found.map((p) => [p.written, p.code])).toEqual([
      ['呼伦贝尔市', '150700'],
      ['海拉尔区', '150702'],
      ['胜利街道', '150702'],
    ])
    expect(places('胜利街道开展活动')).toEqual([])
    expect(places('胜利街道开展活动', ['152201'])[0]?.code).toBe('152201')
  })

  it('marks a place inside an organisation name as weaker', () => {
    const found = places('在内蒙古电力集团锡林郭勒供电公司共有13支')
    expect(found.map((p) => [p.name, p.inOrganisation])).toEqual([
      ['内蒙古自治区', true],
      ['锡林郭勒盟', true],
    ])
    expect(found[1].weight).toBeLessThan(1)
    expect(places('阿巴嘎旗大学生特尼格乐说')[0].inOrganisation).toBe(false)
  })

  it('reports offsets that slice back to what is written, on every seed', () => {
    let total = 0
    for (const file of seedFiles) {
      const text = seed(file.slice(0, 3))
      for (const line of text.split('\n')) {
        for (const p of places(line)) {
          expect(line.slice(p.start, p.end)).toBe(p.written)
          total++
        }
      }
    }
    expect(total).toBeGreaterThan(300)
  })
})

describe('findScopeWords', () => {
  it.each([
    ['通过全区各地努力', ['全区']],
    ['在区内外演出50场', ['区内']],
    ['全市上下、全旗各族群众和我国', ['全市', '全旗', '我国']],
    ['园区内企业30家', []],
    ['超市委托加工', []],
    ['各盟市委书记', []],
    ['增速高于全国平均水平', []],
    ['占全国的20%,居全区首位', []],
    ['健全国家安全市场体系', []],
    ['中国内蒙古全区域覆盖', []],
    ['呼和浩特市委常委会', []],
  ])('finds the scope words of %s', (sentence, words) => {
    expect(map.findScopeWords(sentence).map((w) => w.written)).toEqual(words)
  })
})

describe('resolveRegion', () => {
  it('gives a port figure to the port’s banner and keeps the port as the place', () => {
    const sentence = seedSentence('001', '2024年满都拉口岸进出口货运量')
    expect(resolve(sentence, '302万吨', { home: INNER_MONGOLIA, articleRegion: BAOTOU })).toEqual({
      region: { code: '150223', name: '达尔罕茂明安联合旗' },
      place: '满都拉口岸',
      scope: 'explicit',
    })
  })

  it('prefers the finer place of the clause: the port over the city named after it', () => {
    const r = resolve('满都拉口岸作为包头市对外开放的重要窗口今年过货量达到302万吨。', '302', { home: INNER_MONGOLIA })
    expect(r.place).toBe('满都拉口岸')
    expect(r.region.code).toBe('150223')
  })

  it('gives a town figure to the town’s banner', () => {
    const r = resolve('吉格斯太镇今年新建温室大棚120座。', '120', { home: INNER_MONGOLIA })
    expect(r).toMatchObject({ region: DALAD, place: '吉格斯太镇', scope: 'explicit' })
    const seeded = resolve(seedSentence('004', '全镇89个党小组'), '89个', { home: DALAD, articleRegion: DALAD })
    expect(seeded).toMatchObject({ region: DALAD, place: '吉格斯太镇' })
  })

  it('reads a county-level city', () => {
    const sentence = seedSentence('002', '在锡林浩特市正式开工')
    const r = resolve(sentence, '53亿元', { home: INNER_MONGOLIA, articleRegion: { code: '152500', name: '锡林郭勒盟' } })
    expect(r).toMatchObject({ region: { code: '152502', name: '锡林浩特市' }, place: '锡林浩特市' })
  })

  it('reads short forms in a sentence', () => {
    expect(resolve('科右中旗今年种植玉米150万亩', '150', { home: INNER_MONGOLIA }).region.code).toBe('152222')
    expect(resolve('察右后旗新建光伏项目3个', '3个', { home: INNER_MONGOLIA }).region.code).toBe('150928')
    expect(resolve('伊旗煤炭产量达到2.1亿吨', '2.1', { home: INNER_MONGOLIA }).region.code).toBe('150627')
    expect(resolve('首府旅游收入增长12%', '12%', { home: INNER_MONGOLIA }).region).toEqual(HOHHOT)
    expect(resolve('青城今年接待游客3500万人次', '3500', { home: INNER_MONGOLIA }).region).toEqual(HOHHOT)
  })

  it('reads 全区 on a region-wide page as Inner Mongolia', () => {
    const sentence = seedSentence('002', '全区社会消费品零售总额3909.1亿元')
    expect(resolve(sentence, '3909.1', { home: INNER_MONGOLIA })).toEqual({ region: INNER_MONGOLIA, place: null, scope: 'scope-word' })
  })

  it('reads 全市 on a Hohhot page as Hohhot, and 全市 in a region-wide paper as the article’s city', () => {
    const sentence = seedSentence('003', '全市通过“一卡通”累计发放补贴资金146380.85万元')
    expect(resolve(sentence, '146380.85', { home: HOHHOT }).region).toEqual(HOHHOT)
    const hulunbuir: Region = { code: '150700', name: '呼伦贝尔市' }
    expect(resolve('全市新增就业2.1万人', '2.1', { home: INNER_MONGOLIA, articleRegion: hulunbuir }).region).toEqual(hulunbuir)
    expect(resolve('全市新增就业2.1万人', '2.1', { home: DALAD }).region).toEqual({ code: '150600', name: '鄂尔多斯市' })
  })

  it('reads 全旗 on the 达拉特旗 page as 达拉特旗', () => {
    const home = map.inferHomeRegion(seed('004'))!
    expect(resolve('去年全旗地区生产总值增长6.5%', '6.5', { home }).region).toEqual(DALAD)
  })

  it('reads 全国 and 我国 as the country, but not a comparison with it', () => {
    expect(resolve('全国粮食总产量达到14130亿斤', '14130', { home: INNER_MONGOLIA }).region).toEqual({ code: '100000', name: '全国' })
    expect(resolve('我国风电装机达到5亿千瓦', '5亿', { home: HOHHOT }).region.code).toBe('100000')
    const xilingol: Region = { code: '152500', name: '锡林郭勒盟' }
    const sentence = seedSentence('002', '锗资源保有量占全国总储量的38%')
    expect(resolve(sentence, '38%', { home: INNER_MONGOLIA, articleRegion: xilingol }).region).toEqual(xilingol)
    expect(resolve('牛奶产量居全国首位,达到792万吨', '792', { home: INNER_MONGOLIA }).region).toEqual(INNER_MONGOLIA)
  })

  it('does not take a partner, a funder or a rank for the subject of a figure', () => {
    expect(resolve('与北京市签约项目12个', '12个', { home: BAOTOU }).region).toEqual(BAOTOU)
    const funded = seedSentence('003', '同时争取到自治区经费4.05亿元')
    expect(resolve(funded, '4.05', { home: HOHHOT }).region).toEqual(HOHHOT)
    const awarded = seedSentence('002', '共获得自治区奖补资金5000万元')
    expect(resolve(awarded, '5000万元', { home: INNER_MONGOLIA, inherited: BAOTOU }).region).toEqual(BAOTOU)
    const ranked = resolve('新增培育认定自治区级创新型中小企业93户', '93', { home: INNER_MONGOLIA, inherited: BAOTOU })
    expect(ranked).toEqual({ region: BAOTOU, place: null, scope: 'inherited' })
    const sold = '产品销往包头市、鄂尔多斯市的多家企业,销售额40万元'
    expect(resolve(sold, '40万', { home: INNER_MONGOLIA, articleRegion: { code: '150222', name: '固阳县' } }).region.code).toBe('150222')
  })

  it('takes a place after the number when the clause names none before it', () => {
    expect(resolve('完成投资120亿元的达拉特旗光伏治沙项目', '120', { home: INNER_MONGOLIA }).region).toEqual(DALAD)
  })

  it('reads a place inside an organisation name when the clause names no other', () => {
    const r = resolve('这样的党员服务队,在内蒙古电力集团锡林郭勒供电公司共有13支。', '13支', { home: INNER_MONGOLIA })
    expect(r.region.code).toBe('152500')
  })

  it('looks back to earlier clauses of the sentence, then to the inherited, article and home regions', () => {
    const sentence = '呼伦贝尔市海拉尔区持续推进改革,累计清理各类工作专班105个'
    expect(resolve(sentence, '105', { home: INNER_MONGOLIA }).region.code).toBe('150702')
    const bare = '累计清理各类工作专班105个'
    const hulunbuir: Region = { code: '150700', name: '呼伦贝尔市' }
    expect(resolve(bare, '105', { home: INNER_MONGOLIA, articleRegion: hulunbuir, inherited: BAOTOU }).scope).toBe('inherited')
    expect(resolve(bare, '105', { home: INNER_MONGOLIA, articleRegion: hulunbuir })).toEqual({ region: hulunbuir, place: null, scope: 'article' })
    expect(resolve(bare, '105', { home: HOHHOT })).toEqual({ region: HOHHOT, place: null, scope: 'home' })
  })

  it('hands the next sentence the place a sentence talks about, never the country', () => {
    expect(map.sentenceRegion('在包头市固阳县下湿壕镇白银套村,村民们开办了作坊。', { home: INNER_MONGOLIA })?.code).toBe('150222')
    expect(map.sentenceRegion('“北疆文化神州行”唱响全国。', { home: INNER_MONGOLIA })).toBeNull()
    expect(map.sentenceRegion('会议强调要抓好落实。', { home: INNER_MONGOLIA })).toBeNull()
  })
})

describe('inferHomeRegion', () => {
  // 000–002 are pages of 内蒙古日报: 全区/自治区 throughout, stories from several leagues, datelines naming cities.
  it.each(['000', '001', '002'])('reads seed %s as a region-wide page', (prefix) => {
    expect(map.inferHomeRegion(seed(prefix))).toEqual(INNER_MONGOLIA)
  })

  it('reads seed 003 as a Hohhot city paper: 市委 and 全市 with Hohhot’s districts and 首府', () => {
    expect(map.inferHomeRegion(seed('003'))).toEqual(HOHHOT)
  })

  it('reads seed 004 as a 达拉特旗 paper: 全旗 and 旗委, 达拉特新篇章, the town 吉格斯太镇', () => {
    expect(map.inferHomeRegion(seed('004'))).toEqual(DALAD)
  })

  it('reads a banner paper that never names its banner in full from its towns', () => {
    const page = '全旗经济工作会议召开。旗委书记出席。\n全旗完成投资50亿元。\n吉格斯太镇新建大棚。王爱召镇发展养殖。\n旗委要求全旗上下抓落实。'
    expect(map.inferHomeRegion(page)).toEqual(DALAD)
  })

  it('gives null for a page that says nothing about where it is', () => {
    expect(map.inferHomeRegion('会议强调,要抓好各项工作落实。')).toBeNull()
  })
})

describe('regionOfArticle', () => {
  it('takes the dateline city and narrows it to the banner the article is about', () => {
    const article = seedArticle('001', '满都拉口岸进出口货运量突破300万吨', '庭院“方寸地”')
    expect(map.regionOfArticle(article, INNER_MONGOLIA).code).toBe('150223')
    const baotou = seedArticle('002', '包头市真金白银支持中小企业高质量发展', '前三季度内蒙古生产总值')
    expect(map.regionOfArticle(baotou, INNER_MONGOLIA)).toEqual(BAOTOU)
  })

  it('reads the league an article is about from its mentions', () => {
    const article = seedArticle('001', '呼伦贝尔为基层减负为实干赋能', '全区住建系统')
    expect(map.regionOfArticle(article, INNER_MONGOLIA).code).toBe('150700')
  })

  it('reads a Hohhot article of the city paper as Hohhot, not as one of its districts', () => {
    const article = seedArticle('003', '激活“神经末梢”', '以有力有效监督推动全会精神贯彻落实')
    expect(map.regionOfArticle(article, HOHHOT)).toEqual(HOHHOT)
  })

  it('reads the region-wide article of the banner paper as Inner Mongolia, and its own news as the banner', () => {
    const regionWide = seedArticle('004', '沿着习近平总书记指引的方向砥砺前行', '全旗组织工作会议召开')
    expect(map.regionOfArticle(regionWide, DALAD)).toEqual(INNER_MONGOLIA)
    const own = seedArticle('004', '全旗组织工作会议召开', '吉格斯太镇：“一组三会”')
    expect(map.regionOfArticle(own, DALAD)).toEqual(DALAD)
  })

  it('falls back to home when the article names no place', () => {
    expect(map.regionOfArticle('会议召开\n会议强调要抓好落实。', HOHHOT)).toEqual(HOHHOT)
  })
})
