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
