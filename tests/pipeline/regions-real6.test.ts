/**
 * A company named after one place that invests in another (对口帮扶 stories, investors from other leagues): the
 * place heading the company's name says where it is from, not where its money is spent. Every sentence is invented
 * (never copied from a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { byValue, figures } from './pageFigures'

const regionOf = (found: Figure[], value: number) => byValue(found, value).region.name

describe('the place at the head of an investing company’s name', () => {
  it('gives the project’s money to where it is built, named after the number', () => {
    expect(regionOf(figures('某地招商引资\n包头某某集团投资2.7亿元建设了扎赉特旗生物质电厂。'), 270000000)).toBe('扎赉特旗')
  })

  it('gives it to the place the paragraph is about when the sentence names no site', () => {
    const body = '扎赉特旗北部某矿已探明储量1500多万吨。赤峰某某集团实施了总投资9.6亿元的冶炼项目,目前已完成投资3.2亿元。'
    const found = figures(`对口帮扶结硕果\n${body}`)
    expect(regionOf(found, 960000000)).toBe('扎赉特旗')
    expect(regionOf(found, 320000000)).toBe('扎赉特旗')
  })

  it('keeps the company’s place on the region’s own page when nothing else names one', () => {
    expect(regionOf(figures('全区项目建设\n包头某某集团投资2.7亿元建设生物质电厂。'), 270000000)).toBe('包头市')
  })

  it('keeps the place of a branch named after it that invests nothing (某某锡林郭勒供电公司组建13支队伍)', () => {
    const body = '兴安盟某某活动启动。国网某某锡林郭勒供电公司组建服务队13支,深入牧区开展服务。'
    expect(regionOf(figures(`服务进牧区\n${body}`), 13)).toBe('锡林郭勒盟')
  })
})
