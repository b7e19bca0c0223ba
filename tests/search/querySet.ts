/**
 * What decision-makers type, and what each query must return in its top 10 on the dataset built from seeds/.
 * Documents are named by what a reader sees, not by pipeline ids: an article by a piece of its headline, a
 * figure by its value as written and a piece of its indicator label.
 */
export type Expected = { article: string } | { figure: string; label: string }

export interface QueryCase {
  q: string
  kind: 'term' | 'place' | 'alias' | 'mixed' | 'pinyin' | 'number'
  expect: Expected[]
}

export const QUERY_SET: QueryCase[] = [
  // Two- to four-character Chinese terms (and a few longer indicator names).
  { q: '货运量', kind: 'term', expect: [{ figure: '302万吨', label: '货运量' }, { figure: '1.2亿吨', label: '货运量' }, { article: '满都拉口岸进出口货运量突破300万吨' }] },
  { q: '固定资产投资', kind: 'term', expect: [{ figure: '11.0%', label: '固定资产投资' }, { article: '前三季度内蒙古生产总值17875.5亿元' }] },
  { q: '生产总值', kind: 'term', expect: [{ figure: '17875.5亿元', label: '生产总值' }, { article: '前三季度内蒙古生产总值' }] },
  { q: '增加值', kind: 'term', expect: [{ figure: '41.8%', label: '装备制造业增加值' }, { figure: '8.2%', label: '非煤工业增加值' }] },
  { q: '补贴资金', kind: 'term', expect: [{ figure: '146380.85万元', label: '补贴资金' }, { article: '“一卡通”发放补贴资金' }] },
  { q: '铝箔', kind: 'term', expect: [{ article: '超薄铝箔炼成记' }] },
  { q: '稀土', kind: 'term', expect: [{ figure: '1000亿元', label: '稀土产业产值' }, { article: '阿尔丁广场上的小“氢”骑' }] },
  { q: '口岸', kind: 'term', expect: [{ article: '满都拉口岸进出口货运量' }, { figure: '1.2亿吨', label: '陆路口岸货运量' }] },
  { q: '氢能', kind: 'term', expect: [{ article: '阿尔丁广场上的小“氢”骑' }] },
  { q: '巡察', kind: 'term', expect: [{ article: '十三届市委第六轮巡察完成进驻' }] },
  { q: '政绩观', kind: 'term', expect: [{ article: '正确政绩观学习教育' }] },
  { q: '文旅', kind: 'term', expect: [{ article: '文旅盛宴' }] },
  { q: '中小企业', kind: 'term', expect: [{ figure: '335户', label: '中小企业' }, { article: '真金白银支持中小企业' }] },
  { q: '总投资', kind: 'term', expect: [{ figure: '53亿元', label: '总投资' }, { figure: '30亿元', label: '总投资' }] },
  { q: '工业总产值', kind: 'term', expect: [{ figure: '852.65亿元', label: '工业总产值' }] },
  { q: '光电子', kind: 'term', expect: [{ article: '光电子材料产业化项目开工' }] },
  { q: '粮食产量', kind: 'term', expect: [{ figure: '820.1亿斤', label: '粮食产量' }] },
  { q: '绿氢', kind: 'term', expect: [{ figure: '6万吨', label: '绿氢产能' }] },
  // Places by their names.
  { q: '鄂尔多斯', kind: 'place', expect: [{ article: '聆听青春之声' }] },
  { q: '包头', kind: 'place', expect: [{ article: '包头市真金白银' }, { figure: '1.3亿元', label: '投入各类资金' }] },
  { q: '呼和浩特', kind: 'place', expect: [{ article: '呼和浩特打造' }, { figure: '146380.85万元', label: '补贴资金' }] },
  { q: '锡林郭勒', kind: 'place', expect: [{ article: '廷·巴特尔' }, { article: '光电子材料产业化项目开工' }] },
  { q: '满洲里', kind: 'place', expect: [{ article: '满洲里红色国际秘密交通线' }] },
  { q: '霍林郭勒', kind: 'place', expect: [{ figure: '852.65亿元', label: '工业总产值' }, { article: '超薄铝箔炼成记' }] },
  { q: '兴安盟', kind: 'place', expect: [{ article: '兴安盟以党群服务' }] },
  { q: '通辽', kind: 'place', expect: [{ figure: '271.6亿元', label: '牛肉' }] },
  { q: '乌审旗', kind: 'place', expect: [{ article: '深耕实干谋发展' }] },
  // Short forms and aliases, both ways.
  { q: '首府', kind: 'alias', expect: [{ article: '向首府游客发出真诚邀约' }, { figure: '146380.85万元', label: '补贴资金' }] },
  { q: '呼市', kind: 'alias', expect: [{ figure: '146380.85万元', label: '补贴资金' }, { article: '呼和浩特打造' }] },
  { q: '青城', kind: 'alias', expect: [{ article: '外媒看青城' }, { article: '漫游青城' }] },
  { q: '达茂旗', kind: 'alias', expect: [{ figure: '302万吨', label: '货运量' }, { article: '满都拉口岸进出口货运量' }] },
  { q: '达尔罕茂明安联合旗', kind: 'alias', expect: [{ figure: '302万吨', label: '货运量' }, { figure: '1800万元', label: '奖励资金' }] },
  { q: '达茂', kind: 'alias', expect: [{ figure: '1800万元', label: '奖励资金' }] },
  { q: '锡盟', kind: 'alias', expect: [{ article: '光电子材料产业化项目开工' }] },
  // Chinese and English together.
  { q: 'GDP', kind: 'mixed', expect: [{ figure: '17875.5亿元', label: '生产总值' }] },
  { q: '内蒙古 GDP', kind: 'mixed', expect: [{ figure: '17875.5亿元', label: '生产总值' }] },
  { q: 'gdp 前三季度', kind: 'mixed', expect: [{ figure: '17875.5亿元', label: '生产总值' }] },
  { q: 'cargo', kind: 'mixed', expect: [{ figure: '302万吨', label: '货运量' }] },
  { q: 'investment', kind: 'mixed', expect: [{ figure: '11.0%', label: '固定资产投资' }] },
  { q: '呼和浩特 funding', kind: 'mixed', expect: [{ figure: '146380.85万元', label: '补贴资金' }] },
  { q: '包头 funding', kind: 'mixed', expect: [{ figure: '1.3亿元', label: '投入各类资金' }] },
  // Pinyin and English names of places, with a prefix or a typo.
  { q: 'baotou', kind: 'pinyin', expect: [{ article: '包头市真金白银' }] },
  { q: 'baot', kind: 'pinyin', expect: [{ article: '包头市真金白银' }] },
  { q: 'baotuo', kind: 'pinyin', expect: [{ article: '包头市真金白银' }] },
  { q: 'eerduosi', kind: 'pinyin', expect: [{ article: '聆听青春之声' }] },
  { q: 'huhehaote', kind: 'pinyin', expect: [{ article: '呼和浩特打造' }] },
  { q: 'hohhot', kind: 'pinyin', expect: [{ figure: '146380.85万元', label: '补贴资金' }] },
  { q: 'xilinguole', kind: 'pinyin', expect: [{ article: '光电子材料产业化项目开工' }] },
  { q: 'manzhouli', kind: 'pinyin', expect: [{ article: '满洲里红色国际秘密交通线' }] },
  // Numbers as written.
  { q: '17875.5', kind: 'number', expect: [{ figure: '17875.5亿元', label: '生产总值' }] },
  { q: '302万吨', kind: 'number', expect: [{ figure: '302万吨', label: '货运量' }] },
  { q: '146380.85', kind: 'number', expect: [{ figure: '146380.85万元', label: '补贴资金' }] },
  { q: '53亿元', kind: 'number', expect: [{ figure: '53亿元', label: '总投资' }] },
  { q: '852.65亿元', kind: 'number', expect: [{ figure: '852.65亿元', label: '工业总产值' }] },
  { q: '11.0%', kind: 'number', expect: [{ figure: '11.0%', label: '固定资产投资' }] },
  { q: '1.3亿元', kind: 'number', expect: [{ figure: '1.3亿元', label: '投入各类资金' }] },
]
