/**
 * The news agencies and papers whose datelines open an article (`本报5月6日讯`, `新华社呼和浩特5月3日电`,
 * `人民网呼和浩特4月2日电`). One list: the splitter starts an article at them, the periods stage reads the date in
 * them and the regions stage the place.
 */
export const AGENCIES = ['本报', '新华社', '中新社', '人民日报', '人民网', '新华网', '央视网', '中国新闻网', '中新网', '正北方网'] as const

/** The agencies as a regex alternative, for building the stages' patterns. */
export const AGENCY = `(?:${AGENCIES.join('|')})`
