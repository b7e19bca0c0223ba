/**
 * The sections of a statistical bulletin (年度统计公报), as its headings name them: `一、综合`,
 * `■ 农业`, `◆ 固定资产投资`. A heading between paragraphs goes on with the bulletin; it opens no new article.
 */
export const BULLETIN_SECTIONS = [
  '综合', '农业', '农牧业', '工业', '工业和建筑业', '建筑业', '固定资产投资', '投资', '国内贸易', '对外经济', '对外开放',
  '交通运输', '交通', '邮电', '邮政和电信', '旅游', '财政', '金融', '财政和金融', '教育', '科学技术', '科技', '教育和科学技术',
  '文化', '卫生', '体育', '文化旅游', '卫生和体育', '人口', '人民生活', '人口和人民生活', '社会保障', '资源', '环境',
  '资源和环境', '城市建设', '能源', '安全生产', '人民生活和社会保障',
] as const

/**
 * An inline heading opening a paragraph of news on the economy: `亮点一:`, `特点之二:`, `一、`, `(三)`, `其一,`. Its
 * figure (亮点一:规上工业增加值突破900亿元。) seldom says when; the paragraph's first figure of the same indicator does.
 */
export const INLINE_HEADING = /^(?:(?:亮点|特点|看点|变化|成效)(?:之)?[一二三四五六七八九十]{1,2}\s*[:,]|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|其[一二三四五六七八九十]\s*[:,])/
