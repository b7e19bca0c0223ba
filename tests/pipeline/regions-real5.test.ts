/**
 * The region of a figure in a region-wide article: a league that leads the region (领跑全区) is the subject, and a
 * group of leagues (西部七盟市, 东部五盟市) is a part of the region, not the league named last. Every sentence is
 * invented (never copied from a real page), with a near sentence a naive rule would get wrong.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2019-07-25'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: kind value region. */
const brief = (f: Figure) => `${f.kind} ${f.value} ${f.region.name}`

describe('a league leading the region, then groups of leagues', () => {
  const text = [
    '上半年全区工业投资增长8.1%',
    '上半年,全区完成工业投资512.4亿元,同比增长8.1%。',
    '从盟市看,包头市继续领跑全区,完成工业投资98.6亿元,占到全区工业投资的19.24%。从区域看,西部七盟市完成工业投资380.2亿元,同比增长9.2%;东部五个盟市完成工业投资132.2亿元,同比增长5.8%。',
  ].join('\n')

  it('gives the leading league its figures and the region the groups’ figures', () => {
    const found = figures(text).filter((f) => f.metric === 'investment')
    expect(found.filter((f) => f.value !== 8.1 && f.value !== 51240000000).map(brief)).toEqual([
      'level 9860000000 包头市',
      'share 19.24 包头市',
      'level 38020000000 内蒙古自治区',
      'growth 9.2 内蒙古自治区',
      'level 13220000000 内蒙古自治区',
      'growth 5.8 内蒙古自治区',
    ])
  })

  it('still reads 全区 as the scope when it is no object of a ranking verb', () => {
    const found = figures(['上半年全区工业投资增长8.1%', '包头市召开会议。全区完成工业投资512.4亿元。'].join('\n'))
    expect(found.filter((f) => f.value === 51240000000).map(brief)).toEqual(['level 51240000000 内蒙古自治区'])
  })
})

describe('places listed in the sentence before (上述口岸…分别为)', () => {
  const text = [
    '2月份全区口岸货运量增长',
    '从货运量排名看,策克口岸、满都拉口岸、二连浩特口岸位列全区前三。2月份上述口岸货运量分别为186.2万吨、122.4万吨、98.7万吨,合计占全区口岸货运总量的71.5%。',
  ].join('\n')

  it('gives each value after 分别 the place of the same rank, and their combined share the region', () => {
    const found = figures(text, '2021-03-15').filter((f) => f.value !== 0)
    expect(found.map(brief)).toEqual([
      'level 1862000 额济纳旗',
      'level 1224000 达尔罕茂明安联合旗',
      'level 987000 二连浩特市',
      'share 71.5 内蒙古自治区',
    ])
  })

  it('names the group of places as the part their combined share is of', () => {
    const share = figures(text, '2021-03-15').find((f) => f.value === 71.5)!
    expect(share.breakdown?.part).toBe('策克口岸、满都拉口岸、二连浩特口岸')
  })

  it('leaves the values alone when the sentence refers to no list before it', () => {
    const other = ['2月份全区口岸货运量增长', '策克、满都拉、二连浩特口岸运行平稳。2月份满都拉口岸货运量为122.4万吨。'].join('\n')
    expect(figures(other, '2021-03-15').map(brief)).toEqual(['level 1224000 达尔罕茂明安联合旗'])
  })
})

describe('the ends of a road or railway (甲至乙…铁路)', () => {
  it('name the route, not where a figure of the sentence is', () => {
    const text = '阿拉善盟境内,嘉峪关至策克口岸的铁路已于2006年通车;总投资45亿元的另一条铁路预计明年建成。'
    const [total] = figures(text, '2012-06-01').filter((f) => f.metric === 'investment')
    expect(total.region.name).toBe('阿拉善盟')
  })

  it('but the origin of a train service is still its place (呼和浩特至某地班列)', () => {
    const [trains] = figures('今年以来,呼和浩特至杜伊斯堡中欧班列开行120列,同比增长20%。', '2012-06-01')
    expect(trains.region.name).toBe('呼和浩特市')
  })
})
