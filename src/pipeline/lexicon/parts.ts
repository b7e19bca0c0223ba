/**
 * Cues that what follows breaks a total into parts: `其中,进口煤炭…`, `分行业看,食品制造业增长…`, `这笔资金的投向是:甲…`.
 * A part inherits its total's indicator, region and period.
 */
export const PARTS_CUE = /其中|分(?:产业|行业|门类|经济类型|所有制|领域|品种|地区|盟市|旗县|区域|方向|类别|货类)看|从(?:三大)?(?:门类|行业|产业|领域|品种|地区|盟市)(?:来)?看|按(?:产业|行业|门类)分|(?:资金|投资|经费|费用)的?(?:投向|用途|分配|构成)(?:是|为|如下|情况(?:是|为|如下))?[:：]/

/** The three industries a GDP breaks into, named together: 三次产业, 第一、二、三产业, 一、二、三次产业, 一二三产业. */
export const THREE_INDUSTRIES = /(?:第)?一[、,]?(?:第)?二[、,]?(?:第)?三次?产(?:业)?|三次产业|一二三产/
export const INDUSTRY_NAMES = ['第一产业', '第二产业', '第三产业'] as const

/**
 * The word that closes the name of a class of projects (重点项目, 续建项目, 亿元以上工业项目, 招商引资项目), as
 * against one project's own name (年产5万吨甲醇项目): what a project figure without a part of its own is about
 * when the sentence names such a class before it.
 */
export const PROJECT_CLASS_END =
  /(?:重点|重大|建设|续建|新建|在建|开工|复工|开复工|投产|竣工|签约|落地|招商引资|引进|工业|产业|基础设施|民生|技改|技术改造|储备|以上|政府投资|PPP)$/
/**
 * What opens a class's name but is no part of it: the clause up to its verb (加快推进, 抓好), a count (12个, 86项), the
 * end of a date (1—5月份), the doer (全市, 我盟, or a place named before its verb: 某某市共安排, 某某旗计划实施) and the
 * verb (计划实施).
 */
export const PROJECT_CLASS_LEAD =
  /^(?:.*(?:抓好|抓实|推进|推动|加快|围绕|聚焦))?(?:[\u4e00-\u9fff]{1,8}?[市盟旗县](?=共|计划|实施|安排|谋划|累计|今年|年内|全年|新开工|开工|在建))?(?:[个余多项]|月份?|季度|年度?|全[区市盟旗县省国]|我[区市盟旗县]|全年|今年|年内|当年|计划|拟|共|累计|实施|谋划|安排|推进|有|的|亿元以上|千万元以上)*/
