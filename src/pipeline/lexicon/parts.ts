/**
 * Cues that what follows breaks a total into parts: `其中,进口煤炭…`, `分行业看,食品制造业增长…`.
 * A part inherits its total's indicator, region and period.
 */
export const PARTS_CUE = /其中|分(?:产业|行业|门类|经济类型|所有制|领域|品种|地区|盟市|旗县|区域|方向|类别|货类)看|从(?:三大)?(?:门类|行业|产业|领域|品种|地区|盟市)(?:来)?看|按(?:产业|行业|门类)分/

/** The three industries a GDP breaks into, named together: 三次产业, 第一、二、三产业, 一二三产业. */
export const THREE_INDUSTRIES = /三次产业|(?:第)?一[、,]?(?:第)?二[、,]?(?:第)?三产(?:业)?|一二三产/
export const INDUSTRY_NAMES = ['第一产业', '第二产业', '第三产业'] as const
