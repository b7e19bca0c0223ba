import { describe, expect, it } from 'vitest'
import { extractPage } from '../../src/pipeline/dataset'
import { normalize } from '../../src/pipeline/normalize'
import { splitArticles } from '../../src/pipeline/split'

const BODY = '今年以来，全旗实施重点项目46个，完成投资38.2亿元，同比增长12.5%。'
const headlinesOf = (text: string) => splitArticles(normalize(text)).map((a) => a.headline)
/** The headline of the article that holds BODY. */
const headlineOf = (text: string) => {
  const page = normalize(text)
  return splitArticles(page).find((a) => page.text.slice(a.bodyStart, a.bodyEnd).includes('38.2亿元'))?.headline
}

describe('a site’s or an e-paper’s lines around an article are never its headline', () => {
  it('a location bar and a posting line before the title', () => {
    expect(headlineOf(`您当前的位置：首页 > 新闻中心 > 旗县动态\n某旗重点项目建设提速\n发布时间：2024-05-06 09:12 来源：某旗融媒体中心\n\n${BODY}`)).toBe('某旗重点项目建设提速')
    expect(headlineOf(`首页>经济 >\n\n${BODY}`)).toBe('')
  })

  it('a posting time with its source and author, or a date alone', () => {
    expect(headlineOf(`2019-07-02来源：某某网 作者：佚名\n某旗重点项目建设提速\n\n${BODY}`)).toBe('某旗重点项目建设提速')
    expect(headlineOf(`某某融媒2022-08-15 10:20:31\n\n${BODY}`)).not.toMatch(/融媒/)
    expect(headlineOf(`（2023年3月8日）\n\n${BODY}`)).toBe('')
  })

  it('an e-paper’s controls and a site’s widgets', () => {
    const page = `往期阅读\n当前版：05版 上一版  下一版\n上一篇    下一篇\n放大 缩小 默认\n【字体：大 中 小\n\n某旗重点项目建设提速\n\n${BODY}\n\n相关推荐\n[责任编辑：某某]`
    expect(headlineOf(page)).toBe('某旗重点项目建设提速')
    for (const h of headlinesOf(page)) expect(h).not.toMatch(/往期|上一版|下一篇|放大|字体|相关推荐|责任编辑/)
  })

  it('but a real title that opens with such a word or holds a date stays the headline', () => {
    expect(headlineOf(`推荐一批重点项目进入自治区储备库\n\n${BODY}`)).toBe('推荐一批重点项目进入自治区储备库')
    expect(headlineOf(`2024年全旗项目建设观摩会召开\n\n${BODY}`)).toBe('2024年全旗项目建设观摩会召开')
    expect(headlineOf(`首页面向企业开放的项目服务平台上线\n\n${BODY}`)).toBe('首页面向企业开放的项目服务平台上线')
  })

  it('a site’s name or slogan above the title: the title is the line its posting line follows', () => {
    const page = `某某资讯首页\n某某国家级信息服务平台\n\n某旗重点项目建设提速\n\n责任编辑:某某 2021-05-06 08:24:00\n\n${BODY}`
    expect(headlineOf(page)).toBe('某旗重点项目建设提速')
    // The site's name and slogan, set apart above it, are no kicker either.
    expect(splitArticles(normalize(page)).map((a) => a.kicker)).toEqual([''])
    expect(headlineOf(`关于我们 | English | 网站地图\n\n某旗重点项目建设提速\n\n2015-04-10 09:55:35 某某政府网站\n\n${BODY}`)).toBe('某旗重点项目建设提速')
    // A subtitle above the posting line leaves the title as it was.
    expect(headlineOf(`某旗重点项目建设提速\n\n——回眸一年来的项目建设之三\n\n2020年12月26日08:50 来源:某某日报\n\n${BODY}`)).toBe('某旗重点项目建设提速')
  })

  it('a date cut short, or a government site’s disclosure fields, are no headline', () => {
    expect(headlineOf(`某市统计局\n(2024年4月19)\n\n${BODY}`)).toBe('某市统计局')
    expect(headlineOf(`索引号 | abc/2023-001 |\n成文日期 | 2022-05-06 | 主题分类 | 统计 |\n\n${BODY}`)).not.toMatch(/索引号|成文日期/)
  })

  it('a title printed as a labelled field, in a table row or after 原标题, is read without its label', () => {
    expect(headlineOf(`| 标题: 某旗重点项目建设提速 |\n| --- |\n| 作者: 记者 某某 |\n\n${BODY}`)).toBe('某旗重点项目建设提速')
    expect(headlineOf(`原标题：某旗重点项目建设提速\n\n${BODY}`)).toBe('某旗重点项目建设提速')
    // A title that merely speaks of titles keeps its words.
    expect(headlineOf(`某旗评出十佳标题新闻\n\n${BODY}`)).toBe('某旗评出十佳标题新闻')
  })
})

describe('a page’s furniture is not listed as an article', () => {
  const listed = (text: string) => extractPage('p.txt', text, { date: '2024-06-20' }).articles.map((a) => a.headline || a.text.slice(0, 12))

  it('a masthead with its menu, and a footer of links and licences, around one article', () => {
    const page = `某某日报数字报\n首页 > 第03版：经济\n\n某旗重点项目建设提速\n\n${BODY}\n\n相关推荐\n[责任编辑：某某]\n版权所有 某某日报社 蒙ICP备05001234号\n联系我们 | 网站地图 | 关于我们\n`
    expect(listed(page)).toEqual(['某旗重点项目建设提速'])
    // Its figures are all still there.
    expect(extractPage('p.txt', page, { date: '2024-06-20' }).figures.map((f) => f.raw)).toEqual(['46个', '38.2亿元', '12.5%'])
  })

  it('but an article of prose without a figure, or a table, stays listed', () => {
    expect(listed(`某旗召开项目建设推进会\n\n会议要求各部门压实责任，加快推进在建项目建设进度。\n`)).toEqual(['某旗召开项目建设推进会'])
    expect(listed(`某旗公布值班安排\n\n组别\t组长\t值班电话\n第一组\t某某\t0471-0000001\n第二组\t某某\t0471-0000002\n`)).toEqual(['某旗公布值班安排'])
  })

  it('a title stranded above its text by a picture caption is the next article’s headline', () => {
    const page = `某旗重点项目建设提速\n(资料图)\n\n${BODY}`
    const articles = extractPage('p.txt', page, { date: '2024-06-20' }).articles
    expect(articles.map((a) => a.headline)).toEqual(['某旗重点项目建设提速'])
  })
})
