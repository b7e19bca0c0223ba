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

/** An invented sentence in the pattern of the seeds: a dateline, then a port's cargo. */
const PORT_SENTENCE = '本报包头5月18日电(记者 其其格)近日,随着一辆满载进口铜精矿的货车入境,今年满都拉口岸进出口货运量突破150万吨,达156万吨,同比增加41%。'

/** Joins the paragraphs of an invented article with blank lines, as the seed pages print them. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n') + '\n'

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
    const port = places(PORT_SENTENCE).find((p) => p.written === '满都拉口岸')
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
    expect(places('内蒙古各族群众团结奋进').map((p) => p.code)).toEqual(['150000'])
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
    const found = places('“过去修条路要等好几年,现在大家商量着就办了!”达拉特旗吉格斯太镇新民村村民王桂英指着公示栏感慨道。')
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
    expect(places('2023年以来,包头市累计投入专项资金超2.6亿元').map((p) => p.written)).toEqual(['包头市'])
  })

  it('ignores streets named after places', () => {
    const heating = places('(上接第1版)呼和浩特市热力公司供热分公司经理李明介绍，新华东街供热管网改造工程北起新华东街换热站，南至乌兰察布街，长度1260米。')
    expect(heating.map((p) => p.written)).toEqual(['呼和浩特市'])
    expect(places('沿鄂尔多斯路向北1.8公里')).toEqual([])
    expect(places('呼伦贝尔北路和鄂尔多斯大街交叉口')).toEqual([])
    expect(places('新城区呼伦南路社区服务中心').map((p) => p.name)).toEqual(['新城区'])
  })

  it('does not read 兴安盟 into 大兴安岭, 乌兰 into 乌兰牧骑, or districts into 城区/市区/社区', () => {
    const grassland = places('乌拉盖湿地位于锡林郭勒盟东部,地处大兴安岭南麓与内蒙古高原交界地带,是候鸟迁徙的重要驿站。')
    expect(grassland.map((p) => p.name)).toEqual(['乌拉盖管理区管委会', '锡林郭勒盟', '内蒙古自治区'])
    expect(places('乌兰牧骑演出120场,乌兰同志说')).toEqual([])
    expect(places('主城区新建停车位2860个,市区和社区、老城区同步实施')).toEqual([])
    expect(places('黄河南岸的阴山西部')).toEqual([])
    expect(places('隆重庆祝建党节')).toEqual([])
  })

  it('settles a town name shared by several banners from the places around it', () => {
    const found = places('”呼伦贝尔市海拉尔区胜利街道办事处团结社区党委书记赵丽娜说。')
    expect(found.map((p) => [p.written, p.code])).toEqual([
      ['呼伦贝尔市', '150700'],
      ['海拉尔区', '150702'],
      ['胜利街道', '150702'],
    ])
    expect(places('胜利街道开展活动')).toEqual([])
    expect(places('胜利街道开展活动', ['152201'])[0]?.code).toBe('152201')
  })

  it('marks a place inside an organisation name as weaker', () => {
    const found = places('在内蒙古电力集团乌兰察布供电公司共有9支')
    expect(found.map((p) => [p.name, p.inOrganisation])).toEqual([
      ['内蒙古自治区', true],
      ['乌兰察布市', true],
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
    expect(resolve(PORT_SENTENCE, '156万吨', { home: INNER_MONGOLIA, articleRegion: BAOTOU })).toEqual({
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
    const seeded = resolve('吉格斯太镇自“村民说事”开展以来,基层治理更加顺畅:全镇76个党小组全年收集意见建议260余条,将服务延伸至98个社的农家院落。', '76个', { home: DALAD, articleRegion: DALAD })
    expect(seeded).toMatchObject({ region: DALAD, place: '吉格斯太镇' })
  })

  it('reads a county-level city', () => {
    const sentence = '本报锡林郭勒9月16日电(记者 乌日娜 王磊)9月16日,国内有色金属骨干企业——华宇新材料集团高纯金属项目在锡林浩特市开工建设,总投资36亿元,建成投产后预计实现产值超50亿元。'
    const r = resolve(sentence, '36亿元', { home: INNER_MONGOLIA, articleRegion: { code: '152500', name: '锡林郭勒盟' } })
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
    const sentence = '上半年,全区社会消费品零售总额2618.4亿元,同比增长4.1%,比1—5月加快0.3个百分点。'
    expect(resolve(sentence, '2618.4', { home: INNER_MONGOLIA })).toEqual({ region: INNER_MONGOLIA, place: null, scope: 'scope-word' })
  })

  it('reads 全市 on a Hohhot page as Hohhot, and 全市 in a region-wide paper as the article’s city', () => {
    const sentence = '本报讯(记者 王海燕)截至9月底，全市通过“一卡通”累计发放惠民资金98215.37万元，其中，农民补贴资金81620.44万元，占83.1%。'
    expect(resolve(sentence, '98215.37', { home: HOHHOT }).region).toEqual(HOHHOT)
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
    const alxa: Region = { code: '152900', name: '阿拉善盟' }
    const sentence = '阿拉善盟矿产资源十分丰富,已探明金、铜、萤石等矿产38种,萤石资源保有量占全国总储量的21%;萤石储量1200万吨,居全区之首。'
    expect(resolve(sentence, '21%', { home: INNER_MONGOLIA, articleRegion: alxa }).region).toEqual(alxa)
    expect(resolve('牛奶产量居全国首位,达到792万吨', '792', { home: INNER_MONGOLIA }).region).toEqual(INNER_MONGOLIA)
  })

  it('does not take a partner, a funder or a rank for the subject of a figure', () => {
    expect(resolve('与北京市签约项目12个', '12个', { home: BAOTOU }).region).toEqual(BAOTOU)
    const funded = '市级财政投入达1.8亿元，同时争取到自治区资金3.2亿元。'
    expect(resolve(funded, '3.2', { home: HOHHOT }).region).toEqual(HOHHOT)
    const awarded = '成功入选自治区中小企业数字化转型试点城市,共获得自治区奖补资金3000万元,今年已下达1500万元,计划两年改造企业80户以上。'
    expect(resolve(awarded, '3000万元', { home: INNER_MONGOLIA, inherited: BAOTOU }).region).toEqual(BAOTOU)
    const ranked = resolve('新增认定自治区级专精特新中小企业47户', '47', { home: INNER_MONGOLIA, inherited: BAOTOU })
    expect(ranked).toEqual({ region: BAOTOU, place: null, scope: 'inherited' })
    const sold = '产品销往呼和浩特市、乌海市的多家超市,销售额65万元'
    expect(resolve(sold, '65万', { home: INNER_MONGOLIA, articleRegion: { code: '150222', name: '固阳县' } }).region.code).toBe('150222')
  })

  it('takes a place after the number when the clause names none before it', () => {
    expect(resolve('完成投资120亿元的达拉特旗光伏治沙项目', '120', { home: INNER_MONGOLIA }).region).toEqual(DALAD)
  })

  it('reads a place inside an organisation name when the clause names no other', () => {
    const r = resolve('这样的青年突击队,在内蒙古电力集团乌兰察布供电公司共有9支。', '9支', { home: INNER_MONGOLIA })
    expect(r.region.code).toBe('150900')
  })

  it('looks back to earlier clauses of the sentence, then to the inherited, article and home regions', () => {
    const sentence = '赤峰市红山区持续为基层减负,累计撤并各类议事协调机构86个'
    expect(resolve(sentence, '86', { home: INNER_MONGOLIA }).region.code).toBe('150402')
    const bare = '累计撤并各类议事协调机构86个'
    const hulunbuir: Region = { code: '150700', name: '呼伦贝尔市' }
    expect(resolve(bare, '86', { home: INNER_MONGOLIA, articleRegion: hulunbuir, inherited: BAOTOU }).scope).toBe('inherited')
    expect(resolve(bare, '86', { home: INNER_MONGOLIA, articleRegion: hulunbuir })).toEqual({ region: hulunbuir, place: null, scope: 'article' })
    expect(resolve(bare, '86', { home: HOHHOT })).toEqual({ region: HOHHOT, place: null, scope: 'home' })
  })

  it('hands the next sentence the place a sentence talks about, never the country', () => {
    expect(map.sentenceRegion('在包头市土默特右旗沟门镇西湾村,村民们办起了合作社。', { home: INNER_MONGOLIA })?.code).toBe('150221')
    expect(map.sentenceRegion('“草原非遗过大年”唱响全国。', { home: INNER_MONGOLIA })).toBeNull()
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

describe('regionOfSpan', () => {
  it('reads a span of a page as regionOfArticle reads the span cut out, whatever lines it starts and ends in', () => {
    const page = '  包头市多措并举助力民营企业发展\n\n' + PORT_SENTENCE + '\n\n  \n达茂旗、石拐区共获得奖励资金1200万元。  \n'
    for (let start = 0; start <= page.length; start += 3) {
      for (let end = start; end <= page.length; end += 5) {
        expect(map.regionOfSpan(page, start, end, INNER_MONGOLIA), `${start}..${end}`).toEqual(map.regionOfArticle(page.slice(start, end), INNER_MONGOLIA))
      }
    }
  })
})

describe('regionOfArticle', () => {
  it('takes the dateline city and narrows it to the banner the article is about', () => {
    const article = paras(
      '满都拉口岸进出口货运量突破150万吨',
      PORT_SENTENCE,
      '今年以来,满都拉口岸向着600万吨年度目标冲刺,推动口岸冷链物流园等项目开工建设,进一步提高通关效率。',
      '满都拉口岸坚持做好周调度,及时破解通关堵点。包头海关持续推进“提前申报”等便利措施,不断提升监管效能。',
    )
    expect(map.regionOfArticle(article, INNER_MONGOLIA).code).toBe('150223')
    const baotou = paras(
      '包头市多措并举助力民营企业发展',
      '本报包头8月12日电(记者 萨仁)2023年以来,包头市累计投入专项资金超2.6亿元,为民营企业发展注入动力。',
      '包头市通过加强政策宣讲、优化审批服务、增加财政奖补等措施支持民营企业。2023年,新增认定自治区级专精特新中小企业47户,获得奖励资金1410万元。截至目前,包头市累计培育优质中小企业286户。',
      '包头市支持企业申报自治区特色产业集群,达茂旗新能源装备产业集群、石拐区新材料产业集群等4个项目申报成功,共获得自治区奖励资金1200万元。',
    )
    expect(map.regionOfArticle(baotou, INNER_MONGOLIA)).toEqual(BAOTOU)
  })

  it('reads the league an article is about from its mentions', () => {
    const article = paras(
      '通辽精简会议文件为基层减负',
      '□本报记者 高娃',
      '“今年以来,各类检查评比明显少了,我们有更多时间走访居民。”通辽市科尔沁区永清街道办事处和平社区党委书记刘红梅说。',
      '近年来,通辽市聚焦基层反映突出的问题,持续精简会议文件。2024年,市本级督查检查考核事项较上年减少35.2%,累计撤并各类议事协调机构86个。',
      '通辽市推广“接诉即办”工作机制。科左中旗开展“干部进村入户”行动,开鲁县在城区设立便民服务站,切实提升群众满意度。',
    )
    expect(map.regionOfArticle(article, INNER_MONGOLIA).code).toBe('150500')
  })

  it('reads a Hohhot article of the city paper as Hohhot, not as one of its districts', () => {
    const article = paras(
      '点亮“微网格” 绘就幸福图景',
      '——内蒙古自治区社区治理工作现场会观摩侧记',
      '●本报记者 张晓燕',
      '9月20日，内蒙古自治区社区治理工作现场会召开。会前，参会人员分别赴新城区东风路街道、回民区攸攸板镇、赛罕区大学路社区、玉泉区小召社区和新城区保合少镇，实地观摩各地经验做法。',
      '东风路街道打造“邻里议事厅”，开设民生服务栏目，总计服务群众2.3万人次。',
      '回民区攸攸板镇盘活闲置院落28处，创造就业岗位150余个。赛罕区大学路社区组建志愿服务队，吸引400余名居民参与社区治理。',
      '“我们把快递员纳入社区共治队伍。”玉泉区小召社区党支部书记李娜说。',
    )
    expect(map.regionOfArticle(article, HOHHOT)).toEqual(HOHHOT)
  })

  it('reads the region-wide article of the banner paper as Inner Mongolia, and its own news as the banner', () => {
    const regionWide = paras(
      '牢记嘱托勇担使命 奋力谱写内蒙古高质量发展新篇章',
      '李明华',
      '内蒙古自治区人民政府主席',
      '内蒙古各族群众团结奋进、砥砺前行,2023年各项事业取得新进展。',
      '生态建设取得新成效。全区完成防沙治沙1263万亩,在库布其沙漠建起一道绿色屏障,我国北方生态安全屏障更加牢固。',
      '能源经济实现新突破。内蒙古新能源装机达到1.72亿千瓦,全区陆路口岸货运量突破1亿吨,二连浩特口岸建设提速,内蒙古向北开放桥头堡建设加速推进。',
    )
    expect(map.regionOfArticle(regionWide, DALAD)).toEqual(INNER_MONGOLIA)
    const own = paras(
      '全旗宣传思想工作会议召开',
      '本报讯(记者 刘海军)2月26日,全旗宣传思想工作会议召开。会议传达学习全国全区全市宣传部长会议精神,总结2023年宣传思想工作,部署2024年重点任务。旗委常委、宣传部部长张红出席会议并讲话。',
      '会议强调,要围绕旗委中心工作,从四个方面入手做好2024年全旗宣传思想工作,为奋力书写中国式现代化达拉特新篇章贡献力量。',
    )
    expect(map.regionOfArticle(own, DALAD)).toEqual(DALAD)
  })

  it('falls back to home when the article names no place', () => {
    expect(map.regionOfArticle('会议召开\n会议强调要抓好落实。', HOHHOT)).toEqual(HOHHOT)
  })
})
